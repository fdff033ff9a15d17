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
        return Store.openExisting(dir());
    }

    /** The store, made when absent. */
    Store openOrCreate() {
        return Store.open(dir());
    }
}
