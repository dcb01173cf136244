/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.twinscope.dsl.parser.antlr.TwinscopeParser;

/** The generated parser behind a {@link NestingGuard}, for every way of parsing (full and partial). */
public class GuardedTwinscopeParser extends TwinscopeParser {

    @Override
    protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder,
            int initialLookAhead) {
        String text = in.substring(0, in.size() - 1);
        CharSequence flattened = NestingGuard.flatten(text);
        CharStream guarded = flattened == text ? in : new ANTLRStringStream(flattened.toString());
        return super.doParse(ruleName, guarded, nodeModelBuilder, initialLookAhead);
    }
}
