package org.sitrep.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The embedded text index: a Lucene directory under the store. */
public final class LuceneTextIndex implements TextIndex {
    private static final String CHANGE_KEY = "sitrep.changeSeq";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private LuceneTextIndex(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    public static LuceneTextIndex open(Path dir) {
        return open(dir, false);
    }

    /**
     * @param empty whether to start from an empty index, whatever the folder holds (the store then indexes every
     *              article again)
     */
    static LuceneTextIndex open(Path dir, boolean empty) {
        try {
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(empty ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            try {
                return new LuceneTextIndex(directory, new IndexWriter(directory, config));
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new StoreException("the index " + dir + " is in use by another Sitrep process", e);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void index(Article a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("title", nullToEmpty(a.title()), Field.Store.YES));
        doc.add(new TextField("text", nullToEmpty(a.text()), Field.Store.NO));
        doc.add(new StoredField("published", nullToEmpty(a.published())));
        if (a.language() != null) {
            doc.add(new StringField("language", a.language(), Field.Store.NO));
        }
        if (a.publishedDay() != null) {
            doc.add(new StringField("day", a.publishedDay().toString(), Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term("id", a.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String articleId) {
        try {
            writer.deleteDocuments(new Term("id", articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long changeSeq) {
        try {
            writer.setLiveCommitData(Map.of(CHANGE_KEY, Long.toString(changeSeq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long committedChange() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (CHANGE_KEY.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    @Override
    public long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public List<Hit> search(String queryText, int limit) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer,
                    Map.of("title", 2f, "text", 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query query;
            try {
                query = parser.parse(queryText);
            } catch (ParseException e) {
                query = parser.parse(QueryParser.escape(queryText));
            }
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, limit)).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(d.get("id"), d.get("title"), emptyToNull(d.get("published")), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query: " + e.getMessage(), e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        try {
            writer.rollback(); // uncommitted changes are re-derived from the record store on the next open
        } catch (IOException e) {
            // closing anyway
        }
        try {
            directory.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
