/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;

/**
 * An analysis view that shows a table whose rows stand for model elements: double-clicking a row opens the element
 * the row's data names in its file.
 */
public abstract class TableAnalysisView extends AnalysisView {

    private Table table;

    @Override
    protected final void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.DefaultSelection, event -> {
            if (event.item != null) {
                open(getSite().getPage(), event.item.getData());
            }
        });
        configure(table);
    }

    /** Adds the columns and listeners the view needs. */
    protected abstract void configure(Table newTable);

    /** Opens what a row's data stands for; called on double-click. */
    protected abstract void open(IWorkbenchPage page, Object rowData);

    @Override
    protected void showMessage(String message) {
        setContentDescription(message);
        table.removeAll();
    }

    /** The table, for tests. */
    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
