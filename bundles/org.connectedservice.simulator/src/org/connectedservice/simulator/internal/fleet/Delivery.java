package org.connectedservice.simulator.internal.fleet;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;

/**
 * What one advance of the fleet produced, in the order devices sent it. It is handed on after the fleet's lock is
 * released, so a slow receiver never blocks the UI asking for device states.
 */
public final class Delivery {

    private final List<Object> items = new ArrayList<>();

    void add(Object readingOrMessage) {
        items.add(readingOrMessage);
    }

    public int size() {
        return items.size();
    }

    public void deliverTo(TelemetrySink sink) {
        for (Object item : items) {
            if (item instanceof Reading reading) {
                sink.reading(reading);
            } else {
                sink.message((SimulatedMessage) item);
            }
        }
    }
}
