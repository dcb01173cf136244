/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Practice;

import com.google.common.collect.Lists;

/**
 * One layout for all Twinscope files, driven by the shape of the text rather than by one method per element: blocks
 * in braces are indented with one element per line, top-level declarations are separated by a blank line, tokens on
 * a line by one space, and the clauses that make long lines (a practice's objective, a rule's "then" and "because")
 * start their own indented line. Comments are kept where they are.
 */
public class TwinscopeFormatter extends AbstractJavaFormatter {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ")", ":");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(");

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (getTextRegionAccess().hasSyntaxError()) {
            return; // a broken file may be missing text the node model does not show; never rewrite it
        }
        if (object instanceof EObject element) {
            formatElement(element, document);
        } else {
            super.format(object, document);
        }
    }

    private void formatElement(EObject element, IFormattableDocument document) {
        IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
        if (region == null) {
            return;
        }
        List<ISemanticRegion> tokens = Lists.newArrayList(region.getSemanticRegions());
        spaceTokens(element, tokens, document);
        ISemanticRegion open = first(tokens, "{");
        ISemanticRegion close = last(tokens, "}");
        if (open != null && close != null) {
            document.append(open, it -> it.newLine());
            document.prepend(close, it -> it.newLine());
            document.interior(open, close, it -> it.indent());
        }
        breakLongClauses(element, tokens, document);
        boolean root = element.eContainer() == null;
        boolean first = true;
        for (EObject child : element.eContents()) {
            IEObjectRegion childRegion = getTextRegionAccess().regionForEObject(child);
            if (childRegion == null) {
                continue;
            }
            if (root) {
                if (!first || precededByToken(childRegion)) {
                    document.prepend(child, it -> it.setNewLines(1, 2, 2));
                }
            } else if (open != null && childRegion.getOffset() > open.getOffset()) {
                document.prepend(child, it -> it.setNewLines(1, 1, 2));
            } else {
                document.prepend(child, it -> {
                    it.lowPriority();
                    it.oneSpace();
                });
            }
            first = false;
            document.format(child);
        }
        ISemanticRegion lastToken = root ? region.getNextHiddenRegion().getPreviousSemanticRegion() : null;
        if (lastToken != null) {
            document.append(lastToken, it -> it.setNewLines(1));
        }
    }

    private void spaceTokens(EObject element, List<ISemanticRegion> tokens, IFormattableDocument document) {
        for (int i = 0; i < tokens.size(); i++) {
            ISemanticRegion token = tokens.get(i);
            String text = token.getText();
            if (NO_SPACE_BEFORE.contains(text)) {
                document.prepend(token, it -> it.noSpace());
            } else if (i > 0 || element.eContainer() == null && token.getPreviousSemanticRegion() != null) {
                // (the file's first token, such as 'package', starts the file: nothing before it)
                document.prepend(token, it -> {
                    it.lowPriority();
                    it.oneSpace();
                });
            }
            if (NO_SPACE_AFTER.contains(text)) {
                document.append(token, it -> it.noSpace());
            }
        }
    }

    private void breakLongClauses(EObject element, List<ISemanticRegion> tokens, IFormattableDocument document) {
        Set<String> clauses = element instanceof Practice ? Set.of("objective", "criteria")
                : element instanceof ApplicabilityRule ? Set.of("then", "because") : Set.of();
        ISemanticRegion firstClause = null;
        for (ISemanticRegion token : tokens) {
            if (clauses.contains(token.getText())) {
                document.prepend(token, it -> it.newLine());
                if (firstClause == null) {
                    firstClause = token;
                }
            }
        }
        if (firstClause != null) {
            ISemanticRegion before = firstClause.getPreviousSemanticRegion();
            document.set(before.getNextHiddenRegion(), getTextRegionAccess().regionForEObject(element)
                    .getNextHiddenRegion(), it -> it.indent());
        }
    }

    private static boolean precededByToken(IEObjectRegion region) {
        return region.getPreviousHiddenRegion().getPreviousSemanticRegion() != null;
    }

    private static ISemanticRegion first(List<ISemanticRegion> tokens, String text) {
        return tokens.stream().filter(t -> t.getText().equals(text)).findFirst().orElse(null);
    }

    private static ISemanticRegion last(List<ISemanticRegion> tokens, String text) {
        ISemanticRegion found = null;
        for (ISemanticRegion token : tokens) {
            if (token.getText().equals(text)) {
                found = token;
            }
        }
        return found;
    }
}
