package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The running console as a test sees it: its model, parts and shell, driven on the UI thread. */
final class Workbench {

    static final String APPLICATION_ID = "org.connectedservice.app.application";

    final Display display = Display.getCurrent();
    final MApplication application;
    final EModelService models;

    Workbench() {
        assertNotNull(display, "UI tests must run on the UI thread (useUIThread)");
        Bundle bundle = FrameworkUtil.getBundle(Workbench.class);
        BundleContext context = bundle.getBundleContext();
        ServiceReference<IWorkbench> ref = context.getServiceReference(IWorkbench.class);
        assertNotNull(ref, "the e4 workbench is not running");
        application = context.getService(ref).getApplication();
        assertEquals(APPLICATION_ID, application.getElementId(), "not the console's application model");
        models = application.getContext().get(EModelService.class);
    }

    MWindow mainWindow() {
        return application.getChildren().get(0);
    }

    Shell shell() {
        return (Shell) mainWindow().getWidget();
    }

    <T> T part(String id, Class<T> type) {
        MPart part = (MPart) models.find(id, application);
        assertNotNull(part, "no part " + id + " in the application model");
        waitUntil(Duration.ofSeconds(10), () -> part.getObject() != null, "part " + id + " was never created");
        return type.cast(part.getObject());
    }

    /** Lets the event loop run (jobs' asyncExecs included) until the condition holds. */
    void waitUntil(Duration timeout, BooleanSupplier condition, String whatFailed) {
        waitFor(timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null, whatFailed);
    }

    <T> T waitFor(Duration timeout, Supplier<T> value, String whatFailed) {
        return waitFor(timeout, value, () -> whatFailed);
    }

    /** As waitFor, with a failure message made when the time is up, so it can tell what the console shows then. */
    <T> T waitFor(Duration timeout, Supplier<T> value, Supplier<String> whatFailed) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            display.timerExec(50, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        fail(whatFailed.get() + " within " + timeout.toSeconds() + " s");
        return null;
    }

    /** Runs the event loop for a while, so pending layouts and paints happen. */
    void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            display.timerExec(20, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        ServiceReference<S> ref = context.getServiceReference(type);
        assertNotNull(ref, "no " + type.getSimpleName() + " service is running");
        return context.getService(ref);
    }

    /** Saves what the user sees of the main window as target/screenshots/name.png. */
    Path screenshot(String name) throws Exception {
        Shell shell = shell();
        shell.forceActive();
        pause(Duration.ofMillis(400));
        return capture(shell, name);
    }

    Path capture(Control control, String name) throws Exception {
        for (int i = 0; i < 10 && display.readAndDispatch(); i++) {
            control.update();
        }
        Rectangle area = control instanceof Shell s ? s.getClientArea() : control.getBounds();
        Rectangle onScreen = display.map(control instanceof Shell ? control : control.getParent(), null, area);
        Image image = new Image(display, onScreen.width, onScreen.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, onScreen.x, onScreen.y);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }

    /**
     * Fills the dialog with this title as soon as it opens, then presses its default button (OK); when filling fails
     * the dialog is closed, so the test goes on to report what failed instead of waiting on it.
     */
    AtomicReference<Throwable> answer(String title, Consumer<Shell> fill) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && title.equals(s.getText()) && s.isVisible()).findFirst()
                    .orElse(null);
            if (dialog == null) {
                if (System.nanoTime() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            try {
                fill.accept(dialog);
                dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
            } catch (RuntimeException | AssertionError e) {
                failure.set(e);
                dialog.close();
            }
        };
        display.timerExec(100, poll[0]);
        return failure;
    }

    static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> test) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
