package org.connectedservice.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The console's cases and work orders, kept in the workspace's cases/records.jsonl. */
@Component(service = CaseService.class)
public class CaseServiceComponent implements CaseService {

    static final String FILE = "cases/records.jsonl";

    private final CaseBook book;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RegistryStore registry;

    @Activate
    public CaseServiceComponent(@Reference ConsoleWorkspace workspace) {
        book = new CaseBook(new CaseLog(workspace.directory().resolve(FILE)), Clock.systemUTC(), this::assetOf);
    }

    private String assetOf(String deviceId) {
        RegistryStore r = registry;
        return r == null ? null : r.device(deviceId).map(RegisteredDevice::asset).orElse(null);
    }

    @Override
    public ServiceCase createCase(IotAlert alert, String title, String user) {
        return book.createCase(alert, title, user);
    }

    @Override
    public WorkOrder createWorkOrder(String caseId, String type, String instructions, String user) {
        return book.createWorkOrder(caseId, type, instructions, user);
    }

    @Override
    public WorkOrder updateWorkOrder(String workOrderId, WorkOrderStatus status) {
        return book.updateWorkOrder(workOrderId, status);
    }

    @Override
    public ServiceCase resolve(String caseId, String resolution) {
        return book.resolve(caseId, resolution);
    }

    @Override
    public Optional<ServiceCase> caseOfAlert(long alertId) {
        return book.caseOfAlert(alertId);
    }

    @Override
    public Optional<ServiceCase> find(String caseId) {
        return book.find(caseId);
    }

    @Override
    public List<WorkOrder> workOrdersOf(String caseId) {
        return book.workOrdersOf(caseId);
    }

    @Override
    public List<ServiceRecord> ofDevice(String deviceId, Instant from, Instant to) {
        return book.ofDevice(deviceId, from, to);
    }

    @Override
    public List<ServiceCase> cases() {
        return book.cases();
    }

    @Override
    public List<String> problems() {
        return book.problems();
    }

    @Override
    public AutoCloseable subscribe(Consumer<ServiceRecord> listener) {
        return book.subscribe(listener);
    }
}
