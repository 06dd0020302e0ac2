package org.connectedservice.app;

import java.net.URI;
import java.net.URISyntaxException;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubConnectionString;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.connect.SqlSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Which stages leave the workbench: an IoT Hub, a Dynamics 365 organization, Azure SQL. Each section is off unless
 * ticked, so the default stays fully embedded. OK checks and stores the profile; a wrong field keeps the dialog
 * open with a message saying what to fix, and nothing typed is lost.
 */
public class ConnectionsDialog extends TitleAreaDialog {

    private static final String TOKEN_ENDPOINT = "https://login.microsoftonline.com/%s/oauth2/v2.0/token";

    private final ConnectionProfiles profiles;
    private final ConnectionProfile current;
    private Button useHub;
    private Text hubConnection;
    private Combo protocol;
    private Button bulk;
    private Button useDynamics;
    private Text organization;
    private Text tenant;
    private Text clientId;
    private Text clientSecret;
    private Button useSql;
    private Text jdbcUrl;
    private Text sqlUser;
    private Text sqlPassword;

    public ConnectionsDialog(Shell parent, ConnectionProfiles profiles) {
        super(parent);
        this.profiles = profiles;
        this.current = profiles.active();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connections");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Where the console's stages run");
        setMessage("Unticked parts run embedded, with no account and no network.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        hubSection(body);
        dynamicsSection(body);
        sqlSection(body);
        enableSections();
        return area;
    }

    private void hubSection(Composite body) {
        Group group = group(body, "Azure IoT Hub");
        IotHubSettings hub = current.iotHub();
        useHub = check(group, "Send simulated devices through an IoT Hub", hub != null);
        hubConnection = field(group, "Connection string", hub == null ? "" : IotHubConnectionString.format(hub),
                SWT.NONE);
        hubConnection.setMessage("HostName=<hub>.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=...");
        new Label(group, SWT.NONE).setText("Device protocol");
        protocol = new Combo(group, SWT.READ_ONLY);
        for (DeviceProtocol p : DeviceProtocol.values()) {
            protocol.add(p.name());
        }
        protocol.setText(hub == null ? DeviceProtocol.MQTT.name() : hub.deviceProtocol().name());
        bulk = check(group, "Create the simulated devices in the hub's registry, in bulk",
                hub != null && hub.createDevicesInBulk());
    }

    private void dynamicsSection(Composite body) {
        Group group = group(body, "Dynamics 365 (Dataverse)");
        DynamicsSettings dynamics = current.dynamics();
        useDynamics = check(group, "Mirror device registrations and commands to Dataverse", dynamics != null);
        organization = field(group, "Organization URL",
                dynamics == null ? "" : dynamics.organizationUrl().toString(), SWT.NONE);
        organization.setMessage("https://<org>.crm.dynamics.com");
        tenant = field(group, "Tenant or token URL", dynamics == null ? "" : dynamics.tokenEndpoint().toString(),
                SWT.NONE);
        tenant.setMessage("the directory (tenant) id, or the full OAuth2 token address");
        clientId = field(group, "Application (client) id", dynamics == null ? "" : dynamics.clientId(), SWT.NONE);
        clientSecret = field(group, "Client secret", dynamics == null ? "" : dynamics.clientSecret(),
                SWT.PASSWORD);
    }

    private void sqlSection(Composite body) {
        Group group = group(body, "Azure SQL");
        SqlSettings sql = current.sql();
        useSql = check(group, "Keep the outbox, alerts and history in Azure SQL", sql != null);
        jdbcUrl = field(group, "JDBC URL", sql == null ? "" : sql.jdbcUrl(), SWT.NONE);
        jdbcUrl.setMessage("jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;encrypt=true");
        sqlUser = field(group, "User", sql == null ? "" : sql.user(), SWT.NONE);
        sqlPassword = field(group, "Password", sql == null ? "" : sql.password(), SWT.PASSWORD);
    }

    private Group group(Composite body, String title) {
        Group group = new Group(body, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private Button check(Group group, String text, boolean selected) {
        Button box = new Button(group, SWT.CHECK);
        box.setText(text);
        box.setSelection(selected);
        box.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        box.addListener(SWT.Selection, e -> enableSections());
        return box;
    }

    private Text field(Group group, String label, String value, int style) {
        new Label(group, SWT.NONE).setText(label);
        Text text = new Text(group, SWT.BORDER | SWT.SINGLE | style);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 520;
        text.setLayoutData(layout);
        text.setText(value);
        return text;
    }

    private void enableSections() {
        hubConnection.setEnabled(useHub.getSelection());
        protocol.setEnabled(useHub.getSelection());
        bulk.setEnabled(useHub.getSelection());
        for (Text text : new Text[] { organization, tenant, clientId, clientSecret }) {
            text.setEnabled(useDynamics.getSelection());
        }
        for (Text text : new Text[] { jdbcUrl, sqlUser, sqlPassword }) {
            text.setEnabled(useSql.getSelection());
        }
    }

    @Override
    protected void okPressed() {
        try {
            profiles.save(profile());
            super.okPressed();
        } catch (IllegalArgumentException e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
        }
    }

    ConnectionProfile profile() {
        IotHubSettings hub = useHub.getSelection() ? IotHubConnectionString.parse(hubConnection.getText(),
                DeviceProtocol.valueOf(protocol.getText()), bulk.getSelection()) : null;
        DynamicsSettings dynamics = useDynamics.getSelection()
                ? new DynamicsSettings(uri("Organization URL", organization.getText()), tokenEndpoint(),
                        clientId.getText().strip(), clientSecret.getText())
                : null;
        SqlSettings sql = useSql.getSelection()
                ? new SqlSettings(jdbcUrl.getText().strip(), sqlUser.getText().strip(), sqlPassword.getText())
                : null;
        String name = hub == null && dynamics == null && sql == null ? "Embedded" : "Connected";
        return new ConnectionProfile(name, hub, dynamics, sql);
    }

    private URI tokenEndpoint() {
        String text = tenant.getText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Tenant: enter the directory (tenant) id of the app registration,"
                    + " or the full token address");
        }
        return text.contains("://") ? uri("Token URL", text) : uri("Tenant", TOKEN_ENDPOINT.formatted(text));
    }

    private static URI uri(String field, String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(text, "an address needs https:// and a host name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not an address (" + e.getReason()
                    + "); use the form https://<org>.crm.dynamics.com");
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
