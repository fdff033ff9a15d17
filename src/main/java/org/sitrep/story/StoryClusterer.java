package org.sitrep.story;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups articles into stories as they arrive (in date order). An article joins the most similar story when the
 * similarity passes a threshold, else it starts one. Similarity combines the cosine of TF-IDF term vectors (stemmed
 * English terms, document frequencies counted as articles arrive), the cosine of canonical entity vectors weighted by
 * their rarity (so that a story does not grow more attractive with every entity it gathers; an article that hardly
 * shares the story's actors needs more shared text), and the time since the story's last article beyond a window
 * (months, when the article names an actor of the story's own).
 * Candidate stories come from an inverted index of each story's main terms, queried with all of the article's terms
 * (its rarest are often its own, what it shares with a story are commoner words); terms found in more than
 * {@value #LONGEST_POSTING} open stories are not looked up, so an article costs about the same whatever the number of
 * stories.
 * Near-duplicates (MinHash over word shingles, found through LSH bands: {@link NearDuplicates}) and reposts of one
 * original (same original URL) are marked as copies of their canonical copy, the first to arrive. The whole state can
 * be saved and loaded, so that a store's stories grow as articles arrive instead of being recomputed; what an article
 * is compared with stays bounded: stories quiet for {@value #CLOSED_AFTER_WINDOWS} windows leave the candidate index
 * and keep only what their label reads, an open story keeps its weightiest terms and entities, candidates are looked
 * up in at most {@value #POSTINGS_READ} postings (the article's rarest words first), and duplicate signatures older
 * than {@value #DUPLICATE_DAYS} days are dropped.
 */
public final class StoryClusterer {

    /**
     * @param threshold    the similarity an article needs to join a story
     * @param windowDays   the gap after which a story's pull fades
     * @param entityWeight the share of entity overlap in the similarity (when the article has entities)
     * @param duplicate    the estimated shingle Jaccard from which an article is a near-duplicate
     */
    public record Settings(double threshold, int windowDays, double entityWeight, double duplicate) {
        public static Settings defaults() {
            return new Settings(0.15, 21, 0.35, 0.7);
        }
    }

    /** The first and last four bytes of a saved state ("SRST"). */
    private static final int MAGIC = 0x53525354;
    private static final int FORMAT = 8;
    /**
     * Below this entity cosine an article hardly shares the story's actors, and its similarity counts
     * {@link #UNSHARED_ACTORS_FACTOR} of itself: text alone must be stronger to join (earnings briefs of two companies
     * share their words, not their story).
     */
    private static final double WEAK_ENTITY_OVERLAP = 0.15;
    private static final double UNSHARED_ACTORS_FACTOR = 0.7;
    /** How many of a story's articles name an actor of its own, at least (see {@link #namesItsOwnActor}). */
    private static final int OWN_ACTOR_ARTICLES = 3;
    /** The share of the articles naming an actor that its own story holds, at least. */
    private static final double OWN_ACTOR_SHARE = 0.8;
    private static final double PRIOR_ARTICLES = 10;
    private static final int CLOSED_AFTER_WINDOWS = 8;
    private static final int DUPLICATE_DAYS = 60;
    private static final int PRUNE_EVERY = 1024;
    private static final int ARTICLE_TERMS = 60;
    private static final int STORY_TERMS = 120;
    private static final int STORY_INDEXED = 80;
    /** What a closed story keeps of its terms, entities and key phrases: the most weighty, for its label. */
    private static final int CLOSED_KEEPS = 20;
    /** The entities a story keeps, when it has gathered twice as many: the ones most of its articles name. */
    private static final int STORY_ENTITIES = 120;
    /** The end of a sentence: a full stop, question or exclamation mark after a word of two letters or more. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2})[.!?](?=\\s)");
    private static final int CANDIDATES = 20;
    private static final int LONGEST_POSTING = 5000;
    /**
     * How many postings an article's candidates are looked up in at most, its weightiest (rarest) words first: the
     * cost of an article stays the same however many stories are open.
     */
    private static final int POSTINGS_READ = 20_000;
    private static final int LABEL_ENTITIES = 3;
    private static final int LABEL_TERMS = 3;
    /** At most this many of a label's terms are key phrases of its headlines. */
    private static final int LABEL_PHRASES = 2;
    /** The headline phrases a story keeps, when it has gathered twice as many (the most shared ones). */
    private static final int STORY_PHRASES = 100;
    /** The main entities whose names can stand for a label's terms. */
    private static final int NAMING_ENTITIES = 10;
    /** The story's entities most named in the store whose names a key phrase may not repeat either. */
    private static final int COMMONEST_ENTITIES = 5;

    private final Settings settings;
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final Map<String, Integer> termDf = new HashMap<>();
    private final Map<String, Integer> entityDf = new HashMap<>();
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private int articles;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Set<Integer>> postings = new HashMap<>();
    private final Map<String, Integer> clusterOf = new HashMap<>();
    private final NearDuplicates duplicates;
    /** The stories in the candidate index (those not closed): what pruning looks at. */
    private final Set<Integer> open = new HashSet<>();
    private LocalDate newest;

    private static final class Cluster {
        final int index;
        final Map<String, Double> centroid = new HashMap<>();
        final Map<String, Integer> entities = new HashMap<>();
        /** Key phrases of the members' headlines: how many headlines hold each, and its form as written. */
        final Map<String, Integer> phrases = new HashMap<>();
        final Map<String, String> phraseForms = new HashMap<>();
        final List<String> members = new ArrayList<>();
        final Map<String, String> copies = new LinkedHashMap<>();
        LocalDate first;
        LocalDate last;
        Set<String> indexed = new HashSet<>();

        Cluster(int index) {
            this.index = index;
        }
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
        this.duplicates = new NearDuplicates(settings.duplicate());
    }

    /** How many stories are still in the candidate index (not quiet for {@value #CLOSED_AFTER_WINDOWS} windows). */
    public int openStories() {
        return open.size();
    }

    /** What each story holds for comparisons and its label: terms, entities and key phrases, by story index. */
    Map<Integer, Integer> heldPerStory() {
        Map<Integer, Integer> out = new HashMap<>();
        for (Cluster c : clusters) {
            out.put(c.index, c.centroid.size() + c.entities.size() + c.phrases.size());
        }
        return out;
    }

    /** Whether this article has been added. */
    public boolean contains(String articleId) {
        return clusterOf.containsKey(articleId);
    }

    /** Adds one article; articles should arrive in date order (later ones out of order still join a story). */
    public void add(StoryArticle a) {
        Map<String, Integer> tf = terms(a);
        articles++;
        if (a.day() != null && (newest == null || a.day().isAfter(newest))) {
            newest = a.day();
        }
        if (articles % PRUNE_EVERY == 0) {
            prune();
        }
        for (String t : tf.keySet()) {
            termDf.merge(t, 1, Integer::sum);
        }
        for (String e : a.entities()) {
            entityDf.merge(e, 1, Integer::sum);
        }
        Map<String, Double> vector = vector(tf);

        String canonical = duplicates.canonicalCopy(a);
        Cluster best = null;
        if (canonical != null && clusterOf.containsKey(canonical)) {
            best = clusters.get(clusterOf.get(canonical)); // a copy belongs where its original is
        } else {
            double bestScore = settings.threshold();
            for (Cluster c : candidates(vector)) {
                double s = similarity(a, vector, c);
                if (s >= bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
        }
        boolean grown = best != null;
        if (best == null) {
            best = new Cluster(clusters.size());
            clusters.add(best);
        }
        join(best, a, vector, canonical, KeyPhrases.distinct(headline(a)));
        if (grown) {
            absorbLoneArticles(best, vector);
        }
    }

    /**
     * Lets stories of one article join a story that has just grown, when they now pass the threshold against it: an
     * article that came before its story existed (the announcement of talks, before the talks) started a story of its
     * own, and gets a second chance once the story has formed. Candidates come from the index, as for an article.
     */
    private void absorbLoneArticles(Cluster story, Map<String, Double> vector) {
        for (Cluster lone : candidates(vector)) {
            if (lone == story || lone.members.size() != 1 || !lone.copies.isEmpty()) {
                continue;
            }
            String id = lone.members.get(0);
            StoryArticle alone = new StoryArticle(id, null, "", lone.first, lone.entities.keySet(), null);
            Map<String, Double> loneVector = new HashMap<>(lone.centroid);
            if (similarity(alone, loneVector, story) >= settings.threshold()) {
                Map<String, KeyPhrases.Phrase> lonePhrases = new HashMap<>(); // its forms fill in, never replace
                lone.phraseForms.forEach((key, form) -> lonePhrases.put(key, new KeyPhrases.Phrase(key, form, true)));
                unindex(lone);
                lone.members.clear();
                lone.centroid.clear();
                lone.entities.clear();
                lone.phrases.clear();
                lone.phraseForms.clear();
                open.remove(lone.index);
                join(story, alone, loneVector, null, lonePhrases);
            }
        }
    }

    /** Bounds what new articles are compared with: closed stories leave the index, old signatures are dropped. */
    private void prune() {
        if (newest == null) {
            return;
        }
        LocalDate closed = newest.minusDays((long) CLOSED_AFTER_WINDOWS * settings.windowDays());
        for (java.util.Iterator<Integer> it = open.iterator(); it.hasNext(); ) {
            Cluster c = clusters.get(it.next());
            if (c.last != null && c.last.isBefore(closed)) {
                it.remove();
                unindex(c);
                keepOnlyTheLabel(c);
            }
        }
        duplicates.forgetBefore(newest.minusDays(DUPLICATE_DAYS));
    }

    /**
     * A closed story is no longer compared with new articles: of its centroid, entities and key phrases it keeps what
     * its label reads ({@value #CLOSED_KEEPS} of each, and its entities commonest in the store), so that the state of
     * a store grows with its articles' ids, not with every term and name of every story it ever had.
     */
    private void keepOnlyTheLabel(Cluster c) {
        Set<String> terms = c.centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(CLOSED_KEEPS).map(Map.Entry::getKey).collect(Collectors.toSet());
        c.centroid.keySet().retainAll(terms);
        Set<String> entities = topEntities(c, CLOSED_KEEPS).map(Map.Entry::getKey).collect(Collectors.toSet());
        commonestEntities(c).forEach(entities::add);
        c.entities.keySet().retainAll(entities);
        Set<String> phrases = keyPhrases(c).stream().limit(CLOSED_KEEPS).collect(Collectors.toSet());
        c.phrases.keySet().retainAll(phrases);
        c.phraseForms.keySet().retainAll(phrases);
    }

    /**
     * Writes the whole state to {@code file} (atomically: a temporary file, then a move) with a checkpoint of the
     * caller's choosing (the store's last change seen). The candidate index and the duplicate buckets are not written:
     * {@link #load} rebuilds them from the stories' indexed terms and the signatures, in the order they were made.
     */
    public void save(java.nio.file.Path file, long checkpoint) throws IOException {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                java.nio.file.Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            StateCodec.writeString(out, settings.toString());
            out.writeLong(checkpoint);
            out.writeInt(articles);
            StateCodec.writeDay(out, newest);
            StateCodec.writeCounts(out, termDf);
            StateCodec.writeCounts(out, entityDf);
            out.writeInt(surfaces.size());
            for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
                StateCodec.writeString(out, e.getKey());
                StateCodec.writeCounts(out, e.getValue());
            }
            out.writeInt(clusters.size());
            for (Cluster c : clusters) {
                writeCluster(out, c);
            }
            duplicates.write(out);
            out.writeInt(clusterOf.size());
            for (Map.Entry<String, Integer> e : clusterOf.entrySet()) {
                StateCodec.writeString(out, e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(open.size());
            for (int index : open) {
                out.writeInt(index);
            }
            out.writeInt(MAGIC); // the end: a file cut short is not taken for a whole one
        }
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeCluster(java.io.DataOutputStream out, Cluster c) throws IOException {
        out.writeInt(c.index);
        StateCodec.writeWeights(out, c.centroid);
        StateCodec.writeCounts(out, c.entities);
        StateCodec.writeCounts(out, c.phrases);
        StateCodec.writeStrings(out, c.phraseForms);
        StateCodec.writeAll(out, c.members);
        StateCodec.writeStrings(out, c.copies);
        StateCodec.writeDay(out, c.first);
        StateCodec.writeDay(out, c.last);
        StateCodec.writeAll(out, c.indexed);
    }

    private static Cluster readCluster(java.io.DataInputStream in) throws IOException {
        Cluster c = new Cluster(in.readInt());
        StateCodec.readWeights(in, c.centroid);
        StateCodec.readCounts(in, c.entities);
        StateCodec.readCounts(in, c.phrases);
        StateCodec.readStrings(in, c.phraseForms);
        c.members.addAll(StateCodec.readAll(in, ArrayList::new));
        StateCodec.readStrings(in, c.copies);
        c.first = StateCodec.readDay(in);
        c.last = StateCodec.readDay(in);
        c.indexed = StateCodec.readAll(in, HashSet::new);
        return c;
    }

    /** A clusterer read back from a file, with the checkpoint it was saved with. */
    public record Loaded(StoryClusterer clusterer, long checkpoint) {
    }

    /**
     * Reads a state written by {@link #save}; null when the file does not exist, was written by another format or
     * with other settings (the caller starts afresh); an {@link IOException} when it is not a whole saved state.
     */
    public static Loaded load(java.nio.file.Path file, Settings settings) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                java.nio.file.Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a saved state of the stories");
            }
            if (in.readInt() != FORMAT || !settings.toString().equals(StateCodec.readString(in))) {
                return null;
            }
            long checkpoint = in.readLong();
            StoryClusterer c = new StoryClusterer(settings);
            c.articles = in.readInt();
            c.newest = StateCodec.readDay(in);
            StateCodec.readCounts(in, c.termDf);
            StateCodec.readCounts(in, c.entityDf);
            for (int i = StateCodec.readSize(in); i > 0; i--) {
                Map<String, Integer> forms = new HashMap<>();
                String term = StateCodec.readString(in);
                StateCodec.readCounts(in, forms);
                c.surfaces.put(term, forms);
            }
            for (int i = StateCodec.readSize(in); i > 0; i--) {
                Cluster cluster = readCluster(in);
                if (cluster.index != c.clusters.size()) {
                    throw new IOException(file + " is not a whole saved state of the stories");
                }
                c.clusters.add(cluster);
                for (String t : cluster.indexed) {
                    c.postings.computeIfAbsent(t, k -> new HashSet<>()).add(cluster.index);
                }
            }
            c.duplicates.read(in);
            for (int i = StateCodec.readSize(in); i > 0; i--) {
                c.clusterOf.put(StateCodec.readString(in), in.readInt());
            }
            for (int i = StateCodec.readSize(in); i > 0; i--) {
                c.open.add(in.readInt());
            }
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a whole saved state of the stories");
            }
            return new Loaded(c, checkpoint);
        }
    }

    private List<Cluster> candidates(Map<String, Double> vector) {
        Map<Integer, Double> partial = new HashMap<>();
        int read = 0;
        for (Map.Entry<String, Double> term : vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .toList()) {
            if (read >= POSTINGS_READ) {
                break; // the rest are the article's commonest words, in the most stories, which tell the least
            }
            Set<Integer> p = postings.getOrDefault(term.getKey(), Set.of());
            if (p.size() <= LONGEST_POSTING) { // a word in more open stories tells none apart; the article's others will
                for (int c : p) {
                    partial.merge(c, term.getValue(), Double::sum);
                }
                read += p.size();
            }
        }
        return partial.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(CANDIDATES)
                .map(e -> clusters.get(e.getKey())).toList();
    }

    /**
     * The rarity of a term or entity seen in {@code df} of the articles so far, smoothed by {@value #PRIOR_ARTICLES}
     * articles that are assumed not to hold it: in a young store every shared word looks common (in five articles on
     * one crisis, "NATO" is in all five), and its weight would fall to nothing; in a grown store the prior fades.
     */
    private double idf(int df) {
        return Math.log((articles + PRIOR_ARTICLES) / (df + 1.0));
    }

    private double similarity(StoryArticle a, Map<String, Double> vector, Cluster c) {
        double dot = 0;
        double norm = 0;
        for (double v : c.centroid.values()) {
            norm += v * v;
        }
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            dot += e.getValue() * c.centroid.getOrDefault(e.getKey(), 0.0);
        }
        double cosine = norm == 0 ? 0 : dot / Math.sqrt(norm);
        double s = cosine;
        if (!a.entities().isEmpty()) {
            double ec = entityCosine(a.entities(), c);
            s = (1 - settings.entityWeight()) * cosine + settings.entityWeight() * ec;
            if (ec < WEAK_ENTITY_OVERLAP && !c.entities.isEmpty()) {
                s *= UNSHARED_ACTORS_FACTOR; // same words, other actors: a genre ("net income rose"), not a story
            }
        }
        if (a.day() != null && c.last != null) {
            long gap = Math.abs(ChronoUnit.DAYS.between(c.last, a.day()));
            if (gap > settings.windowDays()) {
                double fading = namesItsOwnActor(a, c) ? CLOSED_AFTER_WINDOWS : 1; // windows
                s *= Math.exp(-(gap - settings.windowDays()) / (fading * settings.windowDays()));
            }
        }
        return s;
    }

    /**
     * Whether the article names an actor of the story's own: one that {@value #OWN_ACTOR_ARTICLES} or more of the
     * story's articles name, and that at least {@value #OWN_ACTOR_SHARE} of the other articles naming it belong to
     * (a suspect, a victim, a negotiator). Such a story is recognised across months of silence: its pull fades over
     * the {@value #CLOSED_AFTER_WINDOWS} windows after which it closes instead of one, while an actor of every story
     * ("Vladimir Putin") keeps no story alive.
     */
    private boolean namesItsOwnActor(StoryArticle a, Cluster c) {
        for (String e : a.entities()) {
            int inStory = c.entities.getOrDefault(e, 0);
            int others = entityDf.getOrDefault(e, 1) - 1; // the article itself is counted already
            if (inStory >= OWN_ACTOR_ARTICLES && inStory >= OWN_ACTOR_SHARE * others) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cosine between the article's entities and the story's, each weighted by its rarity, the story's also by how
     * many of its articles name it: a story does not draw every article that names one of the many entities it has
     * gathered, only those that share the ones it is about.
     */
    private double entityCosine(Set<String> entities, Cluster c) {
        double dot = 0;
        double articleNorm = 0;
        for (String e : entities) {
            double w = idf(entityDf.getOrDefault(e, 1));
            articleNorm += w * w;
            dot += w * w * c.entities.getOrDefault(e, 0);
        }
        double storyNorm = 0;
        for (Map.Entry<String, Integer> e : c.entities.entrySet()) {
            double w = idf(entityDf.getOrDefault(e.getKey(), 1)) * e.getValue();
            storyNorm += w * w;
        }
        return articleNorm == 0 || storyNorm == 0 ? 0 : dot / Math.sqrt(articleNorm * storyNorm);
    }

    /**
     * @param phrases the key phrases of the article's headline
     */
    private void join(Cluster c, StoryArticle a, Map<String, Double> vector, String canonical,
                      Map<String, KeyPhrases.Phrase> phrases) {
        c.members.add(a.id());
        clusterOf.put(a.id(), c.index);
        if (canonical != null) {
            c.copies.put(a.id(), canonical);
        }
        if (a.day() != null) {
            c.first = c.first == null || a.day().isBefore(c.first) ? a.day() : c.first;
            c.last = c.last == null || a.day().isAfter(c.last) ? a.day() : c.last;
        }
        vector.forEach((t, v) -> c.centroid.merge(t, v, Double::sum));
        if (c.centroid.size() > STORY_TERMS * 2) {
            List<Map.Entry<String, Double>> top = c.centroid.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(STORY_TERMS).toList();
            Map<String, Double> kept = new HashMap<>();
            top.forEach(e -> kept.put(e.getKey(), e.getValue()));
            c.centroid.clear();
            c.centroid.putAll(kept);
        }
        for (String e : a.entities()) {
            c.entities.merge(e, 1, Integer::sum);
        }
        if (c.entities.size() > STORY_ENTITIES * 2) { // bounded, as the centroid is: each comparison reads them all
            Set<String> kept = c.entities.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(STORY_ENTITIES).map(Map.Entry::getKey).collect(Collectors.toSet());
            c.entities.keySet().retainAll(kept);
        }
        phrases.forEach((key, p) -> {
            c.phrases.merge(key, 1, Integer::sum);
            if (!p.opening() || !c.phraseForms.containsKey(key)) {
                c.phraseForms.put(key, p.surface()); // a form from within a headline shows a name's case
            }
        });
        if (c.phrases.size() > STORY_PHRASES * 2) {
            Set<String> kept = c.phrases.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(STORY_PHRASES).map(Map.Entry::getKey).collect(Collectors.toSet());
            c.phrases.keySet().retainAll(kept);
            c.phraseForms.keySet().retainAll(kept);
        }
        unindex(c);
        Set<String> top = c.centroid.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(STORY_INDEXED).map(Map.Entry::getKey).collect(Collectors.toSet());
        for (String t : top) {
            postings.computeIfAbsent(t, k -> new HashSet<>()).add(c.index);
        }
        c.indexed = top;
        open.add(c.index);
    }

    /** Takes a story out of the candidate index. */
    private void unindex(Cluster c) {
        for (String t : c.indexed) {
            Set<Integer> p = postings.get(t);
            if (p != null) {
                p.remove(c.index);
                if (p.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
        c.indexed = new HashSet<>();
    }

    /** An article's title, else its lead sentence. */
    private static String headline(StoryArticle a) {
        return a.title() != null && !a.title().isBlank() ? a.title() : lead(a.text());
    }

    /** Stemmed term counts of an article, the title (else its lead sentence) counted twice. */
    private Map<String, Integer> terms(StoryArticle a) {
        Map<String, Integer> tf = new HashMap<>();
        boolean titled = a.title() != null && !a.title().isBlank();
        String title = headline(a);
        String text = a.text().length() > 6000 ? a.text().substring(0, 6000) : a.text();
        // the lead is in the text already: counted once more, it weighs as a title does
        for (String field : titled ? new String[]{title, title, text} : new String[]{title, text}) {
            try (TokenStream ts = analyzer.tokenStream("t", field)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String t = term.toString();
                    if (t.length() > 2 && !t.chars().allMatch(Character::isDigit)) {
                        tf.merge(t, 1, Integer::sum);
                        String surface = field.substring(offset.startOffset(), offset.endOffset()).toLowerCase(java.util.Locale.ROOT);
                        surfaces.computeIfAbsent(t, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tf;
    }

    /**
     * The first sentence of eight words or more of an article (past a dateline such as "NAIROBI, Kenya (AP) _" or a
     * short opener): what a news lead states, standing in for a missing headline; else "".
     */
    static String lead(String text) {
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.strip().replaceAll("\\s+", " ");
            int from = 0;
            Matcher end = SENTENCE_END.matcher(p);
            while (from < p.length()) {
                int to = end.find() ? end.start() + 1 : Math.min(p.length(), from + 300);
                String sentence = p.substring(from, to).strip();
                if (sentence.split(" ").length >= 8) {
                    return sentence;
                }
                from = to;
            }
        }
        return "";
    }

    private Map<String, Double> vector(Map<String, Integer> tf) {
        Map<String, Double> weights = new HashMap<>();
        tf.forEach((t, n) -> weights.put(t, (1 + Math.log(n)) * idf(termDf.getOrDefault(t, 1))));
        List<Map.Entry<String, Double>> top = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(ARTICLE_TERMS).toList();
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : top) {
            out.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
        }
        return out;
    }

    /**
     * The stories so far, largest first.
     *
     * @param names canonical entity id -> name, for labels
     */
    public List<Story> stories(Map<String, String> names) {
        return stories(names, Map.of());
    }

    /**
     * The stories so far, largest first.
     *
     * @param names        canonical entity id -> name, for labels
     * @param surfaceForms entity id -> the other forms its name takes in the articles ("Joseph Biden" for Joe Biden),
     *                     so that a label's term from one of them is not repeated beside the name
     */
    public List<Story> stories(Map<String, String> names, Map<String, ? extends java.util.Collection<String>> surfaceForms) {
        List<Story> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.members.isEmpty()) {
                continue; // its one article joined another story
            }
            out.add(story(c, names, surfaceForms));
        }
        out.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return out;
    }

    /** The entities that label the stories (for looking up their names). */
    public Set<String> labelEntities() {
        Set<String> out = new HashSet<>();
        for (Cluster c : clusters) {
            out.addAll(labelEntities(c));
        }
        return out;
    }

    private Set<String> labelEntities(Cluster c) {
        Set<String> out = new HashSet<>();
        topEntities(c, NAMING_ENTITIES).forEach(e -> out.add(e.getKey()));
        commonestEntities(c).forEach(out::add);
        return out;
    }

    /**
     * The story an article is in, labelled as {@link #stories} labels it; empty when the article has not been added.
     *
     * @param names        the names of the entities asked for (canonical id -> name)
     * @param surfaceForms the other forms of the entities asked for
     */
    public java.util.Optional<Story> storyOf(String articleId,
            java.util.function.Function<Set<String>, Map<String, String>> names,
            java.util.function.Function<Set<String>, Map<String, ? extends java.util.Collection<String>>> surfaceForms) {
        Integer index = clusterOf.get(articleId);
        if (index == null) {
            return java.util.Optional.empty();
        }
        Cluster c = clusters.get(index);
        Set<String> labelling = labelEntities(c);
        return java.util.Optional.of(story(c, names.apply(labelling), surfaceForms.apply(labelling)));
    }

    private Story story(Cluster c, Map<String, String> names, Map<String, ? extends java.util.Collection<String>> surfaceForms) {
        return new Story("story-" + c.members.get(0), label(c, names, surfaceForms), c.members, c.first, c.last, c.copies);
    }

    /**
     * A story's entities that the most articles of the store name ("Volodymyr Zelensky"): a story of one article rarely
     * shows them, the rarer coming first, but its headline's phrases often hold their names.
     */
    private java.util.stream.Stream<String> commonestEntities(Cluster c) {
        return c.entities.keySet().stream().sorted(Comparator.comparing((String e) -> -entityDf.getOrDefault(e, 0))
                .thenComparing(e -> e)).limit(COMMONEST_ENTITIES);
    }

    /** A story's main entities: named by most articles, the rarer first among equals, then by id. */
    private java.util.stream.Stream<Map.Entry<String, Integer>> topEntities(Cluster c, int n) {
        return c.entities.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -idf(entityDf.getOrDefault(e.getKey(), 1)))
                        .thenComparing(Map.Entry::getKey)) // ties broken the same way on every run
                .limit(n);
    }

    /** Which story each article went to. */
    public Map<String, Integer> assignments() {
        return Map.copyOf(clusterOf);
    }

    /**
     * A story's label: its three main entities, then its three main terms, a term that is a word of one of the story's
     * main entities' names standing for that entity ("biden" and "joseph" give "Joseph Biden", once).
     */
    private String label(Cluster c, Map<String, String> names, Map<String, ? extends java.util.Collection<String>> surfaceForms) {
        List<String> ids = topEntities(c, NAMING_ENTITIES).map(Map.Entry::getKey).toList();
        List<String> entityNames = ids.stream().map(id -> names.getOrDefault(id, id)).toList();
        Map<String, Set<String>> wordsOf = new HashMap<>(); // a main entity's name -> the words of all its forms
        for (String id : ids) {
            Set<String> words = wordsOf.computeIfAbsent(names.getOrDefault(id, id), StoryClusterer::nameWords);
            java.util.Collection<String> forms = surfaceForms.get(id);
            if (forms != null) {
                forms.forEach(form -> words.addAll(nameWords(form)));
            }
        }
        List<String> parts = new ArrayList<>(entityNames.subList(0, Math.min(LABEL_ENTITIES, entityNames.size())));
        Set<String> named = new HashSet<>();
        wordsOf.values().forEach(named::addAll);
        commonestEntities(c).forEach(id -> {
            named.addAll(nameWords(names.getOrDefault(id, id)));
            java.util.Collection<String> forms = surfaceForms.get(id);
            if (forms != null) {
                forms.forEach(form -> named.addAll(nameWords(form)));
            }
        });
        Set<String> taken = new HashSet<>(); // the words of the phrases taken
        int terms = 0;
        // not a phrase with a word of a main actor's name, said already ("President of Kazakhstan Kassym-Jomart")
        List<String> phrases = keyPhrases(c).stream()
                .filter(key -> phraseWords(key).stream().noneMatch(named::contains)).toList();
        for (String key : phrases) {
            if (terms == LABEL_PHRASES) {
                break;
            }
            Set<String> words = phraseWords(key);
            boolean part = phrases.stream().anyMatch(longer -> longer.length() > key.length()
                    && (" " + longer + " ").contains(" " + key + " ") && c.phrases.get(longer) >= c.phrases.get(key));
            if (part || words.stream().anyMatch(taken::contains)) {
                continue; // "Munich Security" where "Munich Security Conference" is as common; a word of one taken
            }
            parts.add(c.phraseForms.getOrDefault(key, key));
            taken.addAll(words);
            terms++;
        }
        for (Map.Entry<String, Double> e : c.centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .toList()) {
            if (terms == LABEL_TERMS) {
                break;
            }
            String surface = surfaces.getOrDefault(e.getKey(), Map.of(e.getKey(), 1)).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(e.getKey());
            String part = entityNames.stream().filter(name -> wordsOf.get(name).contains(surface)).findFirst().orElse(surface);
            if (CalendarWords.is(surface)) {
                continue; // "thursday", "february": when, not what
            }
            if (parts.stream().noneMatch(p -> p.equalsIgnoreCase(part)) && !taken.contains(surface)) {
                parts.add(part);
                terms++;
            }
        }
        return String.join(", ", parts);
    }

    /**
     * A story's key phrases, best first: those that several of its headlines share (any, for a story of one), by how
     * many headlines hold them times the mean rarity of their words.
     */
    private List<String> keyPhrases(Cluster c) {
        int shared = c.members.size() > 1 ? 2 : 1;
        Map<String, Double> score = new HashMap<>();
        c.phrases.forEach((key, n) -> {
            if (n >= shared) {
                score.put(key, n * meanRarity(key));
            }
        });
        return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).toList();
    }

    /** The mean rarity of a phrase's stemmed words. */
    private double meanRarity(String phrase) {
        double sum = 0;
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("t", phrase)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sum += idf(termDf.getOrDefault(term.toString(), 1));
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The words of a phrase but "of". */
    private static Set<String> phraseWords(String phrase) {
        Set<String> words = nameWords(phrase);
        words.remove("of");
        return words;
    }

    private static Set<String> nameWords(String name) {
        return new HashSet<>(List.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }
}
