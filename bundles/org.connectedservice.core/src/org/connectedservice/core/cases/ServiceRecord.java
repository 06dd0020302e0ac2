package org.connectedservice.core.cases;

import java.time.Instant;

/** What an agent made of an alert: a case or a work order, each about one device and made by someone at a time. */
public sealed interface ServiceRecord permits ServiceCase, WorkOrder {

    String id();

    String deviceId();

    Instant created();

    String createdBy();
}
