/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.twinscope.ui.views.PracticeMatrixView;
import org.twinscope.ui.views.ReferencesView;
import org.twinscope.ui.views.ScopeDiagramView;
import org.twinscope.ui.views.ScorecardView;

/** Project explorer and outline on the left, the editor in the middle, the diagram on the right, matrix and scorecard below. */
public class TwinscopePerspective implements IPerspectiveFactory {

    public static final String ID = "org.twinscope.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.addView("org.eclipse.ui.navigator.ProjectExplorer", IPageLayout.LEFT, 0.18f, editor);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.55f, "org.eclipse.ui.navigator.ProjectExplorer");
        layout.addView(ScopeDiagramView.ID, IPageLayout.RIGHT, 0.5f, editor);
        IFolderLayout bottom = layout.createFolder("org.twinscope.ui.bottom", IPageLayout.BOTTOM, 0.62f, editor);
        bottom.addView(PracticeMatrixView.ID);
        bottom.addView(ScorecardView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(ReferencesView.ID);
        layout.addNewWizardShortcut("org.twinscope.ui.wizards.project");
        layout.addNewWizardShortcut("org.twinscope.ui.wizards.twin");
        layout.addNewWizardShortcut("org.twinscope.ui.wizards.smm");
        layout.addShowViewShortcut(ScopeDiagramView.ID);
        layout.addShowViewShortcut(PracticeMatrixView.ID);
        layout.addShowViewShortcut(ScorecardView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
