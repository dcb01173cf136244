/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching braces and parentheses are highlighted together. */
public class TwinscopeCharacterPairMatcher extends DefaultCharacterPairMatcher {

    public TwinscopeCharacterPairMatcher() {
        super(new char[] { '{', '}', '(', ')' });
    }
}
