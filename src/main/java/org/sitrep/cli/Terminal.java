package org.sitrep.cli;

/** Whether a person is watching (progress bars only then), and text cut to fit a line. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis. */
    static String abbreviate(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
