/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.editor.assist.QuickFixProposal.Replacement;
import org.twinscope.ui.language.DocumentParses;

/**
 * The language's quick fixes, the very ones its server offers as code actions ({@link IQuickFixProvider} of
 * org.twinscope.dsl.ide), for the problems a document shows: each becomes the diagnostic the server would publish
 * (code, message, issue data), the provider runs on the parse the editor's services share, and the text edits it
 * returns become document edits.
 */
final class LanguageQuickFixes {

    private LanguageQuickFixes() {
    }

    /** The fixes of the problems, in the order of the problems and then as the provider orders them. */
    static List<ICompletionProposal> of(IDocument document, List<MarkedProblem> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        String text = document.get();
        return DocumentParses.withParse(document, text, resource -> fixes(resource, new Document(1, text), problems));
    }

    private static List<ICompletionProposal> fixes(XtextResource resource, Document document,
            List<MarkedProblem> problems) {
        Map<Diagnostic, MarkedProblem> diagnostics = new LinkedHashMap<>();
        for (MarkedProblem problem : problems) {
            if (problem.offset() + problem.length() <= document.getContents().length()) {
                diagnostics.put(diagnostic(problem, document), problem);
            }
        }
        Options options = options(resource, document, List.copyOf(diagnostics.keySet()));
        IQuickFixProvider provider = TwinscopeUiPlugin.getDefault().injector().getInstance(IQuickFixProvider.class);
        List<ICompletionProposal> proposals = new ArrayList<>();
        diagnostics.forEach((diagnostic, problem) -> {
            if (!provider.handlesDiagnostic(diagnostic)) {
                return;
            }
            for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
                List<Replacement> edits = replacements(resolution.apply(), options.getURI(), document);
                if (!edits.isEmpty()) {
                    proposals.add(new QuickFixProposal(resolution.getLabel(), problem.message(), edits,
                            problem.dismiss()));
                }
            }
        });
        return proposals;
    }

    /** The diagnostic the language server publishes for the problem (see Xtext's LanguageServerImpl.toDiagnostic). */
    private static Diagnostic diagnostic(MarkedProblem problem, Document document) {
        Range range = new Range(document.getPosition(problem.offset()),
                document.getPosition(problem.offset() + problem.length()));
        Diagnostic diagnostic = new Diagnostic(range, problem.message(), severity(problem.severity()), "twinscope",
                problem.code());
        if (problem.data().length > 0) {
            diagnostic.setData(problem.data());
        }
        return diagnostic;
    }

    private static DiagnosticSeverity severity(int markerSeverity) {
        return switch (markerSeverity) {
            case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
            case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }

    private static Options options(XtextResource resource, Document document, List<Diagnostic> diagnostics) {
        String uri = resource.getURI().toString();
        Options options = new Options();
        options.setResource(resource);
        options.setDocument(document);
        options.setURI(uri);
        options.setLanguageServerAccess(new SharedParseAccess(resource, document));
        options.setCancelIndicator(CancelIndicator.NullImpl);
        Range all = new Range(document.getPosition(0), document.getPosition(document.getContents().length()));
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), all,
                new CodeActionContext(diagnostics)));
        return options;
    }

    /** The edits of this document, by offset; none when the resolution made none. */
    private static List<Replacement> replacements(WorkspaceEdit edit, String uri, Document document) {
        List<Replacement> replacements = new ArrayList<>();
        List<TextEdit> edits = edit == null || edit.getChanges() == null ? null : edit.getChanges().get(uri);
        if (edits != null) {
            for (TextEdit textEdit : edits) {
                int start = document.getOffSet(textEdit.getRange().getStart());
                int end = document.getOffSet(textEdit.getRange().getEnd());
                replacements.add(new Replacement(start, end - start, textEdit.getNewText()));
            }
        }
        return replacements;
    }
}
