package org.sitrep.cli;

import org.sitrep.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store DIR} option every command takes. */
final class StoreOption {
    static final String DEFAULT = "sitrep-data";

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store directory (default: $SITREP_STORE, else ./" + DEFAULT + ").")
    Path store;

    Path dir() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("SITREP_STORE");
        return Path.of(env == null || env.isBlank() ? DEFAULT : env);
    }

    /** The store, which must exist: every command but {@code ingest} reads one. */
    Store open() {
        return reported(Store.openExisting(dir()));
    }

    /** The store, made when absent. */
    Store openOrCreate() {
        return reported(Store.open(dir()));
    }

    /** A store whose database had to be taken back to an earlier version says so, whatever else is quiet. */
    private static Store reported(Store s) {
        s.recovery().ifPresent(r -> System.err.printf(java.util.Locale.ROOT, "sitrep: warning: %s: the database did "
                + "not open (was a run killed while it wrote?); it was taken back to its last readable version, which "
                + "holds %,d raw documents, and the text index was rebuilt; the damaged file is kept as %s. Ingest the "
                + "same inputs again to store what was lost.%n", s.dir(), r.rawDocuments(), r.damagedFile()));
        return s;
    }
}
