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
import org.twinscope.ui.editor.EditorResources;

/** Formats the whole file with the language's formatter (the one the language server uses). */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ITextEditor editor = EditorCommands.editor(event);
        if (editor != null) {
            IDocument document = EditorCommands.document(editor);
            String formatted = format(document.get(), EditorResources.fileOf(document));
            if (formatted != null && !formatted.equals(document.get())) {
                document.set(formatted);
            }
        }
        return null;
    }

    /** The formatted text, or null when the text has syntax errors (which formatting would risk losing). */
    public static String format(String text, org.eclipse.core.resources.IFile file) {
        XtextResource resource = EditorResources.parse(text, file);
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
