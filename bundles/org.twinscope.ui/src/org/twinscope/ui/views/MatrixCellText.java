/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;

/** What a matrix cell's number and color mean, in words, for its tooltip (the report's matrix says the same). */
final class MatrixCellText {

    private static final int LISTED = 8;

    private MatrixCellText() {
    }

    static String of(Boundary boundary, Practice practice, MatrixCell cell) {
        if (cell.applicabilities().isEmpty()) {
            return ElementNames.distinctTitleAtStart(practice) + " does not apply at " + boundary.getName()
                    + ": no rule brings it to the boundary, to anything inside it or to a link that reaches inside.";
        }
        int count = cell.applicabilities().size();
        StringBuilder text = new StringBuilder(ElementNames.distinctTitleAtStart(practice)).append(" at ")
                .append(boundary.getName()).append('\n');
        text.append(count).append(count == 1 ? " element in scope" : " elements in scope")
                .append(" (the boundary, what it contains and the links that reach into it; an element counts once"
                        + " per rule that brings the practice to it):");
        cell.applicabilities().stream().limit(LISTED).forEach(a -> text.append("\n- ").append(ElementNames.label(
                a.element())).append(": ").append(a.explanation()));
        if (count > LISTED) {
            text.append("\n(").append(count - LISTED).append(" more)");
        }
        text.append("\n\nStatus: ").append(status(cell));
        return text.toString();
    }

    private static String status(MatrixCell cell) {
        String status = cell.status();
        if (cell.overridden()) {
            return status + ": declared not applicable here by the profile";
        }
        PracticeGap worst = cell.worst();
        if (worst == null) {
            return "no target: the profile sets no target for this practice, or there is no assessment";
        }
        return status + ", the worst result here, at " + (worst.element() == null ? "the system"
                : ElementNames.label(worst.element())) + ": " + worst.explanation();
    }
}
