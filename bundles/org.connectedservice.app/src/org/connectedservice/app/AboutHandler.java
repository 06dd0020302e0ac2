package org.connectedservice.app;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

public class AboutHandler {

    @Execute
    public void execute(Shell shell) {
        MessageDialog.openInformation(shell, "About Connected Service Console", aboutText());
    }

    public static String aboutText() {
        return "Connected Service Console " + FrameworkUtil.getBundle(AboutHandler.class).getVersion()
                + "\n\nAzure IoT and Dynamics 365 Connected Customer Service, on your desktop."
                + "\nWorkspace: " + System.getProperty("osgi.instance.area", "(default)");
    }
}
