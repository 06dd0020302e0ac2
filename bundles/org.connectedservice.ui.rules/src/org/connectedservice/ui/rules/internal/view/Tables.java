package org.connectedservice.ui.rules.internal.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Small plain tables: columns from titles and widths, rows from text arrays, kept item by item on refresh. */
final class Tables {

    private Tables() {
    }

    static Table create(Composite parent, int style, int heightHint, String[] titles, int[] widths) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, heightHint <= 0);
        if (heightHint > 0) {
            data.heightHint = heightHint;
        }
        table.setLayoutData(data);
        return table;
    }

    /** Shows the rows, reusing items so the selection and scroll position survive a refresh. */
    static void fill(Table table, List<String[]> rows) {
        table.setRedraw(false);
        try {
            if (table.getItemCount() > rows.size()) {
                table.remove(rows.size(), table.getItemCount() - 1);
            }
            for (int i = 0; i < rows.size(); i++) {
                TableItem item = i < table.getItemCount() ? table.getItem(i) : new TableItem(table, SWT.NONE);
                String[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    if (!row[c].equals(item.getText(c))) {
                        item.setText(c, row[c]);
                    }
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }
}
