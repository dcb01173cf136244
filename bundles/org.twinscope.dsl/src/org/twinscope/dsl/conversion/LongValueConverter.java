/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.twinscope.dsl.IssueCodes;

/** Whole amounts (durations); a number too large is reported instead of overflowing. */
public class LongValueConverter implements IValueConverter<Long> {

    @Override
    public Long toValue(String string, INode node) throws ValueConverterException {
        try {
            return Long.valueOf(string.strip());
        } catch (NumberFormatException e) {
            throw new ConversionIssue("'" + string.strip() + "' is too large; write an amount below "
                    + Long.MAX_VALUE + " or use a larger unit.", node, null, IssueCodes.INVALID_NUMBER);
        }
    }

    @Override
    public String toString(Long value) throws ValueConverterException {
        return String.valueOf(value);
    }
}
