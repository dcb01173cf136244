/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.twinscope.diagram.Markup;

/** The escaping every writer relies on. */
class EscapingTest {

    @Test
    void htmlAndSvgSpecialCharactersAreEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Markup.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() {
        assertEquals("ab\tc\nd", Markup.escape("a\u0000b\tc\nd\u001B"));
    }

    @Test
    void longTextsAreShortenedAtASpaceWithTheirLength() {
        String text = "word ".repeat(500).strip();
        assertEquals("word ".repeat(80).strip() + "\u2026 (2,499 characters)", Markup.shorten(text, 400));
        assertEquals("short", Markup.shorten("short", 400));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Markup.escape(null));
    }
}
