package org.connectedservice.ui.rules.internal.view;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.ui.rules.internal.RulesSession;
import org.connectedservice.ui.rules.internal.SuggestState;
import org.connectedservice.ui.rules.internal.Suggestion;
import org.connectedservice.ui.rules.internal.Suggestion.Candidate;
import org.connectedservice.ui.rules.internal.Texts;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Suggest: the candidates it backtested, its reasoning, and a button to put its choice into the draft. */
public final class SuggestSection {

    private final RulesSession session;
    private final Label reasoning;
    private final Table candidates;
    private final Button take;
    private Suggestion shown;

    public SuggestSection(Composite parent, RulesSession session) {
        this.session = session;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Suggest");
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        IncidentsSection.button(group, "Suggest threshold", "Backtest thresholds at percentiles of the readings and "
                + "pick the one that flaps least while alerting on every incident")
                .addListener(SWT.Selection, e -> session.suggest(Suggestion.Kind.THRESHOLD));
        IncidentsSection.button(group, "Suggest sustain", "Backtest sustain durations from 0 s to 5 min")
                .addListener(SWT.Selection, e -> session.suggest(Suggestion.Kind.SUSTAIN));
        take = IncidentsSection.button(group, "Use suggestion", "Put the suggested value into the draft (undoable)");
        take.addListener(SWT.Selection, e -> session.takeSuggestion());
        reasoning = new Label(group, SWT.WRAP);
        reasoning.setLayoutData(TuningPanel.span(3, 300));
        candidates = Tables.create(group, SWT.NONE, 150, new String[] { "Candidate", "Value", "Alerts", "Flaps",
                "Incidents", "Mean delay" }, new int[] { 80, 60, 55, 55, 70, 70 });
        candidates.setLayoutData(TuningPanel.span(3, 0));
        ((GridData) candidates.getLayoutData()).heightHint = 150;
    }

    public String reasoningText() {
        return reasoning.getText();
    }

    public void refresh() {
        SuggestState state = session.suggestState();
        reasoning.setText(state.status());
        Suggestion s = state.suggestion();
        take.setEnabled(s != null && s.chosen() != null);
        if (s == shown) {
            return;
        }
        shown = s;
        List<String[]> rows = new ArrayList<>();
        List<Candidate> list = s == null ? List.of() : s.candidates();
        for (Candidate c : list) {
            rows.add(new String[] { (c == s.chosen() ? "\u2192 " : "") + c.label(), c.value(s.kind()),
                    String.format("%,d", c.alerts()), String.format("%,d", c.flaps()),
                    c.detected() + " of " + c.incidents(), Texts.duration(c.meanDelay()) });
        }
        Tables.fill(candidates, rows);
        for (int i = 0; i < list.size(); i++) {
            TableItem item = candidates.getItem(i);
            item.setFont(list.get(i) == s.chosen() ? bold() : null);
        }
        reasoning.getParent().layout(true, true);
    }

    private static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }
}
