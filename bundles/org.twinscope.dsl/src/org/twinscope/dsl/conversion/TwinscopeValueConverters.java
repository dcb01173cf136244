/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import java.util.Date;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.twinscope.model.smm.Comprehensiveness;

import com.google.inject.Singleton;

/**
 * Value converters of the Twinscope data type rules (Level, Date, Long), next to the default terminals. One per
 * injector, as Xtext's DefaultTerminalConverters is (Guice does not inherit its scope): each instance collects its
 * converters from the grammar on first use, which, made anew for each file's parser, cost a fixed time per file.
 */
@Singleton
public class TwinscopeValueConverters extends DefaultTerminalConverters {

    private final LevelValueConverter levelConverter = new LevelValueConverter();
    private final DateValueConverter dateConverter = new DateValueConverter();
    private final LongValueConverter longConverter = new LongValueConverter();

    @ValueConverter(rule = "Level")
    public IValueConverter<Comprehensiveness> level() {
        return levelConverter;
    }

    @ValueConverter(rule = "Date")
    public IValueConverter<Date> date() {
        return dateConverter;
    }

    @ValueConverter(rule = "Long")
    public IValueConverter<Long> amount() {
        return longConverter;
    }
}
