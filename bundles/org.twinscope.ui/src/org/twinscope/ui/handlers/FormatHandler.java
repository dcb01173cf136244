/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.language.DocumentParses;

/** Formats the whole file with the language's formatter (the one the language server uses). */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ITextEditor editor = EditorCommands.editor(event);
        if (editor != null) {
            IDocument document = EditorCommands.document(editor);
            String formatted = format(document);
            if (formatted != null && !formatted.equals(document.get())) {
                document.set(formatted);
            }
        }
        return null;
    }

    /**
     * The document's text formatted, or null when it has syntax errors (which formatting would risk losing). Works on
     * the parse the editor's services share, which is usually at hand: formatting then parses nothing.
     */
    public static String format(IDocument document) {
        return DocumentParses.withParse(document, document.get(), FormatHandler::format);
    }

    private static String format(XtextResource resource) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return null;
        }
        var injector = TwinscopeUiPlugin.getDefault().injector();
        ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
                .create();
        List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class)
                .format(new FormatterRequest().setTextRegionAccess(regions));
        return regions.getRewriter().renderToString(replacements);
    }
}
