package org.connectedservice.ui.rules.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.DraftProblem;
import org.connectedservice.ui.rules.internal.RuleFilter;
import org.connectedservice.ui.rules.internal.RulesDraft;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** The draft's rules with a search box and a filter; picking a row selects the rule in the draft. */
public final class RuleTableView {

    private final RulesDraft draft;
    private final Text search;
    private final Combo filter;
    private final Table table;
    private List<ThresholdRule> shown = List.of();

    public RuleTableView(Composite parent, RulesDraft draft) {
        this.draft = draft;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        search = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search id, name, measurement, device type");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter = new Combo(area, SWT.READ_ONLY);
        filter.setItems(RuleFilter.ALL);
        filter.select(0);
        table = Tables.create(area, SWT.SINGLE, 0, new String[] { "Id", "Name", "Watches", "Condition", "Severity",
                "v", "Draft" }, new int[] { 150, 100, 120, 80, 70, 30, 60 });
        ((GridData) table.getLayoutData()).horizontalSpan = 2;
        search.addListener(SWT.Modify, e -> refresh());
        filter.addListener(SWT.Selection, e -> refresh());
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < shown.size()) {
                draft.select(shown.get(i).id());
            }
        });
    }

    public Composite control() {
        return table.getParent();
    }

    public Table table() {
        return table;
    }

    public void setSearch(String text) {
        search.setText(text);
    }

    public void refresh() {
        List<String> choices = RuleFilter.choices(draft.rules());
        String chosen = filter.getText();
        if (!List.of(filter.getItems()).equals(choices)) {
            filter.setItems(choices.toArray(String[]::new));
            filter.select(Math.max(0, choices.indexOf(chosen)));
        }
        Set<String> changed = draft.changedRuleIds();
        List<DraftProblem> problems = draft.problems();
        Set<String> broken = problems.stream().map(DraftProblem::ruleId).collect(Collectors.toSet());
        shown = RuleFilter.apply(draft.rules(), filter.getText(), search.getText(), changed, broken);
        List<String[]> rows = new ArrayList<>();
        for (ThresholdRule r : shown) {
            String state = broken.contains(r.id()) ? "problem" : changed.contains(r.id())
                    ? (draft.base().rules().stream().anyMatch(b -> b.id().equals(r.id())) ? "changed" : "new") : "";
            rows.add(new String[] { r.id(), r.name(), r.measurement() + " of " + String.join(", ", r.scope().values()),
                    r.condition().text(), r.severity().name(), Integer.toString(r.version()), state });
        }
        Tables.fill(table, rows);
        int selected = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(draft.selected())) {
                selected = i;
            }
        }
        if (selected != table.getSelectionIndex()) {
            if (selected < 0) {
                table.deselectAll();
            } else {
                table.setSelection(selected);
            }
        }
    }
}
