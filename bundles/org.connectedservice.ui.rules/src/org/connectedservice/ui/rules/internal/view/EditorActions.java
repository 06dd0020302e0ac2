package org.connectedservice.ui.rules.internal.view;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.RulesFileException;
import org.connectedservice.ui.rules.internal.DiffRows;
import org.connectedservice.ui.rules.internal.RuleFiles;
import org.connectedservice.ui.rules.internal.RulesDraft;
import org.connectedservice.ui.rules.internal.RulesSession;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The editor's buttons: undo and redo, rule list edits, files, revert and apply. */
public final class EditorActions {

    public static final String APPLY = "Apply to engine...";

    private final RulesSession session;
    private final RulesDraft draft;
    private final Composite bar;
    private final Button undo;
    private final Button redo;
    private final Button apply;
    private final Button revert;
    private final Button delete;
    private final Button duplicate;

    public EditorActions(Composite parent, RulesSession session) {
        this.session = session;
        this.draft = session.draft();
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        undo = add("Undo", "Undo the last edit (Ctrl+Z)", draft::undo);
        redo = add("Redo", "Redo (Ctrl+Y)", draft::redo);
        add("New rule", "Add a rule like the selected one", draft::addRule);
        duplicate = add("Duplicate", "Copy the selected rule", () -> draft.duplicate(draft.selected()));
        delete = add("Delete", "Delete the selected rule from the draft", () -> draft.delete(draft.selected()));
        add("Import...", "Add rules from a devicerules.json or a rules file to the draft", this::importRules);
        add("Export devicerules.json...", "Write the draft's rules as Connected Field Service devicerules.json",
                this::exportDeviceRules);
        add("Export Stream Analytics query...", "Write an Azure Stream Analytics query and its reference data",
                this::exportStreamAnalytics);
        revert = add("Revert", "Drop the draft's edits for the active version's rules (undoable)", session::revert);
        apply = add(APPLY, "Make the draft the engine's rules, as a new version with a comment", this::applyAsked);
    }

    public Button applyButton() {
        return apply;
    }

    public void refresh() {
        undo.setEnabled(draft.undoLabel().isPresent());
        undo.setToolTipText(draft.undoLabel().map(l -> "Undo " + l + " (Ctrl+Z)").orElse("Nothing to undo"));
        redo.setEnabled(draft.redoLabel().isPresent());
        redo.setToolTipText(draft.redoLabel().map(l -> "Redo " + l + " (Ctrl+Y)").orElse("Nothing to redo"));
        boolean selected = draft.selectedRule().isPresent();
        delete.setEnabled(selected);
        duplicate.setEnabled(selected);
        revert.setEnabled(draft.isDirty() || session.newerActive() != null);
        apply.setEnabled(draft.isDirty() && draft.problems().isEmpty());
    }

    /** Asks for the comment, then applies; the comment dialog is the one place a version gets its why. */
    private void applyAsked() {
        InputDialog ask = new InputDialog(shell(), "Apply rules to the engine", "The engine will use the draft as "
                + "version " + (session.repository().activeVersion().number() + 1) + ". What changed and why?",
                DiffRows.summary(draft.base(), draft.rules()), t -> t.isBlank() ? "Say why, for the version history"
                        : null);
        if (ask.open() != Window.OK) {
            return;
        }
        try {
            session.apply(ask.getValue().trim());
        } catch (IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell(), "Rules not applied", e.getMessage());
        }
    }

    /** Adds the rules of a file to the draft; returns what to tell the user. */
    public String importFrom(Path file) throws RulesFileException {
        List<ThresholdRule> rules = RuleFiles.read(file);
        int replaced = draft.importRules(rules, file.getFileName().toString());
        return rules.size() + (rules.size() == 1 ? " rule" : " rules") + " imported into the draft, " + replaced
                + " of them replacing a rule with the same id. Apply to make them the engine's rules.";
    }

    private void importRules() {
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
        dialog.setText("Import rules");
        dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                MessageDialog.openInformation(shell(), "Rules imported", importFrom(Path.of(chosen)));
            } catch (RulesFileException e) {
                MessageDialog.openError(shell(), "Rules not imported", e.getMessage());
            }
        }
    }

    private void exportDeviceRules() {
        Path file = saveAs("Export devicerules.json", "devicerules.json", "*.json");
        if (file != null) {
            report("devicerules.json", () -> RuleFiles.writeDeviceRules(draft.rules(), file));
        }
    }

    private void exportStreamAnalytics() {
        Path file = saveAs("Export Stream Analytics query", "rules.asaql", "*.asaql");
        if (file != null) {
            RuleSetVersion version = draft.isDirty() ? new RuleSetVersion(draft.base().number() + 1,
                    Instant.now(), System.getProperty("user.name", "console"), "draft, not applied yet",
                    draft.rules()) : session.repository().activeVersion();
            report("Stream Analytics query", () -> RuleFiles.writeStreamAnalytics(version, file));
        }
    }

    private interface Export {
        RuleFiles.Written write() throws IOException;
    }

    private void report(String what, Export export) {
        try {
            RuleFiles.Written written = export.write();
            if (written.leftOut().isEmpty()) {
                MessageDialog.openInformation(shell(), what + " exported", written.summary());
            } else {
                MessageDialog.openWarning(shell(), what + " exported without some rules", written.summary());
            }
        } catch (IOException e) {
            MessageDialog.openError(shell(), what + " not exported", "Writing failed: " + e.getMessage());
        }
    }

    private Path saveAs(String title, String name, String extension) {
        FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(name);
        dialog.setFilterExtensions(new String[] { extension, "*.*" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private Button add(String label, String tooltip, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(label);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private Shell shell() {
        return bar.getShell();
    }
}
