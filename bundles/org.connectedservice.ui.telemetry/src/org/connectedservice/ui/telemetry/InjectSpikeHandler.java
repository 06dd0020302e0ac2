package org.connectedservice.ui.telemetry;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.SimulatorControl;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Makes the selected simulated device send a reading far past its threshold, so anyone can watch an alert appear. */
public class InjectSpikeHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Device;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Device device, SimulatorControl simulator,
            Shell shell) {
        try {
            simulator.injectSpike(device.id());
        } catch (IllegalArgumentException e) {
            MessageDialog.openWarning(shell, "Cannot inject a spike", e.getMessage());
        }
    }
}
