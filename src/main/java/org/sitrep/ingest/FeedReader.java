package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/** An RSS or Atom feed (Rome): each item's link is fetched and becomes one document, with the item's metadata. */
final class FeedReader implements RawReader {
    private final Fetcher fetcher;
    private final RawReader pageReader;

    FeedReader(Fetcher fetcher, RawReader pageReader) {
        this.fetcher = fetcher;
        this.pageReader = pageReader;
    }

    @Override
    public void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(in));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException("not an RSS/Atom feed: " + e.getMessage(), e);
        }
        String base = payload.hints().getOrDefault(RawDocument.HINT_URL, feed.getLink());
        int item = 0;
        for (SyndEntry entry : feed.getEntries()) {
            item++;
            String where = payload.name() + "#item=" + item;
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                sink.fail(where, "the item has no link");
                continue;
            }
            Map<String, String> hints = new HashMap<>();
            hints.put("feed", payload.name());
            if (feed.getTitle() != null) {
                hints.put("feedTitle", feed.getTitle().strip());
            }
            if (entry.getTitle() != null) {
                hints.put(RawDocument.HINT_TITLE, entry.getTitle().strip());
            }
            if (entry.getPublishedDate() != null) {
                hints.put(RawDocument.HINT_PUBLISHED, entry.getPublishedDate().toInstant().toString());
            } else if (entry.getUpdatedDate() != null) {
                hints.put(RawDocument.HINT_PUBLISHED, entry.getUpdatedDate().toInstant().toString());
            }
            if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
                hints.put("author", entry.getAuthor().strip());
            }
            SyndContent description = entry.getDescription();
            if (description != null && description.getValue() != null) {
                hints.put("summary", description.getValue().strip());
            }
            URI uri;
            try {
                uri = base == null ? new URI(link.strip()) : new URI(base).resolve(new URI(link.strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                sink.fail(where, "bad item link " + link);
                continue;
            }
            hints.put(RawDocument.HINT_URL, uri.toString());
            try {
                Fetcher.Response response = fetcher.fetch(uri);
                hints.put(RawDocument.HINT_URL, response.finalUri().toString());
                Payload page = new Payload(uri.toString(), () -> new java.io.ByteArrayInputStream(response.body()),
                        response.body().length, response.mediaType(), hints);
                pageReader.read(page, page.opener().open(), sink);
            } catch (InputException e) {
                sink.fail(where + " " + uri, e.getMessage());
            }
        }
        if (item == 0) {
            sink.warn(payload.name(), "the feed has no items");
        }
    }

}
