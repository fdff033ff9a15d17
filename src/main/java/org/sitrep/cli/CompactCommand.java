package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compact", description = {"Rewrite the store's database without the free space earlier versions of its "
        + "pages left (H2 reuses it only slowly while a store is written fast).",
        "Run it when no other Sitrep command uses the store; it takes time in proportion to the store's size."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print JSON: {\"store\", \"bytesBefore\", \"bytesAfter\"}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Store.Compaction sizes = Store.compact(store.dir());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", store.dir().toString());
            out.put("bytesBefore", sizes.bytesBefore());
            out.put("bytesAfter", sizes.bytesAfter());
            System.out.println(Json.mapper().writeValueAsString(out));
        } else {
            System.out.printf(Locale.ROOT, "%s: %.1f MB -> %.1f MB%n", store.dir(), sizes.bytesBefore() / 1e6,
                    sizes.bytesAfter() / 1e6);
        }
        return 0;
    }
}
