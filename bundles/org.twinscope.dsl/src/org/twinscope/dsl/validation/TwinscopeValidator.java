/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The Twinscope language's checks, one validator class per concern; issue codes are in
 * {@link org.twinscope.dsl.IssueCodes}.
 */
@ComposedChecks(validators = { SystemChecks.class, ActuationChecks.class, ProfileChecks.class,
        AssessmentChecks.class, RuleChecks.class, FileKindChecks.class, CrossFileUniquenessChecks.class,
        CriteriaChecks.class, SecurityLevelChecks.class, FormerNameChecks.class })
public class TwinscopeValidator extends AbstractTwinscopeValidator {
}
