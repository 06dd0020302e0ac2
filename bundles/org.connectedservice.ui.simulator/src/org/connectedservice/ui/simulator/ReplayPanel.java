package org.connectedservice.ui.simulator;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Replays a recorded JSON Lines or CSV file into the running engine at 1x to 100x its recorded pace, or as fast
 * as possible, with a live line count, a Stop button, and what the ingestion made of it at the end.
 */
final class ReplayPanel {

    static final String PLAY = "Play recording";
    static final String STOP = "Stop replay";
    static final String[] SPEEDS = { "1x", "2x", "5x", "10x", "25x", "50x", "100x", "As fast as possible" };

    private static final int PROGRESS_MILLIS = 250;

    private final ReplaySession session;
    private final ProblemArea problems;
    private final Text file;
    private final Combo speed;
    private final Button play;
    private final Label status;
    private Job running;

    ReplayPanel(Composite parent, ReplaySession session, ProblemArea problems) {
        this.session = session;
        this.problems = problems;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Replay a recording");
        group.setLayout(new GridLayout(5, false));
        new Label(group, SWT.NONE).setText("File");
        file = new Text(group, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setMessage("A recording: JSON Lines (.jsonl) in the replay format, or CSV (time,deviceId,...)");
        Button browse = new Button(group, SWT.PUSH);
        browse.setText(ScenarioPanel.BROWSE);
        browse.addListener(SWT.Selection, e -> browse());
        speed = new Combo(group, SWT.READ_ONLY);
        speed.setItems(SPEEDS);
        speed.select(3);
        speed.setToolTipText("Recorded gaps between messages are kept, divided by this factor");
        play = new Button(group, SWT.PUSH);
        play.setText(PLAY);
        play.setToolTipText("Feed the recording to the running engine; alerts and charts follow as if devices sent it");
        play.addListener(SWT.Selection, e -> playOrStop());
        status = new Label(group, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, true, 5, 1));
    }

    private void browse() {
        FileDialog dialog = new FileDialog(file.getShell(), SWT.OPEN);
        dialog.setText("Pick a recording");
        dialog.setFilterExtensions(new String[] { "*.jsonl;*.ndjson;*.json;*.csv", "*.*" });
        String picked = dialog.open();
        if (picked != null) {
            choose(Path.of(picked));
        }
    }

    void choose(Path recording) {
        file.setText(recording.toString());
    }

    void setSpeed(String text) {
        speed.select(speed.indexOf(text));
    }

    private void playOrStop() {
        if (running != null) {
            running.cancel();
            return;
        }
        String text = file.getText().strip();
        Path recording;
        try {
            recording = text.isEmpty() ? null : Path.of(text);
        } catch (InvalidPathException e) {
            status.setText("'" + text + "' is not a file name: " + e.getReason());
            return;
        }
        if (recording == null) {
            status.setText("Pick a recording first");
            return;
        }
        problems.hide();
        start(recording, selectedSpeed());
    }

    private ReplaySpeed selectedSpeed() {
        String chosen = speed.getText();
        return chosen.endsWith("x") ? ReplaySpeed.parse(chosen) : ReplaySpeed.AS_FAST_AS_POSSIBLE;
    }

    private void start(Path recording, ReplaySpeed pace) {
        Background ui = new Background(play);
        Job job = new Job("Replaying " + recording.getFileName()) {
            private Thread worker;

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                worker = Thread.currentThread();
                try {
                    ReplaySession.Outcome outcome = session.play(recording, pace);
                    ui.onUiThread(() -> finished(outcome));
                } catch (Exception e) {
                    ui.onUiThread(() -> failed(recording, e));
                } finally {
                    Thread.interrupted();
                }
                return Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                Thread thread = worker;
                if (thread != null) {
                    thread.interrupt();
                }
            }
        };
        running = job;
        play.setText(STOP);
        status.setText("Replaying " + recording.getFileName() + " at " + speed.getText() + "...");
        job.schedule();
        showProgress(job);
    }

    private void showProgress(Job job) {
        play.getDisplay().timerExec(PROGRESS_MILLIS, () -> {
            if (running != job || play.isDisposed()) {
                return;
            }
            status.setText(String.format(Locale.ROOT, "Replaying at %s: %,d lines handed on", speed.getText(),
                    session.linesHandedOn()));
            showProgress(job);
        });
    }

    private void finished(ReplaySession.Outcome outcome) {
        running = null;
        play.setText(PLAY);
        IngestStats ingest = outcome.ingest();
        String head = outcome.cancelled()
                ? String.format(Locale.ROOT, "Stopped after %,d lines.", session.linesHandedOn())
                : String.format(Locale.ROOT, "Played %,d lines (%s recorded) in %s.", outcome.replay().lines(),
                        SimulatorTexts.seconds(outcome.replay().recordedSpan()),
                        SimulatorTexts.seconds(outcome.replay().wallTime()));
        status.setText(head + " " + ingestSummary(ingest));
        status.getParent().layout(true, true);
    }

    static String ingestSummary(IngestStats ingest) {
        String reasons = ingest.quarantinedByReason().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().label()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%,d messages to the engine, %,d quarantined%s, %,d duplicates dropped.",
                ingest.delivered(), ingest.quarantined(), reasons.isEmpty() ? "" : " (" + reasons + ")",
                ingest.duplicates());
    }

    private void failed(Path recording, Exception error) {
        running = null;
        play.setText(PLAY);
        status.setText("");
        problems.show("Replay of " + recording.getFileName(), error);
    }

    String statusText() {
        return status.getText();
    }

    boolean isPlaying() {
        return running != null;
    }
}
