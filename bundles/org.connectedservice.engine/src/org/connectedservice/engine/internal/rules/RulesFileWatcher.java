package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a check whenever the rules file may have changed: on a file system event for it, and every poll interval as
 * well, for file systems (network drives) that send no events. The check itself decides whether anything changed.
 */
public final class RulesFileWatcher implements AutoCloseable {

    /** Editors often save in two steps; wait this long after an event so the check sees the finished file. */
    private static final long SETTLE_MILLIS = 100;

    private static final Logger LOG = System.getLogger(RulesFileWatcher.class.getName());

    private final Path file;
    private final Runnable check;
    private final long pollMillis;
    private final WatchService events;
    private final Thread thread;

    private RulesFileWatcher(Path file, Runnable check, Duration poll, WatchService events) {
        this.file = file;
        this.check = check;
        this.pollMillis = poll.toMillis();
        this.events = events;
        this.thread = new Thread(this::run, "rules file watcher");
        thread.setDaemon(true);
    }

    public static RulesFileWatcher start(Path file, Runnable check, Duration poll) {
        WatchService events = null;
        try {
            Files.createDirectories(file.getParent());
            events = file.getFileSystem().newWatchService();
            file.getParent().register(events, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "no file events for {0} ({1}); looking for changes every {2} ms", file, e,
                    poll.toMillis());
        }
        RulesFileWatcher watcher = new RulesFileWatcher(file, check, poll, events);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (events == null) {
                    Thread.sleep(pollMillis);
                } else if (waitForEvent()) {
                    Thread.sleep(SETTLE_MILLIS);
                }
                try {
                    check.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "checking " + file + " failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether an event (rather than the poll interval) ended the wait */
    private boolean waitForEvent() throws InterruptedException {
        WatchKey key = events.poll(pollMillis, TimeUnit.MILLISECONDS);
        if (key == null) {
            return false;
        }
        key.pollEvents();
        key.reset();
        return true;
    }

    @Override
    public void close() {
        thread.interrupt();
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the watch service failed", e);
            }
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
