/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.quickfix;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes for the problems that have an obvious repair, offered by the language server as code actions and by
 * the Eclipse editor on Ctrl+1. What a fix inserts comes from the problem's issue data (see {@link IssueCodes}), never
 * from its message.
 */
public class TwinscopeQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    /** The codes whose issue data suggests a replacement for the text the problem covers. */
    private static final Set<String> SUGGESTING = Set.of(IssueCodes.UNRESOLVED_REFERENCE, IssueCodes.INVALID_LEVEL,
            IssueCodes.DEPRECATED_NAME);

    @Inject
    private Provider<DiagnosticResolutionAcceptor> acceptors;

    @Override
    public boolean handlesDiagnostic(Diagnostic diagnostic) {
        return suggestion(diagnostic) != null || super.handlesDiagnostic(diagnostic);
    }

    /**
     * A misspelled name or level is replaced by the suggestion, which the fix's label names; the declarative
     * {@link QuickFix} methods below cannot see the problem they fix, so this one is not declarative.
     */
    @Override
    public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
        String suggestion = suggestion(diagnostic);
        if (suggestion == null) {
            return super.getResolutions(options, diagnostic);
        }
        DiagnosticResolutionAcceptor acceptor = acceptors.get();
        acceptor.accept("Change to '" + suggestion + "'",
                (fixed, object, document) -> List.of(new TextEdit(fixed.getRange(), suggestion)));
        return acceptor.getDiagnosticResolutions(options, diagnostic);
    }

    private static String suggestion(Diagnostic diagnostic) {
        return SUGGESTING.contains(DiagnosticData.code(diagnostic))
                ? DiagnosticData.get(diagnostic, IssueCodes.SUGGESTION) : null;
    }

    @QuickFix(IssueCodes.MISSING_FREQUENCY)
    public void addFrequency(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Synchronize every second", (d, o, doc) -> insertFrequency(o, doc, " every 1 s"));
        acceptor.accept("Synchronize on change", (d, o, doc) -> insertFrequency(o, doc, " on-change"));
        acceptor.accept("Synchronize on demand", (d, o, doc) -> insertFrequency(o, doc, " on-demand"));
    }

    @QuickFix(IssueCodes.MISSING_SCOPE)
    public void addScope(DiagnosticResolutionAcceptor acceptor) {
        for (String scope : List.of("general", "industry", "system")) {
            acceptor.accept("Found at " + scope + " scope", (d, o, doc) -> insertScope(o, doc, " scope " + scope));
        }
    }

    @QuickFix(IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION)
    public void declareActor(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Declare the actor that operates the asset", (diagnostic, object, document) -> {
            String declaration = DiagnosticData.get(diagnostic, IssueCodes.EXAMPLE_DECLARATION);
            TwinSystem system = EcoreUtil2.getContainerOfType(object, TwinSystem.class);
            ICompositeNode node = system == null ? null : NodeModelUtils.getNode(system);
            if (declaration == null || node == null) {
                return List.of();
            }
            int closingBrace = node.getEndOffset() - 1;
            Position at = document.getPosition(closingBrace);
            return List.of(new TextEdit(new Range(at, at), "\t" + declaration + "\n"));
        });
    }

    @QuickFix(IssueCodes.MISSING_JUSTIFICATION)
    public void addJustification(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Add a justification", (diagnostic, object, document) -> {
            Rating rating = EcoreUtil2.getContainerOfType(object, Rating.class);
            ICompositeNode node = rating == null ? null : NodeModelUtils.getNode(rating);
            if (node == null) {
                return List.of();
            }
            Position end = document.getPosition(node.getEndOffset());
            return List.of(new TextEdit(new Range(end, end), " because \"\""));
        });
    }

    /** Inserts the frequency after the direction, or after the target when no direction is written. */
    /** Inserts the scope right after the rating's level. */
    private static List<TextEdit> insertScope(EObject object, Document document, String scope) {
        Rating rating = EcoreUtil2.getContainerOfType(object, Rating.class);
        List<INode> level = rating == null ? List.of()
                : NodeModelUtils.findNodesForFeature(rating, SmmPackage.Literals.RATING__LEVEL);
        if (level.isEmpty()) {
            return List.of();
        }
        Position at = document.getPosition(level.get(level.size() - 1).getEndOffset());
        return List.of(new TextEdit(new Range(at, at), scope));
    }

    private static List<TextEdit> insertFrequency(EObject object, Document document, String frequency) {
        Synchronization sync = EcoreUtil2.getContainerOfType(object, Synchronization.class);
        if (sync == null) {
            return List.of();
        }
        List<INode> direction = NodeModelUtils.findNodesForFeature(sync,
                TwinPackage.Literals.SYNCHRONIZATION__DIRECTION);
        List<INode> target = NodeModelUtils.findNodesForFeature(sync,
                TwinPackage.Literals.SYNCHRONIZATION__TARGET);
        List<INode> anchor = direction.isEmpty() ? target : direction;
        if (anchor.isEmpty()) {
            return List.of();
        }
        Position at = document.getPosition(anchor.get(anchor.size() - 1).getEndOffset());
        return List.of(new TextEdit(new Range(at, at), frequency));
    }
}
