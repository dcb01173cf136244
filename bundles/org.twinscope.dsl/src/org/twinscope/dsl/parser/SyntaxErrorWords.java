/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.parser;

import java.util.List;
import java.util.Locale;

import org.antlr.runtime.RecognitionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;
import org.twinscope.model.twin.Boundary;

/**
 * Syntax errors in the language's words, where the parser's own ("no viable alternative at input 'hgh'", "mismatched
 * input 'sync' expecting '}'") would leave a user guessing: what was expected, and where a misplaced declaration
 * belongs. Null where there is nothing better to say than the parser's message.
 */
final class SyntaxErrorWords {

    private SyntaxErrorWords() {
    }

    static String of(RecognitionException exception, INode currentNode, EObject currentContext) {
        String found = exception == null || exception.token == null ? null : exception.token.getText();
        if (found == null || found.isEmpty() || "<EOF>".equals(found)) {
            return null;
        }
        EnumRule expectedValue = enumRuleAt(currentNode);
        if (expectedValue != null) {
            List<String> values = expectedValue.getAlternatives() == null ? List.of()
                    : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(expectedValue, EnumLiteralDeclaration.class)
                            .stream().map(literal -> literal.getLiteral().getValue()).toList();
            return "'" + found + "' is not " + article(words(expectedValue.getName())) + ": use " + list(values)
                    + ".";
        }
        if ("sync".equals(found) && currentContext instanceof Boundary boundary) {
            return "A sync belongs at system level, not inside a boundary: move it after the closing '}' of "
                    + (boundary.getName() == null ? "the boundary" : "boundary " + boundary.getName()) + ".";
        }
        return null;
    }

    /** The enumeration (criticality, asset kind, ...) the parser was reading a value of, or null. */
    private static EnumRule enumRuleAt(INode node) {
        for (INode current = node; current != null; current = current.getParent()) {
            EObject element = current.getGrammarElement();
            if (element instanceof RuleCall call) {
                AbstractRule rule = call.getRule();
                return rule instanceof EnumRule enumRule ? enumRule : null;
            }
            if (element instanceof EnumRule enumRule) {
                return enumRule;
            }
            if (element instanceof AbstractRule) {
                return null;
            }
        }
        return null;
    }

    /** "AssetKind" as "asset kind". */
    private static String words(String ruleName) {
        return ruleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** "low, medium, high or critical". */
    private static String list(List<String> values) {
        if (values.size() < 2) {
            return Strings.concat(", ", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
