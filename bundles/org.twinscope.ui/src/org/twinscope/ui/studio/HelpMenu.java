/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import java.util.Set;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The Help menu without the entries that open the help system when there is none: the Eclipse IDE's workbench adds
 * Help Contents, Search and Show Contextual Help whatever is installed, and without a help user interface (not in our
 * target platform, so not in Twinscope Studio) they do nothing when chosen.
 */
public final class HelpMenu {

    /** The entries that need a help user interface. */
    public static final Set<String> NEED_HELP_UI = Set.of(ActionFactory.HELP_CONTENTS.getId(),
            ActionFactory.HELP_SEARCH.getId(), ActionFactory.DYNAMIC_HELP.getId());

    private HelpMenu() {
    }

    /** Hides the entries that would do nothing; leaves the menu as it is where a help system is installed. */
    public static void removeDeadEntries(IWorkbenchWindow window) {
        if (PlatformUI.getWorkbench().getHelpSystem().hasHelpUI()) {
            return;
        }
        IMenuManager help = of(window);
        if (help == null) {
            return;
        }
        for (IContributionItem item : help.getItems()) {
            if (NEED_HELP_UI.contains(item.getId())) {
                item.setVisible(false);
            }
        }
        help.update(true);
    }

    /** The window's Help menu, or null. */
    @SuppressWarnings("restriction") // the IDE's menu bar is reachable only through the workbench window's class
    public static IMenuManager of(IWorkbenchWindow window) {
        if (window instanceof org.eclipse.ui.internal.WorkbenchWindow workbenchWindow) {
            MenuManager bar = workbenchWindow.getMenuManager();
            return bar == null ? null : bar.findMenuUsingPath(IWorkbenchActionConstants.M_HELP);
        }
        return null;
    }
}
