package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportRenderer;
import org.sitrep.report.SituationReport;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", description = {"The situation report of a story (or of everything).",
        "Summary, key developments, actors, who said what, numbers, sources and charts, each line linked to its article."})
final class ReportCommand implements Callable<Integer> {
    enum Format { md, html, json }

    @Mixin
    StoreOption store;

    @Option(names = "--story", paramLabel = "ID", description = "A story id from `sitrep stories` (default: every article).")
    String story;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Only what had been published by this date (yyyy-MM-dd).")
    LocalDate asOf;

    @Option(names = "--since", paramLabel = "DATE", description = "Only what was published on or after this date, and "
            + "what happened from it on (yyyy-MM-dd): the report of a period.")
    LocalDate since;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (charts beside it for md).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (since != null && asOf != null && since.isAfter(asOf)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--since " + since + " is after --as-of " + asOf);
        }
        SituationReport report;
        try (Store s = store.open()) {
            report = new ReportBuilder().build(s, story, since, asOf);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        }
        String text = switch (format) {
            case html -> ReportRenderer.html(report);
            case json -> Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
            case md -> ReportRenderer.markdown(report, writeCharts(report));
        };
        if (output == null) {
            System.out.print(text);
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            System.err.println("Report written to " + output.toAbsolutePath());
        }
        return 0;
    }

    /** For Markdown written to a file: the charts as PNG files beside it. */
    private List<String> writeCharts(SituationReport report) throws Exception {
        List<String> names = new ArrayList<>();
        if (output == null) {
            return names;
        }
        String base = output.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        for (int i = 0; i < report.charts().size(); i++) {
            String name = base + "-chart-" + (i + 1) + ".png";
            Path dir = output.toAbsolutePath().getParent();
            Files.write(dir.resolve(name), report.charts().get(i).png());
            names.add(name);
        }
        return names;
    }
}
