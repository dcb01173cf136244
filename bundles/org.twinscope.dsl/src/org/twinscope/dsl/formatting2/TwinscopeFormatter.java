/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
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
 * start their own indented line. Any other statement, or the header of a block (a profile's, an assessment's...),
 * stays on one line while it fits the maximum line width ({@link FormatterPreferenceKeys#maxLineWidth}, 120 unless
 * the request's preferences say otherwise); a longer one wraps before its clauses, one level deeper. Comments are
 * kept where they are.
 */
public class TwinscopeFormatter extends AbstractJavaFormatter {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ")", ":");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(");
    /** A keyword made of words, such as "extends" or "security-level", may start a clause (not "->" or ","). */
    private static final Pattern CLAUSE_KEYWORD = Pattern.compile("[a-z]+(-[a-z]+)*");
    /** Keywords that continue the clause before them ("raises Monitoring to consistent"): never wrapped before. */
    private static final Set<String> CONTINUING_KEYWORDS = Set.of("to");

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
        wrapLongStatement(element, region, open, document);
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

    /**
     * Wraps a statement (or, for an element with a block, its header up to the "{") where one line would pass the
     * maximum width: each clause stays on the current line while it fits (greedy), and wrapped clauses are indented
     * one level more than the statement; a list of names that does not fit either wraps after the last comma that
     * fits, its next line indented as a clause. A clause starts at a keyword such as "extends", "for", "of", "against",
     * "date", "by", "kind" or "purpose", or at a trailing description string. The widths come from the tokens, not
     * from the spaces in the text, so a second formatting gives the same result. A statement with a comment inside
     * is left to the plain spacing, and so are practices and rules, whose clauses always start their own line.
     */
    private void wrapLongStatement(EObject element, IEObjectRegion region, ISemanticRegion open,
            IFormattableDocument document) {
        if (!startsALine(element, region) || element instanceof Practice || element instanceof ApplicabilityRule) {
            return;
        }
        ISemanticRegion end = open != null ? open : region.getNextHiddenRegion().getPreviousSemanticRegion();
        List<ISemanticRegion> statement = new ArrayList<>();
        for (ISemanticRegion token = region.getPreviousHiddenRegion().getNextSemanticRegion(); token != null
                && token.getOffset() <= end.getOffset(); token = token.getNextSemanticRegion()) {
            if (!statement.isEmpty() && token.getPreviousHiddenRegion().containsComment()) {
                return;
            }
            statement.add(token);
        }
        int maxWidth = getPreference(FormatterPreferenceKeys.maxLineWidth);
        int indentWidth = indentWidth();
        int depth = depth(element);
        int column = depth * indentWidth;
        ISemanticRegion firstWrap = null;
        for (int i = 0; i < statement.size(); i++) {
            ISemanticRegion token = statement.get(i);
            boolean wrapsClause = startsClause(statement, i) && column + 1 + clauseWidth(statement, i) > maxWidth;
            boolean wrapsList = !wrapsClause && i > 0 && ",".equals(statement.get(i - 1).getText())
                    && column + 1 + itemWidth(statement, i) > maxWidth;
            if (wrapsClause || wrapsList) {
                document.prepend(token, it -> it.newLine());
                if (firstWrap == null) {
                    firstWrap = token;
                }
                column = (depth + 1) * indentWidth + token.getLength();
            } else {
                column += spaceBefore(statement, i) + token.getLength();
            }
        }
        if (firstWrap != null) {
            document.set(firstWrap.getPreviousHiddenRegion(), open != null ? open.getPreviousHiddenRegion()
                    : region.getNextHiddenRegion(), it -> it.indent());
        }
    }

    /** The width of the clause starting at index start, up to the next clause (or through the "{"). */
    private static int clauseWidth(List<ISemanticRegion> statement, int start) {
        int width = statement.get(start).getLength();
        for (int i = start + 1; i < statement.size() && !startsClause(statement, i); i++) {
            width += spaceBefore(statement, i) + statement.get(i).getLength();
        }
        return width;
    }

    /** The width of the list item starting at index start, through its comma (or up to the next clause). */
    private static int itemWidth(List<ISemanticRegion> statement, int start) {
        int width = statement.get(start).getLength();
        for (int i = start + 1; i < statement.size() && !startsClause(statement, i)
                && !",".equals(statement.get(i - 1).getText()); i++) {
            width += spaceBefore(statement, i) + statement.get(i).getLength();
        }
        return width;
    }

    private static int spaceBefore(List<ISemanticRegion> tokens, int index) {
        if (index == 0 || NO_SPACE_BEFORE.contains(tokens.get(index).getText())
                || NO_SPACE_AFTER.contains(tokens.get(index - 1).getText())) {
            return 0;
        }
        return 1;
    }

    /**
     * Whether a statement may wrap before the token at index: a keyword word after the statement's keyword and name
     * (not a value such as "monitoring", which belongs to the keyword before it), or a string that follows a name or
     * another string (a trailing description, not the value of a keyword such as "by").
     */
    private static boolean startsClause(List<ISemanticRegion> statement, int index) {
        if (index < 2) {
            return false;
        }
        ISemanticRegion token = statement.get(index);
        if (isClauseKeyword(token)) {
            return true;
        }
        return index > 2 && token.getText().startsWith("\"") && !isKeyword(statement.get(index - 1));
    }

    private static boolean isClauseKeyword(ISemanticRegion token) {
        return isKeyword(token) && CLAUSE_KEYWORD.matcher(token.getText()).matches()
                && !CONTINUING_KEYWORDS.contains(token.getText());
    }

    private static boolean isKeyword(ISemanticRegion token) {
        return token.getGrammarElement() instanceof Keyword keyword
                && EcoreUtil2.getContainerOfType(keyword, EnumRule.class) == null;
    }

    /** Whether the element is a statement of its own: a top-level declaration or one inside its container's block. */
    private boolean startsALine(EObject element, IEObjectRegion region) {
        EObject container = element.eContainer();
        if (container == null) {
            return false;
        }
        if (container.eContainer() == null) {
            return true;
        }
        IEObjectRegion containerRegion = getTextRegionAccess().regionForEObject(container);
        ISemanticRegion open = containerRegion == null ? null
                : first(Lists.newArrayList(containerRegion.getSemanticRegions()), "{");
        return open != null && open.getOffset() < region.getOffset();
    }

    /** Columns one indentation level takes: a tab counts as the tab width preference. */
    private int indentWidth() {
        String indentation = getPreference(FormatterPreferenceKeys.indentation);
        int tabWidth = getPreference(FormatterPreferenceKeys.tabWidth);
        return indentation.replace("\t", " ".repeat(tabWidth)).length();
    }

    /** How many blocks enclose the element: the file's root element has none of its own. */
    private static int depth(EObject element) {
        int depth = 0;
        for (EObject container = element.eContainer(); container != null
                && container.eContainer() != null; container = container.eContainer()) {
            depth++;
        }
        return depth;
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
