/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPartitionTokenScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * The comments and strings of a Twinscope document, kept up to date by the document itself as it changes. They are
 * the only tokens that span lines (the grammar's ML_COMMENT and STRING terminals), so with them the highlighter can
 * start at any line and color just the lines on screen. A partitioning of our own, so that the editor's other
 * services keep the default one.
 */
public final class TwinscopePartitions {

    public static final String PARTITIONING = "org.twinscope.ui.partitioning";
    public static final String COMMENT = "__twinscope_comment";
    public static final String STRING = "__twinscope_string";

    private TwinscopePartitions() {
    }

    /** Adds the partitioning to the document unless it has it already. */
    public static void installOn(IDocument document) {
        if (!(document instanceof IDocumentExtension3 extension)
                || extension.getDocumentPartitioner(PARTITIONING) != null) {
            return;
        }
        IDocumentPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] { COMMENT, STRING });
        extension.setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }

    /**
     * Finds comments and strings with a hand-written loop over the characters: the whole document is scanned when an
     * editor opens, and JFace's rule-based scanner, which tries every rule at every character, takes a quarter of a
     * second on a 10,000-element model where this takes a few milliseconds. Follows the grammar's terminals: // to
     * the end of the line, /* to the next star-slash, strings in double or single quotes with backslash escapes, all
     * running to the end of the text when not closed (as the parser reads them).
     */
    static final class Scanner implements IPartitionTokenScanner {
        private static final IToken COMMENT_TOKEN = new Token(COMMENT);
        private static final IToken STRING_TOKEN = new Token(STRING);

        private ChunkedText text = new ChunkedText(null, 0, 0);
        private int base;
        private int position;
        private int tokenOffset;
        private int tokenLength;

        @Override
        public void setRange(IDocument document, int offset, int length) {
            text = new ChunkedText(document, offset, length);
            base = offset;
            position = 0;
        }

        /** The partitioner restarts at the beginning of the partition it resumes, so a plain range is enough. */
        @Override
        public void setPartialRange(IDocument document, int offset, int length, String contentType,
                int partitionOffset) {
            setRange(document, offset, length);
        }

        @Override
        public IToken nextToken() {
            int start = position;
            tokenOffset = base + start;
            if (start >= text.length()) {
                tokenLength = 0;
                return Token.EOF;
            }
            IToken token;
            char c = text.charAt(start);
            if (c == '/' && start + 1 < text.length() && text.charAt(start + 1) == '/') {
                position = endOfLine(start + 2);
                token = COMMENT_TOKEN;
            } else if (c == '/' && start + 1 < text.length() && text.charAt(start + 1) == '*') {
                position = endOfBlockComment(start + 2);
                token = COMMENT_TOKEN;
            } else if (c == '"' || c == '\'') {
                position = endOfString(start + 1, c);
                token = STRING_TOKEN;
            } else {
                position = nextPartitionStart(start + 1);
                token = Token.UNDEFINED;
            }
            tokenLength = position - start;
            return token;
        }

        private int endOfBlockComment(int from) {
            for (int i = from; i + 1 < text.length(); i++) {
                if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
                    return i + 2;
                }
            }
            return text.length();
        }

        private int endOfLine(int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            return i;
        }

        private int endOfString(int from, char quote) {
            int i = from;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return text.length();
        }

        private int nextPartitionStart(int from) {
            int i = from;
            while (true) {
                i = text.nextSpecial(i);
                if (i >= text.length()) {
                    return text.length();
                }
                char c = text.charAt(i);
                if (c != '/' || i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                    return i;
                }
                i++;
            }
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

    /**
     * A range of a document read in chunks as the scanner gets to them: after an edit the partitioner rescans from
     * the edit to the end of the document but stops as soon as the partitions match again, usually a few characters
     * on, so copying the whole rest of a large document on every keystroke would be wasted.
     */
    private static final class ChunkedText {
        private static final int CHUNK = 16384;
        private static final char[] SPECIALS = { '/', '"', '\'' };

        private final IDocument document;
        private final int offset;
        private final int length;
        private String chunk = "";
        private int chunkStart;

        ChunkedText(IDocument document, int offset, int length) {
            this.document = document;
            this.offset = offset;
            this.length = document == null ? 0 : length;
        }

        int length() {
            return length;
        }

        /**
         * The index of the next slash or quote at or after {@code from}, or the length: found with String.indexOf,
         * which the JVM runs as a vector search, since after an edit the partitioner may rescan to the end of the
         * document when no comment or string follows.
         */
        int nextSpecial(int from) {
            int index = from;
            while (index < length) {
                charAt(index); // loads the chunk that holds index
                int inChunk = index - chunkStart;
                int found = Integer.MAX_VALUE;
                for (char special : SPECIALS) {
                    int at = chunk.indexOf(special, inChunk);
                    if (at >= 0) {
                        found = Math.min(found, at);
                    }
                }
                if (found != Integer.MAX_VALUE) {
                    return chunkStart + found;
                }
                if (chunk.isEmpty()) {
                    return length;
                }
                index = chunkStart + chunk.length();
            }
            return length;
        }

        char charAt(int index) {
            if (index < chunkStart || index >= chunkStart + chunk.length()) {
                chunkStart = index;
                try {
                    chunk = document.get(offset + index, Math.min(CHUNK, length - index));
                } catch (BadLocationException e) {
                    chunk = "";
                    return 0; // the document changed under the scan; the partitioner rescans after the change
                }
            }
            return chunk.charAt(index - chunkStart);
        }
    }
}
