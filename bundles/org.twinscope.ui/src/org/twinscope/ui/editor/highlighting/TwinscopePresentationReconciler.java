/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * Syntax highlighting of .twin and .smm files: the grammar's keywords (hyphenated ones such as ot-zone included),
 * strings, comments and numbers. Keywords and numbers are the tokens of the language's own lexer
 * ({@link LexerTokenScanner}), so they cannot drift from the language nor be found inside names. Comments and strings
 * are partitions of {@link TwinscopePartitions}; only the lines on screen are colored.
 */
public class TwinscopePresentationReconciler extends VisibleLinesPresentationReconciler {

    public TwinscopePresentationReconciler() {
        super(TwinscopePartitions.PARTITIONING);
        setRepairer(new DefaultDamagerRepairer(codeScanner()), IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(new DefaultDamagerRepairer(new WholeRegionScanner(token(new RGB(63, 127, 95), SWT.ITALIC))),
                TwinscopePartitions.COMMENT);
        setRepairer(new DefaultDamagerRepairer(new WholeRegionScanner(token(new RGB(42, 0, 255), SWT.NORMAL))),
                TwinscopePartitions.STRING);
    }

    @Override
    protected void prepare(IDocument document) {
        TwinscopePartitions.installOn(document);
    }

    /** Keywords and numbers between comments and strings. */
    private static ITokenScanner codeScanner() {
        return new LexerTokenScanner(TwinscopeUiPlugin.getDefault().injector(), token(new RGB(127, 0, 85), SWT.BOLD),
                token(new RGB(125, 80, 0), SWT.NORMAL));
    }

    private static IToken token(RGB rgb, int style) {
        Color color = new Color(Display.getDefault(), rgb);
        return new Token(new TextAttribute(color, null, style));
    }

    /** One token for the whole range: a comment or string partition is colored as one. */
    private static final class WholeRegionScanner implements ITokenScanner {
        private final IToken token;
        private int offset;
        private int length;
        private boolean done;

        WholeRegionScanner(IToken token) {
            this.token = token;
        }

        @Override
        public void setRange(IDocument document, int rangeOffset, int rangeLength) {
            offset = rangeOffset;
            length = rangeLength;
            done = rangeLength == 0;
        }

        @Override
        public IToken nextToken() {
            if (done) {
                return Token.EOF;
            }
            done = true;
            return token;
        }

        @Override
        public int getTokenOffset() {
            return offset;
        }

        @Override
        public int getTokenLength() {
            return length;
        }
    }
}
