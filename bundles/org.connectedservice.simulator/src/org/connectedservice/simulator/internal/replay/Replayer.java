package org.connectedservice.simulator.internal.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.connectedservice.core.simulation.ReplayResult;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.connectedservice.core.simulation.ReplayedLine;
import org.connectedservice.simulator.internal.model.FileProblems;

/**
 * Hands a recording on line by line at its recorded pace divided by the speed. Each line waits for its own target
 * time measured from the first line, so rounding never adds up over a long file; a line earlier than one before
 * it (recorded out of order) goes on at once.
 */
public final class Replayer {

    private final Pacer pacer;

    public Replayer(Pacer pacer) {
        this.pacer = pacer;
    }

    public ReplayResult replay(Path file, ReplaySpeed speed, Consumer<ReplayedLine> sink)
            throws IOException, InterruptedException {
        Pacing pacing = new Pacing(speed);
        if (CsvRecording.isCsv(file)) {
            CsvRecording csv = new CsvRecording(file);
            FileProblems problems = new FileProblems();
            csv.check(problems);
            problems.throwIfAny();
            try {
                csv.rows(line -> pacing.handOn(line, sink));
            } catch (PacingInterrupted e) {
                throw e.interruption;
            }
        } else {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String text;
                long number = 0;
                while ((text = reader.readLine()) != null) {
                    number++;
                    if (!text.isBlank()) {
                        RecordedTimes.Timing timing = RecordedTimes.of(text);
                        pacing.handOnChecked(new ReplayedLine(number, timing.time(), timing.deviceId(), text), sink);
                    }
                }
            }
        }
        return pacing.result();
    }

    /** Carries an interrupt out of a row callback, which cannot throw checked exceptions. */
    private static final class PacingInterrupted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient InterruptedException interruption;

        PacingInterrupted(InterruptedException interruption) {
            this.interruption = interruption;
        }
    }

    private final class Pacing {

        private final ReplaySpeed speed;
        private final long wallStart = pacer.nanoTime();
        private Instant first;
        private Instant last;
        private long lines;
        private long untimed;

        Pacing(ReplaySpeed speed) {
            this.speed = speed;
        }

        void handOn(ReplayedLine line, Consumer<ReplayedLine> sink) {
            try {
                handOnChecked(line, sink);
            } catch (InterruptedException e) {
                throw new PacingInterrupted(e);
            }
        }

        void handOnChecked(ReplayedLine line, Consumer<ReplayedLine> sink) throws InterruptedException {
            Instant time = line.time();
            if (time == null) {
                untimed++;
            } else {
                if (first == null) {
                    first = time;
                    last = time;
                }
                waitFor(time);
                if (time.isAfter(last)) {
                    last = time;
                }
            }
            lines++;
            sink.accept(line);
        }

        private void waitFor(Instant time) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException("replay cancelled");
            }
            if (speed.asFastAsPossible()) {
                return;
            }
            long recordedNanos = Duration.between(first, time).toNanos();
            long target = wallStart + (long) (recordedNanos / speed.factor());
            long wait = target - pacer.nanoTime();
            if (wait > 0) {
                pacer.sleepNanos(wait);
            }
        }

        ReplayResult result() {
            return new ReplayResult(lines, untimed, first, last, Duration.ofNanos(pacer.nanoTime() - wallStart));
        }
    }
}
