package org.connectedservice.ui.alerts;

import java.lang.System.Logger.Level;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.ServiceCase;

/**
 * Keeps the Case column current: the existing cases and work orders are read once in the table's refresh job, later
 * changes arrive through the case service's subscription and ask the table for a refresh.
 */
final class CaseFeed {

    private static final System.Logger LOG = System.getLogger(CaseFeed.class.getName());

    private final CaseIndex index;
    private final AlertRows rows;
    private final Runnable refreshTable;
    private volatile CaseService service;
    private CaseService loadedFrom;
    private AutoCloseable subscription;

    /** refreshTable asks the table for a refresh soon; callable from any thread. */
    CaseFeed(CaseIndex index, AlertRows rows, Runnable refreshTable) {
        this.index = index;
        this.rows = rows;
        this.refreshTable = refreshTable;
    }

    /** Follows this service from now on, or none with null. */
    void follow(CaseService caseService) {
        if (caseService == service) {
            return;
        }
        close();
        service = caseService;
        if (caseService != null) {
            subscription = caseService.subscribe(record -> {
                index.put(record);
                rows.touch();
                refreshTable.run();
            });
            refreshTable.run();
        }
    }

    /** Runs in the refresh job: reads every case and work order once per service. */
    void loadIfNew() {
        CaseService current = service;
        if (current == null || current == loadedFrom) {
            return;
        }
        loadedFrom = current;
        for (ServiceCase c : current.cases()) {
            index.put(c);
            current.workOrdersOf(c.id()).forEach(index::put);
        }
        current.problems().forEach(p -> LOG.log(Level.WARNING, "cases file: " + p));
        rows.touch();
    }

    private void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "stopping to follow the case service failed", e);
            }
            subscription = null;
        }
    }
}
