package org.connectedservice.ui.telemetry;

import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The fleet on the left: picking a device makes it the window's selection, which the chart and commands follow. */
public class DeviceNavigatorPart {

    @Inject
    private ESelectionService selection;

    @Inject
    private DeviceRegistry registry;

    private TableViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        column("Device", 130, Device::id);
        column("Type", 80, Device::deviceType);
        column("Asset", 90, Device::asset);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            selection.setSelection(first);
        });
        PeriodicRefresh.start("Loading devices", viewer.getControl(), 5_000, registry::devices, this::show);
    }

    private void column(String title, int width, java.util.function.Function<Device, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> text.apply((Device) d)));
    }

    private void show(List<Device> devices) {
        if (devices.equals(viewer.getInput())) {
            return;
        }
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(devices);
        if (selected == null && !devices.isEmpty()) {
            viewer.setSelection(new StructuredSelection(devices.get(0)), true);
        } else if (selected != null) {
            viewer.setSelection(new StructuredSelection(selected), true);
        }
    }

    /** Selects a device by id, as a user clicking its row would. */
    public boolean select(String deviceId) {
        if (!(viewer.getInput() instanceof List<?> devices)) {
            return false;
        }
        for (Object o : devices) {
            if (((Device) o).id().equals(deviceId)) {
                viewer.setSelection(new StructuredSelection(o), true);
                return true;
            }
        }
        return false;
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }
}
