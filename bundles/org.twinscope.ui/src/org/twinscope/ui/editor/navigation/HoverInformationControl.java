/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.navigation;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A hover of plain text, its first line (the title) in bold, inside a one-pixel frame and wrapped at about 80
 * characters. The platform's default hover relies on the window manager for its border, which tool windows often do
 * not get, and wraps only when the hover manager passes size constraints, which the Generic Editor does not when it
 * combines hovers; this one draws its own border and wraps by itself.
 */
final class HoverInformationControl extends AbstractInformationControl {

    static final IInformationControlCreator CREATOR = new AbstractReusableInformationControlCreator() {
        @Override
        protected IInformationControl doCreateInformationControl(Shell parent) {
            return new HoverInformationControl(parent);
        }
    };

    private static final int BORDER = 1;
    private static final int MARGIN = 4;
    private static final int WRAP_CHARACTERS = 80;

    private Composite frame;
    private StyledText text;

    HoverInformationControl(Shell parent) {
        super(parent, (String) null);
        create();
    }

    @Override
    protected void createContent(Composite parent) {
        frame = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = BORDER;
        layout.marginHeight = BORDER;
        frame.setLayout(layout);
        frame.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        text = new StyledText(frame, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setFont(JFaceResources.getDialogFont());
        text.setForeground(parent.getForeground());
        text.setBackground(parent.getBackground());
        text.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
    }

    @Override
    public void setInformation(String information) {
        String content = information == null ? "" : information.strip();
        text.setText(content);
        int firstLine = content.indexOf('\n');
        text.setStyleRange(new StyleRange(0, firstLine < 0 ? content.length() : firstLine, null, null, SWT.BOLD));
        ((GridData) text.getLayoutData()).widthHint = wrapWidth(content);
    }

    /** As wide as the longest line, but no wider than about 80 characters (or the size constraints), where it wraps. */
    private int wrapWidth(String content) {
        GC gc = new GC(text);
        try {
            gc.setFont(text.getFont());
            int longest = 0;
            for (String line : content.split("\n")) {
                longest = Math.max(longest, gc.textExtent(line).x);
            }
            int widest = (int) (WRAP_CHARACTERS * gc.getFontMetrics().getAverageCharacterWidth());
            Point constraints = getSizeConstraints();
            if (constraints != null) {
                widest = Math.min(widest, constraints.x - 2 * BORDER);
            }
            // the bold title is a little wider than measured in the plain font; the margins are inside the text
            return Math.min(longest + longest / 10, widest) + 2 * MARGIN;
        } finally {
            gc.dispose();
        }
    }

    @Override
    public Point computeSizeHint() {
        Point size = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        Point constraints = getSizeConstraints();
        return constraints == null ? size : new Point(Math.min(size.x, constraints.x), Math.min(size.y, constraints.y));
    }

    @Override
    public boolean hasContents() {
        return !text.getText().isEmpty();
    }

    @Override
    public void setForegroundColor(Color foreground) {
        super.setForegroundColor(foreground);
        text.setForeground(foreground);
    }

    @Override
    public void setBackgroundColor(Color background) {
        super.setBackgroundColor(background);
        text.setBackground(background);
        frame.setBackground(frame.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
    }
}
