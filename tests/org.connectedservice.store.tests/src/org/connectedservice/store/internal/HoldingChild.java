package org.connectedservice.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Child JVM main: a console holding the database open until its standard input is closed. */
public final class HoldingChild {

    private HoldingChild() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("open " + database.location());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
