package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark): tokens are Unicode
 * {@code \w+} runs; per page, multisets of token 4-grams of gold and prediction give tp, fp and fn, each divided by
 * their sum so that long pages weigh no more than short ones.
 */
public final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Normalised counts for one page. */
    public record Page(double tp, double fp, double fn) {
    }

    /**
     * Averages over pages.
     *
     * @param accuracy share of pages whose token sequence equals the gold exactly
     */
    public record Score(double precision, double recall, double f1, double accuracy, int n) {
    }

    private ShingleMetric() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    public static Page page(String gold, String predicted) {
        Map<String, Integer> g = shingles(tokens(gold));
        Map<String, Integer> p = shingles(tokens(predicted));
        Set<String> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    /** Scores predictions against gold; a page missing from the predictions counts as an empty prediction. */
    public static Score score(Map<String, String> gold, Map<String, String> predicted) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "");
            Page page = page(e.getValue(), pred);
            if (page.fp() == 0 && page.fn() == 0) {
                precisionSum += 1;
                precisionPages++;
                recallSum += 1;
                recallPages++;
            } else {
                if (page.tp() + page.fp() > 0) {
                    precisionSum += page.tp() / (page.tp() + page.fp());
                    precisionPages++;
                }
                if (page.tp() + page.fn() > 0) {
                    recallSum += page.tp() / (page.tp() + page.fn());
                    recallPages++;
                }
            }
            if (tokens(e.getValue()).equals(tokens(pred))) {
                exact++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f1, gold.isEmpty() ? 0 : exact / (double) gold.size(), gold.size());
    }
}
