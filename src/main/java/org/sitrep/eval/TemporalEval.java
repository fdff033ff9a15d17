package org.sitrep.eval;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.sitrep.analyze.AnnotatedText;
import org.sitrep.analyze.CoreNlp;
import org.sitrep.analyze.TimeExpression;
import org.sitrep.analyze.time.TimeTagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Time expressions on TempEval-3 TimeML (TBAQ layout: *.tml below DIR), the document creation time as the reference
 * date. TempEval-3 Task A: strict (same extent) and relaxed (overlapping extent) precision, recall and F1; value and
 * type F1 = relaxed F1 x the attribute's accuracy over relaxed matches. Sitrep's own tagger and, beside it, bare
 * SUTime (as CoreNLP runs it, up to NER) are scored on the same documents; tokens/s for both count the tagger's tokens.
 */
public final class TemporalEval {
    /** Timed passes of Sitrep's tagger over the whole set (after one untimed pass); the fastest counts. */
    private static final int TIMED_PASSES = 3;

    public record Prf(double precision, double recall, double f1) {
    }

    public record Attribute(double accuracy, double f1) {
    }

    public record Result(Prf strict, Prf relaxed, Attribute value, Attribute type, int n, Double docsPerSecond,
                         Double tokensPerSecond) {
    }

    public record Report(Prf strict, Prf relaxed, Attribute value, Attribute type, int n, double docsPerSecond,
                         double tokensPerSecond, Map<String, Result> peers) {
    }

    /** A gold document: its plain text, creation date and TIMEX3 annotations (the DCT excluded). */
    record GoldDoc(String name, String text, LocalDate dct, List<TimeExpression> timexes) {
    }

    /**
     * @param mismatches where to write the relaxed matches whose value differs from the gold (tab-separated: document, offset,
     *                   type, gold text, gold value, Sitrep's text, Sitrep's value; "-" for what one side
     *                   lacks: missed and spurious expressions), or null
     * @param peers      whether to run SUTime beside (slow: CoreNLP's pipeline up to NER)
     */
    public Report run(Path dir, int limit, Path mismatches, boolean peers) throws IOException {
        List<GoldDoc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                if (limit > 0 && docs.size() >= limit) {
                    break;
                }
                docs.add(read(f));
            }
        }
        TimeTagger tagger = new TimeTagger();
        Counts sitrep = new Counts();
        if (mismatches != null) {
            sitrep.mismatches = new ArrayList<>();
        }
        long tokens = docs.stream().mapToLong(d -> TimeTagger.tokenCount(d.text())).sum();
        List<List<TimeExpression>> ours = new ArrayList<>();
        for (GoldDoc d : docs) {
            ours.add(tagger.tag(d.text(), d.dct())); // also the warm-up
        }
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long t0 = System.nanoTime();
            for (GoldDoc d : docs) {
                tagger.tag(d.text(), d.dct());
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        for (int i = 0; i < docs.size(); i++) {
            sitrep.document = docs.get(i).name();
            sitrep.add(docs.get(i).timexes(), ours.get(i));
            sitrep.spurious(docs.get(i).timexes(), ours.get(i));
        }
        if (mismatches != null) {
            Files.write(mismatches, sitrep.mismatches);
        }
        Map<String, Result> peerResults = new LinkedHashMap<>();
        if (peers && !docs.isEmpty()) {
            CoreNlp nlp = new CoreNlp(CoreNlp.Mode.TIMES);
            nlp.annotate(docs.get(0).text(), docs.get(0).dct()); // warm-up
            Counts sutime = new Counts();
            long engineNanos = 0;
            for (GoldDoc d : docs) {
                long t0 = System.nanoTime();
                AnnotatedText annotated = nlp.annotate(d.text(), d.dct());
                engineNanos += System.nanoTime() - t0;
                sutime.add(d.timexes(), annotated.times());
            }
            double engineSeconds = engineNanos / 1e9;
            peerResults.put("sutime", sutime.result(docs.size(), docs.size() / engineSeconds, tokens / engineSeconds));
        }
        double seconds = best / 1e9;
        Result r = sitrep.result(docs.size(), docs.size() / seconds, tokens / seconds);
        return new Report(r.strict(), r.relaxed(), r.value(), r.type(), r.n(), r.docsPerSecond(), r.tokensPerSecond(), peerResults);
    }

    static GoldDoc read(Path file) throws IOException {
        Document xml = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element dctTimex = xml.selectFirst("DCT > TIMEX3");
        LocalDate dct = dctTimex == null ? null : LocalDate.parse(dctTimex.attr("value").substring(0, 10));
        Element textElement = xml.selectFirst("TEXT");
        StringBuilder text = new StringBuilder();
        List<TimeExpression> timexes = new ArrayList<>();
        if (textElement != null) {
            flatten(textElement, text, timexes);
        }
        return new GoldDoc(file.getFileName().toString(), text.toString(), dct, timexes);
    }

    private static void flatten(Node node, StringBuilder text, List<TimeExpression> timexes) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                int start = text.length();
                flatten(e, text, timexes);
                if (e.tagName().equals("TIMEX3")) {
                    timexes.add(new TimeExpression(text.substring(start), start, text.length(), e.attr("type"), e.attr("value")));
                }
            }
        }
    }

    /** TempEval-3 counts over a corpus. */
    static final class Counts {
        int gold;
        int system;
        int strict;
        int relaxed;
        int valueRight;
        int typeRight;
        List<String> mismatches;
        String document = "";

        void add(List<TimeExpression> goldTimes, List<TimeExpression> systemTimes) {
            gold += goldTimes.size();
            system += systemTimes.size();
            boolean[] used = new boolean[systemTimes.size()];
            for (TimeExpression g : goldTimes) {
                int match = -1;
                for (int i = 0; i < systemTimes.size(); i++) {
                    TimeExpression s = systemTimes.get(i);
                    if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
                        if (match < 0 || (s.start() == g.start() && s.end() == g.end())) {
                            match = i;
                        }
                    }
                }
                if (match < 0) {
                    if (mismatches != null) {
                        mismatches.add(document + "\t" + g.start() + "\t" + g.type() + "\t" + g.text().replace('\n', ' ') + "\t" + g.value() + "\t-\t-");
                    }
                    continue;
                }
                used[match] = true;
                TimeExpression s = systemTimes.get(match);
                relaxed++;
                if (s.start() == g.start() && s.end() == g.end()) {
                    strict++;
                }
                if (g.value().equals(s.value())) {
                    valueRight++;
                } else if (mismatches != null) {
                    mismatches.add(document + "\t" + g.start() + "\t" + g.type() + "\t" + g.text().replace('\n', ' ') + "\t" + g.value() + "\t" + s.text().replace('\n', ' ') + "\t" + s.value());
                }
                if (g.type().equals(s.type())) {
                    typeRight++;
                }
            }
        }

        /** The expressions found that match nothing in the gold, for the mismatch file. */
        void spurious(List<TimeExpression> goldTimes, List<TimeExpression> systemTimes) {
            if (mismatches == null) {
                return;
            }
            for (TimeExpression s : systemTimes) {
                if (goldTimes.stream().noneMatch(g -> s.start() < g.end() && g.start() < s.end())) {
                    mismatches.add(document + "\t" + s.start() + "\t-\t-\t-\t" + s.text().replace('\n', ' ') + "\t" + s.value());
                }
            }
        }

        Result result(int n, Double docsPerSecond, Double tokensPerSecond) {
            Prf strictPrf = prf(strict);
            Prf relaxedPrf = prf(relaxed);
            double valueAccuracy = relaxed == 0 ? 0 : valueRight / (double) relaxed;
            double typeAccuracy = relaxed == 0 ? 0 : typeRight / (double) relaxed;
            return new Result(strictPrf, relaxedPrf,
                    new Attribute(ExtractionEval.round(valueAccuracy), ExtractionEval.round(relaxedPrf.f1() * valueAccuracy)),
                    new Attribute(ExtractionEval.round(typeAccuracy), ExtractionEval.round(relaxedPrf.f1() * typeAccuracy)), n,
                    docsPerSecond == null ? null : Math.round(docsPerSecond * 100) / 100.0,
                    tokensPerSecond == null ? null : (double) Math.round(tokensPerSecond));
        }

        private Prf prf(int matched) {
            double p = system == 0 ? 0 : matched / (double) system;
            double r = gold == 0 ? 0 : matched / (double) gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(ExtractionEval.round(p), ExtractionEval.round(r), ExtractionEval.round(f));
        }
    }
}
