package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known publishers (a bundled, user-extendable data file): their usual name and language, found from a domain, a
 * URL, a name in another spelling or a slug ("lefigaro" -> Le Figaro).
 */
public final class Publishers {

    /** A publisher as the knowledge base knows it. */
    public record Publisher(String name, String language) {
    }

    private final Map<String, Publisher> byKey = new HashMap<>();

    /** The bundled list. */
    public static Publishers bundled() {
        try (InputStream in = Publishers.class.getResourceAsStream("publishers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("publishers.tsv is missing from the classpath");
            }
            return new Publishers().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the publishers of a user's file (same form: name, domains, language; tab-separated). */
    public Publishers withFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    private Publishers load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            Publisher p = new Publisher(cols[0].strip(), cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : null);
            byKey.put(key(p.name()), p);
            for (String domain : cols[1].split(",")) {
                String d = domain.strip().toLowerCase(Locale.ROOT);
                if (!d.isEmpty()) {
                    byKey.put(d, p);
                    byKey.put(key(stem(d)), p);
                }
            }
        }
        return this;
    }

    /** The publisher named or hinted by a string: a name, a slug, a domain or a URL. */
    public Optional<Publisher> find(String nameOrUrl) {
        if (nameOrUrl == null || nameOrUrl.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrUrl.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return byHost(hostOf(s));
        }
        if (s.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}")) {
            Optional<Publisher> byDomain = byHost(s.toLowerCase(Locale.ROOT));
            if (byDomain.isPresent()) {
                return byDomain;
            }
        }
        return Optional.ofNullable(byKey.get(key(s)));
    }

    private Optional<Publisher> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        while (h.contains(".")) {
            Publisher p = byKey.get(h);
            if (p != null) {
                return Optional.of(p);
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "lefigaro.fr" -> "lefigaro"; "bbc.co.uk" -> "bbc". */
    private static String stem(String domain) {
        String d = domain.replaceFirst("^www\\.", "");
        int dot = d.indexOf('.');
        return dot < 0 ? d : d.substring(0, dot);
    }

    /** Lower case, accents and everything but letters and digits dropped. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
