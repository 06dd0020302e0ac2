package org.connectedservice.ui.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
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

/**
 * The fleet on the left. Several devices can be picked (Ctrl/Shift-click) to chart them together: the window
 * context gets the whole list under {@link #SELECTED_DEVICES}, and the first one becomes the window's selection,
 * which single-device commands such as Inject spike act on.
 */
public class DeviceNavigatorPart {

    /** Window context key of the List&lt;Device&gt; picked in the navigator, in table order. */
    public static final String SELECTED_DEVICES = "org.connectedservice.ui.telemetry.selectedDevices";

    @Inject
    private ESelectionService selection;

    @Inject
    private DeviceRegistry registry;

    @Inject
    private MWindow window;

    private TableViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setToolTipText("Ctrl- or Shift-click to chart several devices together");
        column("Device", 130, Device::id);
        column("Type", 80, Device::deviceType);
        column("Asset", 90, Device::asset);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> publish((IStructuredSelection) e.getSelection()));
        PeriodicRefresh.start("Loading devices", viewer.getControl(), 5_000, registry::devices, this::show);
    }

    private void publish(IStructuredSelection picked) {
        List<Device> devices = new ArrayList<>();
        for (Object o : picked.toList()) {
            devices.add((Device) o);
        }
        window.getContext().set(SELECTED_DEVICES, List.copyOf(devices));
        selection.setSelection(devices.isEmpty() ? null : devices.get(0));
    }

    private void column(String title, int width, Function<Device, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> text.apply((Device) d)));
    }

    private void show(List<Device> devices) {
        if (devices.equals(viewer.getInput())) {
            return;
        }
        List<?> selected = viewer.getStructuredSelection().toList();
        viewer.setInput(devices);
        if (selected.isEmpty() && !devices.isEmpty()) {
            viewer.setSelection(new StructuredSelection(devices.get(0)), true);
        } else if (!selected.isEmpty()) {
            viewer.setSelection(new StructuredSelection(selected), true);
        }
    }

    /** Selects a device by id, as a user clicking its row would. */
    public boolean select(String deviceId) {
        return select(List.of(deviceId));
    }

    /** Selects several devices by id, as a user Ctrl-clicking their rows would; false unless all are listed. */
    public boolean select(List<String> deviceIds) {
        if (!(viewer.getInput() instanceof List<?> devices)) {
            return false;
        }
        List<Object> picked = new ArrayList<>();
        for (Object o : devices) {
            if (deviceIds.contains(((Device) o).id())) {
                picked.add(o);
            }
        }
        if (picked.size() != deviceIds.size()) {
            return false;
        }
        viewer.setSelection(new StructuredSelection(picked), true);
        return true;
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }
}
