package org.connectedservice.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Child JVM main: appends faults one by one, reporting each after append returned, until it is killed. */
public final class AppendingChild {

    private AppendingChild() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        SqlFaultOutbox outbox = new SqlFaultOutbox(database, Clock.systemUTC());
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            outbox.append(List.of(Faults.raised(i)));
            System.out.println("appended " + i);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
    }
}
