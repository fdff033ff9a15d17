package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared data (../shared beside the checkout): seeds, corpora, evaluation sets. */
public final class TestData {
    private TestData() {
    }

    public static Path shared(String relative) {
        Path p = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing shared data " + p.toAbsolutePath()
                    + ": the tests expect ../shared beside the checkout (or -Dsitrep.shared=DIR)");
        }
        return p;
    }

    public static Path seeds() {
        return shared("seeds");
    }

    public static Path pressReleases() {
        return shared("corpora/ru-ua-press-releases");
    }
}
