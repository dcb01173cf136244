/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.twinscope.dsl.conversion.ConversionIssue;

/**
 * Gives unconvertible values (levels, dates, amounts) their own issue codes instead of the generic syntax code, and
 * says in the language's words what a value should be or where a declaration belongs ({@link SyntaxErrorWords}).
 */
public class TwinscopeSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    /** Code of a part of a file skipped because it nests deeper than {@link NestingGuard#MAX_DEPTH} levels. */
    public static final String NESTING_TOO_DEEP = "twinscope.nesting-too-deep";

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        if (context.getRecognitionException() != null && context.getRecognitionException().token != null
                && context.getRecognitionException().token.getText() != null
                && context.getRecognitionException().token.getText().indexOf(NestingGuard.MARKER) >= 0
                || context.getCurrentNode() != null && context.getCurrentNode().getText() != null
                        && context.getCurrentNode().getText().indexOf(NestingGuard.MARKER) >= 0) {
            return new SyntaxErrorMessage("This block opens nesting level " + (NestingGuard.MAX_DEPTH + 1)
                    + "; Twinscope reads up to " + NestingGuard.MAX_DEPTH + " levels and skipped the block. "
                    + "Flatten the structure: boundaries need not nest to be told apart.", NESTING_TOO_DEEP);
        }
        SyntaxErrorMessage parsers = super.getSyntaxErrorMessage(context);
        String words = SyntaxErrorWords.of(context.getRecognitionException(), context.getCurrentNode(),
                context.getCurrentContext());
        return words == null ? parsers : new SyntaxErrorMessage(words, parsers.getIssueCode(), parsers.getIssueData());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        if (context.getValueConverterException() instanceof ConversionIssue issue) {
            return new SyntaxErrorMessage(issue.getMessage(), issue.getIssueCode(), issue.getIssueData());
        }
        return super.getSyntaxErrorMessage(context);
    }
}
