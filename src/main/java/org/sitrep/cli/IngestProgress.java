package org.sitrep.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.IngestListener;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows an ingest to a person: a progress bar (input read, documents/s, ETA) on a terminal, and one line on
 * standard error for each failure and warning, terminal or not.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
    private final PrintStream err;
    private final boolean showBar;
    private final boolean quiet;
    private ProgressBar bar;
    private long docs;
    private final java.util.concurrent.atomic.AtomicLong analyzed = new java.util.concurrent.atomic.AtomicLong();
    private long started;

    IngestProgress(PrintStream err, boolean showBar, boolean quiet) {
        this.err = err;
        this.showBar = showBar;
        this.quiet = quiet;
    }

    @Override
    public void onStart(long totalBytes) {
        started = System.nanoTime();
        if (showBar) {
            bar = new ProgressBarBuilder().setTaskName("Ingesting")
                    .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setUnit(" MiB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200)
                    .build();
        }
    }

    @Override
    public void onBytesRead(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public void onStored(RawDocument raw, Article article) {
        counted();
    }

    @Override
    public void onDuplicate(RawDocument raw) {
        counted();
    }

    @Override
    public void onAnalyzed(RawDocument raw, org.sitrep.analyze.AnalyzedArticle result) {
        analyzed.incrementAndGet();
        update();
    }

    private synchronized void counted() {
        docs++;
        update();
    }

    private synchronized void update() {
        if (bar != null) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            long n = analyzed.get();
            bar.setExtraMessage(n > 0
                    ? String.format(Locale.ROOT, "%d docs, %d analysed, %.1f docs/s", docs, n, n / seconds)
                    : String.format(Locale.ROOT, "%d docs, %.0f docs/s", docs, docs / seconds));
        }
    }

    @Override
    public void onFailure(String where, String reason) {
        err.println("sitrep: " + where + ": " + reason);
    }

    @Override
    public void onWarning(String where, String reason) {
        if (!quiet) {
            err.println("sitrep: warning: " + where + ": " + reason);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
