package org.connectedservice.core.service;

import java.util.List;
import java.util.function.Consumer;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.IotAlert;

/** Local IoT alerts (msdyn_iotalert in Dynamics). Recording the same fault twice changes nothing. */
public interface AlertStore {

    /** Creates the alert for a raised fault, or marks it cleared; returns the alert as stored. */
    IotAlert record(Fault fault);

    List<IotAlert> newest(int limit);

    long count();

    /** Called on the recording thread for every alert created or changed. */
    AutoCloseable subscribe(Consumer<IotAlert> listener);
}
