package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.IotAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlAlertStoreTest {

    @TempDir
    Path workspace;

    private Database database;
    private SqlAlertStore alerts;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        alerts = new SqlAlertStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRaisedFaultBecomesAnActiveAlertCarryingItsRuleAndReading() {
        Fault raised = Faults.raised(4);
        IotAlert alert = alerts.record(raised);
        assertEquals(new IotAlert(alert.id(), raised.token(), raised.time(), "pump-4", "temperature-high", 3,
                "Temperature too high", "temperature", 84.25, 75.0, raised.severity(), "Anomaly", AlertStatus.ACTIVE,
                raised.description()), alert);
        assertEquals(List.of(alert), alerts.newest(10));
    }

    @Test
    void recordingTheSameRaisedFaultAgainKeepsTheOneAlert() {
        IotAlert first = alerts.record(Faults.raised(1));
        IotAlert again = alerts.record(Faults.raised(1));
        assertEquals(first, again);
        assertEquals(1, alerts.count());
    }

    @Test
    void aClearedFaultClearsTheAlertOfItsEpisodeOnce() {
        Fault raised = Faults.raised(1);
        IotAlert active = alerts.record(raised);
        Fault cleared = Faults.clearedOf(raised, raised.time().plusSeconds(90));

        IotAlert clearedAlert = alerts.record(cleared);
        assertEquals(active.id(), clearedAlert.id());
        assertEquals(AlertStatus.CLEARED, clearedAlert.status());
        assertEquals(clearedAlert, alerts.record(cleared));
        assertEquals(clearedAlert, alerts.record(raised), "a late duplicate of the raise does not reactivate it");
        assertEquals(1, alerts.count());
        assertEquals(raised.time().plusSeconds(90), clearedAt(active.id()));
    }

    @Test
    void aClearedFaultWithoutAlertCreatesNothing() {
        assertNull(alerts.record(Faults.clearedOf(Faults.raised(1), Faults.START)));
        assertEquals(0, alerts.count());
    }

    @Test
    void newestListsTheLatestAlertsFirstAmongTenThousand() {
        int total = 10_000;
        database.transaction("insert many alerts", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO iot_alert (fault_token,"
                    + " alert_time, rule_version, reading, threshold, status) VALUES (?, ?, 1, 0, 0, 'ACTIVE')")) {
                for (int i = 0; i < total; i++) {
                    insert.setString(1, "token-" + i);
                    database.dialect().setInstant(insert, 2, Faults.START.plusSeconds((i * 7919L) % total));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
        Fault sameSecond = Faults.raised(1, Faults.START.plusSeconds(total - 1));
        IotAlert tiedButLater = alerts.record(sameSecond);

        List<IotAlert> newest = alerts.newest(50);
        assertEquals(50, newest.size());
        assertEquals(tiedButLater, newest.get(0), "at the same time the alert recorded last comes first");
        assertEquals(Faults.START.plusSeconds(total - 1), newest.get(1).time());
        for (int i = 2; i < newest.size(); i++) {
            assertEquals(Faults.START.plusSeconds(total - i), newest.get(i).time());
        }
        assertEquals(total + 1, alerts.count());
        assertEquals(total + 1, alerts.newest(total * 2).size());
        assertEquals(List.of(), alerts.newest(0));
    }

    @Test
    void listenersHearOfEveryCreatedOrChangedAlertButNotOfDuplicates() throws Exception {
        List<IotAlert> heard = new ArrayList<>();
        AutoCloseable subscription = alerts.subscribe(heard::add);
        Fault raised = Faults.raised(1);

        IotAlert active = alerts.record(raised);
        alerts.record(raised);
        IotAlert cleared = alerts.record(Faults.clearedOf(raised, Faults.START.plusSeconds(5)));
        alerts.record(Faults.clearedOf(raised, Faults.START.plusSeconds(6)));
        assertEquals(List.of(active, cleared), heard);

        subscription.close();
        alerts.record(Faults.raised(2));
        assertEquals(2, heard.size(), "a closed subscription hears nothing more");
    }

    @Test
    void aListenerThatThrowsNeitherStopsRecordingNorTheOtherListeners() {
        List<IotAlert> heard = new ArrayList<>();
        alerts.subscribe(alert -> {
            throw new IllegalStateException("view already disposed");
        });
        alerts.subscribe(heard::add);

        IotAlert alert = alerts.record(Faults.raised(1));
        assertEquals(List.of(alert), heard);
        assertEquals(1, alerts.count());
    }

    private Instant clearedAt(long id) {
        return database.transaction("read when the alert cleared", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT cleared_at FROM iot_alert WHERE id = ?")) {
                select.setLong(1, id);
                try (var row = select.executeQuery()) {
                    row.next();
                    return database.dialect().instant(row, "cleared_at");
                }
            }
        });
    }
}
