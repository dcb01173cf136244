/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Keywords and numbers as the language's own lexer reads them: whole tokens only, so that the digits of
 * {@code Van0412Network} or the final {@code d} of {@code NimbusCloud} (a time unit on its own) are parts of a name.
 * The lexer is the one the parser uses, so what is colored cannot drift from what the grammar accepts.
 * <p>
 * A range starts at a line or at the end of a comment or string, where a token always starts: no other token spans
 * lines (see {@link TwinscopePartitions}), so a screenful of lines is lexed on its own, in well under a millisecond.
 */
final class LexerTokenScanner implements ITokenScanner {

    private final Provider<Lexer> lexers;
    private final IToken[] tokensByType;
    private Lexer lexer;
    private int base;
    private int tokenOffset;
    private int tokenLength;

    /** A scanner whose keyword tokens (those of the grammar that are words) and numbers get the given tokens. */
    LexerTokenScanner(Injector injector, IToken keyword, IToken number) {
        this.lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
        Map<Integer, String> definitions = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
        int maxType = definitions.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        tokensByType = new IToken[maxType + 1];
        definitions.forEach((type, definition) -> {
            if (type >= 0) {
                tokensByType[type] = isWordKeyword(definition) ? keyword
                        : "RULE_INT".equals(definition) ? number : Token.UNDEFINED;
            }
        });
    }

    /** Keywords are defined as 'word'; punctuation such as '{' or '->' is not colored. */
    private static boolean isWordKeyword(String definition) {
        return definition.length() > 2 && definition.charAt(0) == '\'' && Character.isLetter(definition.charAt(1));
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        base = offset;
        String text;
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            text = ""; // the document changed under the presentation; it is presented again after the change
        }
        // a new lexer for each range: the lexer keeps the tokens it could not read, which would pile up otherwise
        lexer = lexers.get();
        lexer.setCharStream(new ANTLRStringStream(text));
    }

    @Override
    public IToken nextToken() {
        if (!(lexer.nextToken() instanceof CommonToken token) || token.getType() == CharStream.EOF) {
            tokenOffset = base;
            tokenLength = 0;
            return Token.EOF;
        }
        tokenOffset = base + token.getStartIndex();
        tokenLength = token.getStopIndex() - token.getStartIndex() + 1;
        int type = token.getType();
        return type >= 0 && type < tokensByType.length && tokensByType[type] != null ? tokensByType[type]
                : Token.UNDEFINED;
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
