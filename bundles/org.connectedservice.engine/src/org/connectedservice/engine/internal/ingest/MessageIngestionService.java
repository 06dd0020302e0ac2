package org.connectedservice.engine.internal.ingest;

import java.time.Clock;
import java.util.function.Consumer;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.MessageIngestion;
import org.connectedservice.core.ingest.MessageIngestionFactory;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.QuarantineStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Opens ingestion front ends that quarantine into the workspace's store and type devices by the registry. */
@Component(service = MessageIngestionFactory.class)
public class MessageIngestionService implements MessageIngestionFactory {

    @Reference
    private QuarantineStore quarantine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceRegistry registry;

    @Override
    public MessageIngestion open(String source, Consumer<Reading> sink, IngestSettings settings) {
        return new IngestPipeline(source, RegistryLookup.snapshot(registry), quarantine, settings, Clock.systemUTC(),
                sink);
    }
}
