/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting.IIndentationInformation;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Formatting for language server clients: besides the indentation Xtext takes from the request (tabs, or as many
 * spaces as the tab size), the tab size counts for line widths and a client may set the maximum line width with the
 * formatting option "line.width.max" (the formatter's {@link FormatterPreferenceKeys#maxLineWidth}, 120 if absent).
 */
public class TwinscopeFormattingService extends FormattingService {

    /** The formatting option, as LSP clients send it, that sets the maximum line width. */
    public static final String MAX_LINE_WIDTH_OPTION = FormatterPreferenceKeys.maxLineWidth.getId();

    @Inject
    private IIndentationInformation indentationInformation;

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
            FormattingOptions options) {
        MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
        String indentation = indentationInformation.getIndentString();
        if (options != null) {
            if (options.isInsertSpaces()) {
                indentation = " ".repeat(options.getTabSize());
            }
            if (options.getTabSize() > 0) {
                preferences.put(FormatterPreferenceKeys.tabWidth, options.getTabSize());
            }
            Number maxLineWidth = options.getNumber(MAX_LINE_WIDTH_OPTION);
            if (maxLineWidth != null && maxLineWidth.intValue() > 0) {
                preferences.put(FormatterPreferenceKeys.maxLineWidth, maxLineWidth.intValue());
            }
        }
        preferences.put(FormatterPreferenceKeys.indentation, indentation);
        List<TextEdit> edits = new ArrayList<>();
        for (ITextReplacement replacement : format2(resource, new TextRegion(offset, length), preferences)) {
            edits.add(toTextEdit(document, replacement.getReplacementText(), replacement.getOffset(),
                    replacement.getLength()));
        }
        return edits;
    }
}
