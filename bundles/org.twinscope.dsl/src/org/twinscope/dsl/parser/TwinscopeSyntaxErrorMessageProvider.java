/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.twinscope.dsl.conversion.ConversionIssue;

/** Gives unconvertible values (levels, dates, amounts) their own issue codes instead of the generic syntax code. */
public class TwinscopeSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        if (context.getValueConverterException() instanceof ConversionIssue issue) {
            return new SyntaxErrorMessage(issue.getMessage(), issue.getIssueCode());
        }
        return super.getSyntaxErrorMessage(context);
    }
}
