/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.suggestions;

import java.util.List;

import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;

/**
 * A suggested target level for a practice that applies somewhere in the system but that no profile targets. Always a
 * suggestion: the architects decide.
 *
 * @param practice the untargeted practice
 * @param level the suggested level
 * @param reasons the facts behind the suggestion
 */
public record Suggestion(Practice practice, Comprehensiveness level, List<String> reasons) {
}
