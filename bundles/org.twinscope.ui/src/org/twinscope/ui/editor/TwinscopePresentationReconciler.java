/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * Syntax highlighting of .twin and .smm files: the grammar's keywords (hyphenated ones such as ot-zone included),
 * strings, comments and numbers. The keyword list comes from the grammar itself, so it cannot drift from the language.
 */
public class TwinscopePresentationReconciler extends PresentationReconciler {

    public TwinscopePresentationReconciler() {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner());
        setDamager(repairer, "__dftl_partition_content_type");
        setRepairer(repairer, "__dftl_partition_content_type");
    }

    private static RuleBasedScanner scanner() {
        IToken keyword = token(new RGB(127, 0, 85), SWT.BOLD);
        IToken string = token(new RGB(42, 0, 255), SWT.NORMAL);
        IToken comment = token(new RGB(63, 127, 95), SWT.ITALIC);
        IToken number = token(new RGB(125, 80, 0), SWT.NORMAL);
        WordRule words = new WordRule(new KeywordDetector(), Token.UNDEFINED);
        IGrammarAccess grammar = TwinscopeUiPlugin.getDefault().injector().getInstance(IGrammarAccess.class);
        for (String word : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (Character.isLetter(word.charAt(0))) {
                words.addWord(word, keyword);
            }
        }
        List<IRule> rules = new ArrayList<>();
        rules.add(new EndOfLineRule("//", comment));
        rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
        rules.add(new SingleLineRule("\"", "\"", string, '\\'));
        rules.add(new SingleLineRule("'", "'", string, '\\'));
        rules.add(new NumberRule(number));
        rules.add(words);
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setRules(rules.toArray(IRule[]::new));
        return scanner;
    }

    private static IToken token(RGB rgb, int style) {
        Color color = new Color(Display.getDefault(), rgb);
        return new Token(new TextAttribute(color, null, style));
    }

    /** Identifiers and hyphenated keywords (on-demand, ot-zone). */
    private static final class KeywordDetector implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
    }
}
