package org.connectedservice.ui.simulator;

import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.ingest.MessageIngestionFactory;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.core.simulation.TelemetryReplay;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The device simulator for testers: the fleet per model, start/pause/stop with a speed factor, every device's state
 * live, fault injection into the selected devices, and scenario runs with pass/fail marks. Every simulator call
 * runs in a job; a wrong model or scenario file shows its file, line and field in the problem area and starts
 * nothing.
 */
public class SimulatorPart {

    static final long REFRESH_MILLIS = 500;

    @Inject
    private FleetSimulator simulator;

    @Inject
    private ScenarioRunner scenarios;

    @Inject
    private RulesRepository rules;

    @Inject
    private TelemetryReplay replay;

    @Inject
    private MessageIngestionFactory ingestion;

    @Inject
    private TelemetryIngestion engine;

    @Inject
    @Optional
    private ConsoleWorkspace workspace;

    private Composite root;
    private TabFolder tabs;
    private TabItem devicesTab;
    private TabItem fleetTab;
    private TabItem scenarioTab;
    private TabItem replayTab;
    private ProblemArea problems;
    private RunBar runBar;
    private FleetPanel fleet;
    private DeviceTable devices;
    private InjectionBar injections;
    private ScenarioPanel scenario;
    private ReplayPanel recording;
    private PeriodicRefresh<SimulatorSnapshot> refresh;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        Background background = new Background(parent);
        problems = new ProblemArea(parent);
        runBar = new RunBar(parent, simulator, background, problems, this::refreshNow);
        tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm devicePage = new SashForm(tabs, SWT.HORIZONTAL);
        devices = new DeviceTable(devicePage);
        injections = new InjectionBar(devicePage, simulator, background, problems, devices::selection,
                this::refreshNow);
        devicePage.setWeights(60, 40);
        devicesTab = tab("Devices", "Every simulated device with its state; inject faults into the selected ones",
                devicePage);
        Composite fleetPage = page();
        fleet = new FleetPanel(fleetPage, simulator, background, problems, this::refreshNow);
        fleetTab = tab("Fleet", "How many devices of each workspace model to simulate", fleetPage);
        Composite scenarioPage = page();
        Path folder = workspace == null ? null : workspace.directory();
        scenario = new ScenarioPanel(scenarioPage, new ScenarioSession(scenarios, rules, folder), background,
                problems);
        scenarioTab = tab("Scenario", "Run a scenario file in simulated time, with pass/fail per expectation",
                scenarioPage);
        Composite replayPage = page();
        recording = new ReplayPanel(replayPage, new ReplaySession(replay, ingestion, engine), problems);
        replayTab = tab("Replay", "Replay a recorded JSON Lines or CSV file into the running engine, 1x to 100x",
                replayPage);
        refresh = PeriodicRefresh.start("Refreshing the simulator view", devices.table(), REFRESH_MILLIS,
                () -> SimulatorSnapshot.of(simulator), this::show);
        fleet.load();
        scenario.suggest();
    }

    private Composite page() {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new FillLayout());
        return page;
    }

    private TabItem tab(String text, String tooltip, Control page) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.setControl(page);
        return item;
    }

    private void show(SimulatorSnapshot snapshot) {
        runBar.show(snapshot);
        devices.show(snapshot.devices());
        String title = "Devices (" + snapshot.devices().size() + ")";
        if (!title.equals(devicesTab.getText())) {
            devicesTab.setText(title);
        }
    }

    private void refreshNow() {
        if (refresh != null) {
            refresh.refreshNow();
        }
    }

    @Focus
    public void focus() {
        devices.table().setFocus();
    }

    /** The view's button with this text (Start, Pause, spike, Run scenario, ...), or null. */
    public Button button(String text) {
        return find(root, text);
    }

    private static Button find(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = find(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Selects devices in the device list as a user Ctrl-clicking their rows would; false unless all are listed. */
    public boolean selectDevices(List<String> deviceIds) {
        tabs.setSelection(devicesTab);
        return devices.select(deviceIds);
    }

    /** The state the device list shows for a device (online, rebooting, silent, faulty), or null. */
    public String shownState(String deviceId) {
        return devices.shownState(deviceId);
    }

    public int shownDevices() {
        return devices.rowCount();
    }

    /** E.g. "Paused at 1.0x, simulated 08:00:05 UTC". */
    public String runStatus() {
        return runBar.statusText();
    }

    /** Where the devices are connected besides the engine, or why they could not connect; empty when embedded. */
    public String hubStatus() {
        return runBar.hubText();
    }

    /** E.g. "1,234 messages, 25.0/s, 0 errors". */
    public String counters() {
        return runBar.countersText();
    }

    public void setSpeed(double factor) {
        runBar.speed().setSelection((int) Math.round(factor * 10));
        runBar.speed().notifyListeners(SWT.Selection, null);
    }

    /** Delays the next injection by this many simulated seconds, as typing into the "after" field would. */
    public void setInjectionDelay(int seconds) {
        injections.delay().setSelection(seconds);
    }

    public void setInjectionLength(int seconds) {
        injections.lasting().setSelection(seconds);
    }

    public List<String> models() {
        return fleet.models();
    }

    /** Opens the Fleet tab and sets a model's fleet size as typing into its spinner would. */
    public boolean setFleetCount(String model, int count) {
        tabs.setSelection(fleetTab);
        return fleet.setCount(model, count);
    }

    /** Opens the Scenario tab and takes a file as if it had been picked in the file dialog. */
    public void chooseScenario(Path file) {
        tabs.setSelection(scenarioTab);
        scenario.choose(file);
    }

    /** Opens the Replay tab and takes a recording as if it had been picked in the file dialog. */
    public void chooseRecording(Path file, String speed) {
        tabs.setSelection(replayTab);
        recording.choose(file);
        recording.setSpeed(speed);
    }

    /** E.g. "Played 120 lines (59 s recorded) in 0.61 s. 118 messages to the engine, 2 quarantined (...)". */
    public String replayStatus() {
        return recording.statusText();
    }

    public boolean replaying() {
        return recording.isPlaying();
    }

    /** One "pass|fail index expectation" line per expectation decided so far. */
    public List<String> scenarioMarks() {
        return scenario.marks();
    }

    public String scenarioSummary() {
        return scenario.summary();
    }

    public String scenarioReport() {
        return scenario.reportPath();
    }

    public boolean scenarioRunning() {
        return scenario.isRunning();
    }

    /** The problem area's text: empty while all is well. */
    public String problems() {
        return problems.text();
    }

    public Composite control() {
        return root;
    }
}
