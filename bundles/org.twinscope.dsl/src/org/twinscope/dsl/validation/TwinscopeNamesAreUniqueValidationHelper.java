/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.twinscope.dsl.IssueCodes;

/** Duplicate names within a file are reported under the same code as duplicates across files. */
public class TwinscopeNamesAreUniqueValidationHelper extends NamesAreUniqueValidationHelper {

    @Override
    protected String getErrorCode() {
        return IssueCodes.DUPLICATE_NAME;
    }
}
