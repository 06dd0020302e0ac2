package org.connectedservice.app;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The application's life cycle hook: after the workbench has restored the layout saved by the last run, parts this
 * version ships that the layout lacks are added (see {@link NewParts}), so an upgrade shows them without losing the
 * user's arrangement.
 */
public class ModelUpgrade {

    static final String SHIPPED_MODEL = "org.connectedservice.app/Application.e4xmi";
    private static final Logger LOG = System.getLogger(ModelUpgrade.class.getName());

    @ProcessAdditions
    void addPartsNewInThisVersion(MApplication application) {
        try {
            List<String> added = NewParts.addMissing(shipped(), application);
            if (!added.isEmpty()) {
                LOG.log(Level.INFO, "added the parts new in this version to the saved layout: " + added);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not compare the saved layout with this version's parts; new parts may be "
                    + "missing until the console is started once with -clearPersistedState", e);
        }
    }

    private static MApplication shipped() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        Resource model = resources.getResource(URI.createPlatformPluginURI(SHIPPED_MODEL, true), true);
        return (MApplication) model.getContents().get(0);
    }
}
