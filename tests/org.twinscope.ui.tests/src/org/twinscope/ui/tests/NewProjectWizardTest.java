/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.twinscope.testing.Examples;
import org.twinscope.ui.builder.TwinscopeNature;
import org.twinscope.ui.views.ScopeDiagramView;
import org.twinscope.ui.wizards.NewProjectWizard;

/** File > New > Twinscope Project as a first-time user goes through it. */
class NewProjectWizardTest {

    /** A wizard dialog that does not block, whose Finish the test can press. */
    private static final class Dialog extends WizardDialog {
        Dialog(NewProjectWizard wizard) {
            super(Workbench.page().getWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
        }

        void finish() {
            finishPressed();
        }
    }

    @Test
    void onePageNothingCopiedUnchosenAndTheSystemOpensAfterFinish() throws Exception {
        Workbench.page().closeAllEditors(false);
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        Dialog dialog = new Dialog(wizard);
        dialog.open();
        try {
            assertEquals(1, wizard.getPageCount(), "one page of ours, no generic Project References page");
            Composite page = (Composite) wizard.getPages()[0].getControl();
            Table starts = find(page, Table.class);
            List<String> offered = new ArrayList<>();
            for (TableItem item : starts.getItems()) {
                offered.add(item.getText(0));
                assertFalse(item.getText(1).isBlank(), "a description of " + item.getText(0));
            }
            List<String> expected = new ArrayList<>(List.of("Empty project"));
            expected.addAll(Examples.names().stream().sorted().toList());
            assertEquals(expected, offered, "an empty project, then every example");
            int water = offered.indexOf("water-utility");
            assertTrue(starts.getItem(water).getText(1).startsWith("A city drinking-water network"),
                    starts.getItem(water).getText(1));
            assertEquals(0, starts.getSelectionCount(), "nothing chosen for the user");

            Text name = find(page, Text.class);
            name.setText("my-network");
            // Enter presses the default button: it must not finish with an example the user never chose
            assertFalse(wizard.canFinish(), "Finish waits for a choice of what the project starts with");
            assertEquals(null, wizard.getPages()[0].getErrorMessage(), "nothing wrong yet, only something to do");
            assertEquals("Choose what the project starts with: an empty project or an example.",
                    wizard.getPages()[0].getMessage());
            assertFalse(dialog.getShell().getDefaultButton() != null
                    && dialog.getShell().getDefaultButton().isEnabled()
                    && dialog.getShell().getDefaultButton().getText().contains("Finish"),
                    "Enter does not finish");

            starts.setSelection(water);
            starts.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("my-network", name.getText(), "the name the user typed stays");
            assertTrue(wizard.canFinish());
            Screenshots.take(dialog.getShell(), "new-project-wizard");
            dialog.finish();
        } finally {
            dialog.close();
        }

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-network");
        assertTrue(project.exists() && project.hasNature(TwinscopeNature.ID));
        assertTrue(project.getFile("network.twin").exists(), "the water utility's files");
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertNotNull(editor, "the system file opens");
        assertEquals(project.getFile("network.twin"), ((IFileEditorInput) editor.getEditorInput()).getFile());
        assertTrue(Workbench.page().isPartVisible(Workbench.page().findView(ScopeDiagramView.ID)),
                "the diagram shows next to it");
    }

    @Test
    void anUntouchedNameFollowsTheExampleAndAnEmptyProjectGetsAStarterSystem() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        Dialog dialog = new Dialog(wizard);
        dialog.open();
        try {
            Composite page = (Composite) wizard.getPages()[0].getControl();
            Table starts = find(page, Table.class);
            starts.setSelection(1);
            starts.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Text name = find(page, Text.class);
            assertEquals("bottling-line", name.getText(), "the name follows the example chosen");
            name.setText("Pump Station");
            starts.setSelection(0);
            starts.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("Pump Station", name.getText());
            dialog.finish();
        } finally {
            dialog.close();
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Pump Station");
        assertTrue(project.getFile("PumpStation.twin").exists(), "an empty project starts with one system file");
        Workbench.waitForJobs(60_000);
        assertEquals(0, Workbench.errors(project.getFile("PumpStation.twin")).length, "the starter system is valid");
        assertEquals(project.getFile("PumpStation.twin"),
                ((IFileEditorInput) Workbench.page().getActiveEditor().getEditorInput()).getFile());
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
