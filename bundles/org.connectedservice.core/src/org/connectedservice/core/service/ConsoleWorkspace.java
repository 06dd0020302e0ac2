package org.connectedservice.core.service;

import java.nio.file.Path;

/** The user's workspace folder (instance area), where the database and rules live. */
public interface ConsoleWorkspace {

    Path directory();
}
