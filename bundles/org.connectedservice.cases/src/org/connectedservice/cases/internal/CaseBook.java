package org.connectedservice.cases.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.cases.CasePriority;
import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.core.model.IotAlert;

/**
 * Cases and work orders in memory over their log: every change is saved before it is taken, so a failed save
 * changes nothing. Numbers go on from the highest one the log ever held, so ids never repeat across restarts.
 */
final class CaseBook implements CaseService {

    static final long FIRST_CASE = 1001;
    static final long FIRST_WORK_ORDER = 1;
    private static final System.Logger LOG = System.getLogger(CaseBook.class.getName());

    private final CaseLog log;
    private final Clock clock;
    private final Function<String, String> assetOfDevice;
    private final Map<String, ServiceCase> cases = new LinkedHashMap<>();
    private final Map<Long, String> caseOfAlert = new HashMap<>();
    private final Map<String, WorkOrder> workOrders = new LinkedHashMap<>();
    private final List<String> problems;
    private final List<Consumer<ServiceRecord>> listeners = new CopyOnWriteArrayList<>();
    private long nextCase;
    private long nextWorkOrder;

    /** assetOfDevice gives the customer asset a device is connected to, or null. */
    CaseBook(CaseLog log, Clock clock, Function<String, String> assetOfDevice) {
        this.log = log;
        this.clock = clock;
        this.assetOfDevice = assetOfDevice;
        CaseLog.Contents contents = log.read();
        contents.records().forEach(this::take);
        problems = List.copyOf(contents.problems());
        problems.forEach(p -> LOG.log(Level.WARNING, p));
        nextCase = Math.max(FIRST_CASE, contents.highestCase() + 1);
        nextWorkOrder = Math.max(FIRST_WORK_ORDER, contents.highestWorkOrder() + 1);
    }

    @Override
    public ServiceCase createCase(IotAlert alert, String title, String user) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A case needs a title; type what is wrong, for example the alert's "
                    + "description");
        }
        ServiceCase created;
        synchronized (this) {
            String existing = caseOfAlert.get(alert.id());
            if (existing != null) {
                return cases.get(existing);
            }
            created = new ServiceCase(String.format(Locale.ROOT, "CAS-%05d", nextCase), title, alert.id(),
                    alert.faultToken(), alert.deviceId(), asset(alert.deviceId()), CasePriority.of(alert.severity()),
                    CaseStatus.ACTIVE, clock.instant(), user, null, "");
            save(created);
            nextCase++;
        }
        tell(created);
        return created;
    }

    @Override
    public WorkOrder createWorkOrder(String caseId, String type, String instructions, String user) {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A work order needs a type, for example one of " + WorkOrder.TYPES);
        }
        WorkOrder created;
        synchronized (this) {
            ServiceCase owner = known(caseId);
            if (owner.status() == CaseStatus.RESOLVED) {
                throw new IllegalArgumentException("Case " + caseId + " is resolved; work orders go to active cases"
                        + ", open a case for a new alert instead");
            }
            created = new WorkOrder(String.format(Locale.ROOT, "WO-%05d", nextWorkOrder), caseId, owner.deviceId(),
                    type, instructions, WorkOrderStatus.UNSCHEDULED, clock.instant(), user);
            save(created);
            nextWorkOrder++;
        }
        tell(created);
        return created;
    }

    @Override
    public WorkOrder updateWorkOrder(String workOrderId, WorkOrderStatus status) {
        WorkOrder changed;
        synchronized (this) {
            WorkOrder current = workOrders.get(workOrderId);
            if (current == null) {
                throw new IllegalArgumentException("There is no work order " + workOrderId
                        + "; pick one from the case's list");
            }
            if (current.status() == status) {
                return current;
            }
            changed = current.withStatus(status);
            save(changed);
        }
        tell(changed);
        return changed;
    }

    @Override
    public ServiceCase resolve(String caseId, String resolution) {
        ServiceCase changed;
        synchronized (this) {
            ServiceCase current = known(caseId);
            if (current.status() == CaseStatus.RESOLVED) {
                return current;
            }
            changed = current.resolvedAt(clock.instant(), resolution);
            save(changed);
        }
        tell(changed);
        return changed;
    }

    @Override
    public synchronized Optional<ServiceCase> caseOfAlert(long alertId) {
        return Optional.ofNullable(caseOfAlert.get(alertId)).map(cases::get);
    }

    @Override
    public synchronized Optional<ServiceCase> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized List<WorkOrder> workOrdersOf(String caseId) {
        return workOrders.values().stream().filter(w -> w.caseId().equals(caseId))
                .sorted(Comparator.comparing(WorkOrder::created)).toList();
    }

    @Override
    public synchronized List<ServiceRecord> ofDevice(String deviceId, Instant from, Instant to) {
        List<ServiceRecord> found = new ArrayList<>();
        found.addAll(cases.values());
        found.addAll(workOrders.values());
        return found.stream().filter(r -> r.deviceId().equals(deviceId) && !r.created().isBefore(from)
                && r.created().isBefore(to)).sorted(Comparator.comparing(ServiceRecord::created)).toList();
    }

    @Override
    public synchronized List<ServiceCase> cases() {
        return cases.values().stream().sorted(Comparator.comparing(ServiceCase::created).reversed()).toList();
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public AutoCloseable subscribe(Consumer<ServiceRecord> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private ServiceCase known(String caseId) {
        ServiceCase found = caseId == null ? null : cases.get(caseId);
        if (found == null) {
            throw new IllegalArgumentException("There is no case " + caseId + "; create the case from its alert "
                    + "first");
        }
        return found;
    }

    private String asset(String deviceId) {
        try {
            String asset = assetOfDevice.apply(deviceId);
            return asset == null ? "" : asset;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the customer asset of " + deviceId + " could not be read; the case has none", e);
            return "";
        }
    }

    private void save(ServiceRecord record) {
        log.append(record);
        take(record);
    }

    private void take(ServiceRecord record) {
        switch (record) {
            case ServiceCase c -> {
                cases.put(c.id(), c);
                caseOfAlert.putIfAbsent(c.alertId(), c.id());
            }
            case WorkOrder w -> workOrders.put(w.id(), w);
        }
    }

    private void tell(ServiceRecord record) {
        for (Consumer<ServiceRecord> listener : listeners) {
            try {
                listener.accept(record);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a case listener failed on " + record.id(), e);
            }
        }
    }
}
