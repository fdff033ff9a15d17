package org.sitrep.cli;

import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, // --help everywhere
        version = "sitrep 0.1.0",
        description = "Crisis-news intelligence: ingest, extract, analyse, search, stories, timelines and situation reports.",
        subcommands = {IngestCommand.class, ReprocessCommand.class, StatsCommand.class, CompactCommand.class, ShowCommand.class,
                ExportCommand.class, SearchCommand.class, ExtractCommand.class, AnalyzeCommand.class, EntitiesCommand.class, QuotesCommand.class, StoriesCommand.class, TimelineCommand.class, ReportCommand.class, EvalCommand.class, BenchCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0 success, 1 failure, 2 usage error. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                commandLine.getErr().println("sitrep: " + pe.getMessage());
                return 2;
            }
            String message = e instanceof StoreException || e instanceof java.io.IOException ? e.getMessage() : e.toString();
            commandLine.getErr().println("sitrep: error: " + message);
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cmd.execute(args);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see sitrep --help)");
    }
}
