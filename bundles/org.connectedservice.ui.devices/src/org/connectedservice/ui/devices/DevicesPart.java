package org.connectedservice.ui.devices;

import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.DeviceManagement;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Devices and Commands: the registry on top; below it the command panel and the twin of the selected device. A thin
 * part: the sections do their service work in jobs and update on the UI thread.
 */
public class DevicesPart {

    public static final String ID = "org.connectedservice.ui.devices.part.devicesCommands";

    @Inject
    private DeviceManagement devices;

    @Inject
    private CommandService commands;

    private DeviceTable table;
    private CommandPanel commandPanel;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new DeviceTable(sash, devices);
        CTabFolder tabs = new CTabFolder(sash, SWT.BORDER);
        commandPanel = new CommandPanel(tabs, commands, devices);
        CTabItem commandTab = new CTabItem(tabs, SWT.NONE);
        commandTab.setText("Commands");
        commandTab.setControl(commandPanel.control());
        TwinPanel twin = new TwinPanel(tabs, devices);
        CTabItem twinTab = new CTabItem(tabs, SWT.NONE);
        twinTab.setText("Properties (twin)");
        twinTab.setControl(twin.control());
        tabs.setSelection(commandTab);
        sash.setWeights(35, 65);
        table.onSelection(selected -> {
            commandPanel.select(selected);
            twin.show(selected);
        });
    }

    @Focus
    public void focus() {
        table.control().setFocus();
    }

    @PreDestroy
    public void dispose() throws Exception {
        if (commandPanel != null) {
            commandPanel.dispose();
        }
    }
}
