package org.connectedservice.core.service;

import java.util.List;

import org.connectedservice.core.model.Device;

public interface DeviceRegistry {

    List<Device> devices();
}
