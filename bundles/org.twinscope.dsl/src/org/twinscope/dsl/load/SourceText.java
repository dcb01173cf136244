/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text. Twinscope files are UTF-8; bytes that are not are replaced (U+FFFD) so the rest of the
 * file can still be read, and the position of the first bad byte is kept for the error message.
 *
 * @param text the decoded text
 * @param badLine 1-based line of the first invalid byte, 0 when the bytes are valid UTF-8
 * @param badColumn 1-based column of the first invalid byte
 */
public record SourceText(String text, int badLine, int badColumn) {

    public static SourceText decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            out.flip();
            return new SourceText(stripByteOrderMark(out.toString()), 0, 0);
        }
        out.flip();
        String valid = out.toString();
        int line = 1 + (int) valid.chars().filter(c -> c == '\n').count();
        int column = valid.length() - valid.lastIndexOf('\n');
        return new SourceText(stripByteOrderMark(lenient(bytes)), line, column);
    }

    public boolean isValid() {
        return badLine == 0;
    }

    private static String lenient(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder cannot fail", e);
        }
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
