/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.util;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The model's dates (assessment dates, due dates, acceptance deadlines) are calendar days held as the start of that
 * day in UTC; this is the one place that turns them back into days, so that every layer reads the same day.
 */
public final class Days {

    private Days() {
    }

    /** The calendar day of a model date, or null for none. */
    public static LocalDate of(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The day as written in the language, "2026-09-30", or null for none. */
    public static String iso(Date date) {
        LocalDate day = of(date);
        return day == null ? null : day.toString();
    }
}
