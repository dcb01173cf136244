/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.twinscope.report.Html;

/** The escaping every writer relies on. */
class EscapingTest {

    @Test
    void htmlAndSvgSpecialCharactersAreEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() {
        assertEquals("ab\tc\nd", Html.escape("a\u0000b\tc\nd\u001B"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Html.escape(null));
    }
}
