package org.connectedservice.simulator.internal.scenario;

import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.FileProblems;

/** Finds the model a scenario names. Problems inside a model file go to problems under that file's name. */
public interface ModelSource {

    /** A found model, or why there is none (then the scenario's field is to blame). */
    record Resolution(DeviceModel model, String missing) {
    }

    Resolution resolve(String reference, FileProblems problems);
}
