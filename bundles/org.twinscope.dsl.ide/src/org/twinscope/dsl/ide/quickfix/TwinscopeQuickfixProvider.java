/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.quickfix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

/** Quick fixes, offered as LSP code actions, for the problems that have an obvious repair. */
public class TwinscopeQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    private static final Pattern SUGGESTION = Pattern.compile("Did you mean '([^']+)'\\?");
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. '([^']+)'");

    @QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
    public void replaceUnknownName(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Use the suggested name", (diagnostic, object, document) -> replaceWithSuggestion(
                diagnostic));
    }

    @QuickFix(IssueCodes.INVALID_LEVEL)
    public void replaceUnknownLevel(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Use the suggested level", (diagnostic, object, document) -> replaceWithSuggestion(
                diagnostic));
    }

    @QuickFix(IssueCodes.MISSING_FREQUENCY)
    public void addFrequency(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Synchronize every second", (d, o, doc) -> insertFrequency(o, doc, " every 1 s"));
        acceptor.accept("Synchronize on change", (d, o, doc) -> insertFrequency(o, doc, " on-change"));
        acceptor.accept("Synchronize on demand", (d, o, doc) -> insertFrequency(o, doc, " on-demand"));
    }

    @QuickFix(IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION)
    public void declareActor(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Declare the actor that operates the asset", (diagnostic, object, document) -> {
            Matcher example = EXAMPLE.matcher(message(diagnostic));
            TwinSystem system = EcoreUtil2.getContainerOfType(object, TwinSystem.class);
            ICompositeNode node = system == null ? null : NodeModelUtils.getNode(system);
            if (!example.find() || node == null) {
                return List.of();
            }
            int closingBrace = node.getEndOffset() - 1;
            Position at = document.getPosition(closingBrace);
            return List.of(new TextEdit(new Range(at, at), "\t" + example.group(1) + "\n"));
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

    private static List<TextEdit> replaceWithSuggestion(Diagnostic diagnostic) {
        Matcher suggestion = SUGGESTION.matcher(message(diagnostic));
        if (!suggestion.find()) {
            return List.of();
        }
        return List.of(new TextEdit(diagnostic.getRange(), suggestion.group(1)));
    }

    private static String message(Diagnostic diagnostic) {
        var message = diagnostic.getMessage();
        return message.isLeft() ? message.getLeft() : message.getRight().getValue();
    }

    /** Inserts the frequency after the direction, or after the target when no direction is written. */
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
