package org.sitrep.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write every stored article with its metadata, as JSON Lines or CSV.")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try (Store s = store.open()) {
            if (format == Format.jsonl) {
                s.documents().forEachArticle(a -> {
                    try {
                        out.write(Json.mapper().writeValueAsString(a));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } else {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "title", "published",
                        "updated", "author", "site", "publisher", "url", "originalUrl", "language", "originalLanguage",
                        "machineTranslated", "text").get());
                s.documents().forEachArticle(a -> {
                    try {
                        csv.printRecord(a.id(), a.title(), a.published(), a.updated(), a.author(), a.site(), a.publisher(),
                                a.url(), a.originalUrl(), a.language(), a.originalLanguage(), a.machineTranslated(), a.text());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.flush();
            }
        } finally {
            if (output == null) {
                out.flush(); // standard output stays open
            } else {
                out.close();
            }
        }
        return 0;
    }
}
