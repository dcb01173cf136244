/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.util.Days;

/** ISO dates (2026-09-30), held as the start of that day in UTC so that they print the same everywhere. */
public class DateValueConverter implements IValueConverter<Date> {

    @Override
    public Date toValue(String string, INode node) throws ValueConverterException {
        String text = string == null ? "" : string.replaceAll("\\s+", "");
        try {
            return Date.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new ConversionIssue("'" + text + "' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-09-30.",
                    node, null, IssueCodes.INVALID_DATE);
        }
    }

    @Override
    public String toString(Date value) throws ValueConverterException {
        return Days.iso(value);
    }
}
