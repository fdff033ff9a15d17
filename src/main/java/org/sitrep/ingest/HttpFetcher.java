package org.sitrep.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * A polite HTTP client: a clear User-Agent, connect and read timeouts, a size cap, a bounded number of redirects,
 * robots.txt respected (crawler-commons) and its crawl delay kept, per host.
 */
public final class HttpFetcher implements Fetcher {
    public static final String AGENT_NAME = "Sitrep";
    public static final String USER_AGENT = AGENT_NAME + "/0.1 (crisis-news research; +https://github.com/sitrep-news/sitrep)";

    /** The limits of a fetch. */
    public record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                         Duration maxCrawlDelay) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5, Duration.ofSeconds(10));
        }
    }

    private final Limits limits;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> lastFetch = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    public HttpFetcher(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Response fetch(URI uri) throws InputException {
        URI current = uri;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            checkScheme(current);
            BaseRobotRules rules = rulesFor(current);
            if (!rules.isAllowed(current.toString())) {
                throw new InputException("disallowed by robots.txt of " + current.getHost());
            }
            politeWait(current, rules);
            HttpURLConnection conn = open(current);
            try {
                int status = conn.getResponseCode();
                if (status >= 300 && status < 400 && conn.getHeaderField("Location") != null) {
                    current = resolve(current, conn.getHeaderField("Location"));
                    continue;
                }
                if (status != 200) {
                    throw new InputException("HTTP " + status + (conn.getResponseMessage() == null ? "" : " " + conn.getResponseMessage()));
                }
                return new Response(uri, current, conn.getContentType(), readBody(conn));
            } catch (SocketTimeoutException e) {
                throw new InputException("timed out reading " + current + " (read timeout " + limits.readTimeout().toSeconds() + " s)", e);
            } catch (IOException e) {
                throw new InputException(describe(e), e);
            } finally {
                conn.disconnect();
            }
        }
        throw new InputException("more than " + limits.maxRedirects() + " redirects");
    }

    private static void checkScheme(URI uri) throws InputException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException("only http and https URLs are fetched, not " + uri);
        }
        if (uri.getHost() == null) {
            throw new InputException("no host in URL " + uri);
        }
    }

    private HttpURLConnection open(URI uri) throws InputException {
        try {
            HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
            conn.setInstanceFollowRedirects(false);
            conn.setConnectTimeout((int) limits.connectTimeout().toMillis());
            conn.setReadTimeout((int) limits.readTimeout().toMillis());
            conn.setRequestProperty("User-Agent", USER_AGENT);
            conn.setRequestProperty("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,*/*;q=0.8");
            conn.setRequestProperty("Accept-Encoding", "gzip");
            return conn;
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("cannot open " + uri + ": " + e.getMessage(), e);
        }
    }

    private byte[] readBody(HttpURLConnection conn) throws IOException, InputException {
        long declared = conn.getContentLengthLong();
        if (declared > limits.maxBytes() && !"gzip".equalsIgnoreCase(conn.getContentEncoding())) {
            throw new InputException("response too large: " + Sizes.human(declared) + " (limit " + Sizes.human(limits.maxBytes()) + ")");
        }
        try (InputStream raw = conn.getInputStream();
             InputStream in = "gzip".equalsIgnoreCase(conn.getContentEncoding()) ? new GZIPInputStream(raw) : raw) {
            return Sizes.readCapped(in, limits.maxBytes(), "response");
        }
    }

    private static URI resolve(URI base, String location) throws InputException {
        try {
            return base.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            throw new InputException("bad redirect location: " + location, e);
        }
    }

    private BaseRobotRules rulesFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return robots.computeIfAbsent(key, k -> {
            URI robotsUri = URI.create(k + "/robots.txt");
            try {
                HttpURLConnection conn = open(robotsUri);
                try {
                    int status = conn.getResponseCode();
                    if (status == 200) {
                        byte[] body = readBody(conn);
                        return robotsParser.parseContent(robotsUri.toString(), body, conn.getContentType(),
                                List.of(AGENT_NAME.toLowerCase(Locale.ROOT)));
                    }
                    // RFC 9309: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) nothing
                    return new SimpleRobotRules(status >= 500 ? SimpleRobotRules.RobotRulesMode.ALLOW_NONE
                            : SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                } finally {
                    conn.disconnect();
                }
            } catch (IOException | InputException e) {
                // Unreachable host: the fetch itself will say why.
                return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            }
        });
    }

    private void politeWait(URI uri, BaseRobotRules rules) {
        long delay = rules.getCrawlDelay();
        if (delay <= 0) {
            return;
        }
        delay = Math.min(delay, limits.maxCrawlDelay().toMillis());
        Long last = lastFetch.get(uri.getHost());
        long now = System.currentTimeMillis();
        if (last != null && now - last < delay) {
            try {
                Thread.sleep(delay - (now - last));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastFetch.put(uri.getHost(), System.currentTimeMillis());
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "cannot connect: " + e.getMessage();
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
