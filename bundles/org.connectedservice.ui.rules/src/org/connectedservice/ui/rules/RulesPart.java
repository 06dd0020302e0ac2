package org.connectedservice.ui.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.ui.rules.internal.RuleField;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.connectedservice.ui.rules.internal.view.EditorActions;
import org.connectedservice.ui.rules.internal.view.IncidentsSection;
import org.connectedservice.ui.rules.internal.view.RuleFormView;
import org.connectedservice.ui.rules.internal.view.RuleTableView;
import org.connectedservice.ui.rules.internal.view.SuggestSection;
import org.connectedservice.ui.rules.internal.view.TuningPanel;
import org.connectedservice.ui.rules.internal.view.VersionsView;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The rules editor: the draft's rules (search, filter), a form for the selected rule, the backtest of its candidate
 * against the active version with labelled incidents and Suggest, and the version history with diff and rollback.
 * Everything it shows comes from the window's rules session; it redraws at most once per UI event cycle.
 */
public class RulesPart {

    public static final String ID = "org.connectedservice.ui.rules.part.rules";

    /** The telemetry chart's part, where a rule opened for tuning is dragged. */
    static final String CHART_ID = "org.connectedservice.ui.telemetry.part.chart";

    @Inject
    @Optional
    private EPartService parts;

    private static final int HISTORY_CHECK_MILLIS = 2000;

    private RulesSession session;

    private Display display;
    private Label state;
    private RuleTableView table;
    private RuleFormView form;
    private TuningPanel tuning;
    private IncidentsSection incidents;
    private SuggestSection suggest;
    private VersionsView versions;
    private EditorActions actions;
    private AutoCloseable subscription;
    private boolean refreshPending;
    private CTabFolder tabs;
    private final List<ScrolledComposite> scrolls = new ArrayList<>();

    /** The window's tuning is its rules session (see RulesSessionFunction). */
    @Inject
    void setTuning(ThresholdTuning tuning) {
        session = (RulesSession) tuning;
    }

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        actions = new EditorActions(parent, session);
        state = new Label(parent, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm editor = new SashForm(tabs, SWT.HORIZONTAL);
        table = new RuleTableView(editor, session.draft());
        form = new RuleFormView(scrolled(editor), session);
        Composite right = scrolled(editor);
        right.setLayout(new GridLayout(1, false));
        tuning = new TuningPanel(right, session, this::showChart);
        incidents = new IncidentsSection(right, session);
        suggest = new SuggestSection(right, session);
        editor.setWeights(27, 31, 42);
        tab(tabs, "Rules", editor);
        versions = new VersionsView(tabs, session);
        tab(tabs, "Versions", versions.control());
        tabs.setSelection(0);
        this.tabs = tabs;
        subscription = session.subscribe(this::changed);
        refresh();
        followHistory(parent);
    }

    /* Figures follow new telemetry without an edit: the check is a clock read; a reload runs in the backtest job. */
    private void followHistory(Composite parent) {
        parent.getDisplay().timerExec(HISTORY_CHECK_MILLIS, () -> {
            if (!parent.isDisposed()) {
                session.refreshIfOutdated();
                followHistory(parent);
            }
        });
    }

    /** The hook the chart uses; the same object the window's context gives out as ThresholdTuning. */
    public ThresholdTuning tuning() {
        return session;
    }

    /** The backtest numbers the panel shows now, or null before the first backtest finished. */
    public BacktestFigures shownFigures() {
        return tuning.shownFigures();
    }

    public String shownBacktestStatus() {
        return tuning.statusText();
    }

    public Button applyButton() {
        return actions.applyButton();
    }

    /** Brings the chart forward without taking the focus from the editor. */
    private void showChart() {
        if (parts != null && parts.findPart(CHART_ID) != null) {
            parts.showPart(CHART_ID, PartState.VISIBLE);
        }
    }

    /** Brings the Versions tab (history, diff, rollback) or the Rules tab to the front. */
    public void showVersions(boolean versionsTab) {
        tabs.setSelection(versionsTab ? 1 : 0);
    }

    /** The form's input for a field, by its label as shown (e.g. "Threshold"). */
    public Control formField(String label) {
        return form.field(field(label));
    }

    /** The problem the form shows on a field right now, or null. */
    public String formProblem(String label) {
        return form.problemShown(field(label));
    }

    private static RuleField field(String label) {
        return Arrays.stream(RuleField.values()).filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the form has no field " + label));
    }

    public RuleSetVersion activeVersion() {
        return session.repository().activeVersion();
    }

    public Control control() {
        return state.getParent();
    }

    RulesSession session() {
        return session;
    }

    /** Selects a rule in the table, as a click on its row does. */
    public void selectRule(String ruleId) {
        session.draft().select(ruleId);
    }

    public void undo() {
        session.draft().undo();
    }

    public void redo() {
        session.draft().redo();
    }

    @Focus
    public void focus() {
        table.table().setFocus();
    }

    @PreDestroy
    public void dispose() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Called on any thread; coalesces into one refresh on the UI thread. */
    private void changed() {
        synchronized (this) {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                synchronized (this) {
                    refreshPending = false;
                }
                if (!state.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void refresh() {
        RuleSetVersion active = session.repository().activeVersion();
        int changed = session.draft().changedRuleIds().size();
        int problems = session.draft().problems().size();
        String draftState = changed == 0 ? "The draft holds no changes."
                : "Draft: " + changed + (changed == 1 ? " rule" : " rules") + " changed"
                        + (problems == 0 ? ", ready to apply." : ", " + problems + " to fix first.");
        String text = "Version " + active.number() + " is active (" + active.author() + ": " + active.comment() + "). "
                + draftState;
        RuleSetVersion newer = session.newerActive();
        if (newer != null) {
            text += " Version " + newer.number() + " was made elsewhere since your draft began: Apply replaces it, "
                    + "Revert takes it.";
        }
        state.setText(text);
        actions.refresh();
        table.refresh();
        form.refresh();
        tuning.refresh();
        incidents.refresh();
        suggest.refresh();
        versions.refresh();
        scrolls.forEach(RulesPart::fit);
    }

    private Composite scrolled(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit(scroll));
        scrolls.add(scroll);
        return content;
    }

    /** Lays the content out to the visible width, so only a vertical scroll bar is ever needed. */
    private static void fit(ScrolledComposite scroll) {
        int width = scroll.getClientArea().width;
        scroll.setMinSize(scroll.getContent().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    private static void tab(CTabFolder tabs, String title, Control content) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(content);
    }
}
