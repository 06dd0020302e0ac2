package org.connectedservice.app;

import org.connectedservice.core.connect.ConnectionProfiles;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** File > Connections...: edits the workspace's connection profile. */
public class ConnectionsHandler {

    @Execute
    public void execute(Shell shell, @Optional ConnectionProfiles profiles) {
        if (profiles == null) {
            MessageDialog.openError(shell, "Connections", "The connection profile service did not start;"
                    + " the console runs embedded. See the error log in the workspace's .metadata folder.");
            return;
        }
        new ConnectionsDialog(shell, profiles).open();
    }
}
