package org.connectedservice.core.devices;

import java.util.List;

/** The outcome of changing a twin. */
public sealed interface TwinUpdate {

    /** The change is in the twin; twin is the twin after it. */
    record Applied(DeviceTwin twin) implements TwinUpdate {
    }

    /**
     * Someone changed the twin since it was read (its etag moved); nothing was written. current is the twin now and
     * otherChanges what the other change did (empty when the base it was read from is not known).
     */
    record Conflict(DeviceTwin current, List<TwinChange> otherChanges, String message) implements TwinUpdate {

        public Conflict {
            otherChanges = List.copyOf(otherChanges);
        }
    }

    /** The change was not accepted (unknown device, a patch that is not JSON); message says what to do. */
    record Refused(String message) implements TwinUpdate {
    }
}
