package org.sitrep.cli;

/** Whether a person is watching: progress bars only then. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
