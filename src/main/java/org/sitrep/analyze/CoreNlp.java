package org.sitrep.analyze;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP: tokenize, ssplit, pos, lemma, 3-class NER and quote attribution without coreference. Sitrep runs it
 * without SUTime and the numeric classifiers (its own {@link org.sitrep.analyze.time.TimeTagger} finds and resolves
 * time expressions, some 280 times faster and more accurately); the "lite" configuration of
 * ../shared/notes/dependencies.md, with SUTime, is kept as the reference the benchmarks compare against. Each thread
 * gets its own pipeline up to NER, built on first use; the quote annotator is one instance used by one thread at a
 * time, because quote attribution keeps shared state that races (measured: NullPointerExceptions on some documents
 * with two threads, even with one pipeline per thread; none when the same documents run one after another).
 */
public final class CoreNlp {

    /** Which annotators run. */
    public enum Mode {
        /** NER without SUTime, and quotes: what `sitrep analyze` needs from the engine. */
        SITREP(false, true),
        /** The "lite" configuration: NER with SUTime, and quotes (the reference for speed). */
        LITE(true, true),
        /** NER with SUTime, no quotes: SUTime's time expressions, for comparison. */
        TIMES(true, false);

        final boolean sutime;
        final boolean quotes;

        Mode(boolean sutime, boolean quotes) {
            this.sutime = sutime;
            this.quotes = quotes;
        }
    }

    private final ThreadLocal<StanfordCoreNLP> pipelines;
    private final QuoteAnnotator quotes;

    public CoreNlp(Mode mode) {
        Properties props = properties(mode);
        StanfordCoreNLP first = new StanfordCoreNLP(props); // fail fast: models missing, bad properties
        pipelines = ThreadLocal.withInitial(() -> new StanfordCoreNLP(props));
        pipelines.set(first);
        quotes = mode.quotes ? new QuoteAnnotator("quote", props) : null;
    }

    private static Properties properties(Mode mode) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        if (!mode.sutime) {
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyNumericClassifiers", "false");
        }
        props.setProperty("quote.attribution.useCoref", "false");
        props.setProperty("enforceRequirements", "false"); // QuoteAnnotator always declares that it needs coref
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }

    /**
     * Annotates a text; with SUTime, its time expressions are resolved against {@code reference} (null: leave them
     * relative).
     */
    public AnnotatedText annotate(String text, LocalDate reference) {
        // the engine reads marks with their direction (same length, same offsets); what we keep is the original text
        Annotation doc = new Annotation(quotes == null ? text : QuoteMarks.directed(text));
        if (reference != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
        }
        doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>()); // quote attribution without coref
        pipelines.get().annotate(doc);
        if (quotes != null) {
            synchronized (quotes) {
                quotes.annotate(doc);
            }
        }

        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> sentenceMaps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentenceMaps.size(); i++) {
            CoreMap s = sentenceMaps.get(i);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(text.substring(t.beginPosition(), t.endPosition()), t.beginPosition(), t.endPosition(),
                        t.tag(), t.lemma(), t.ner()));
            }
            sentences.add(new Sentence(i, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
        }
        List<AnnotatedText.RawMention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentionMaps = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentionMaps != null) {
            for (CoreMap m : mentionMaps) {
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null) {
                    times.add(new TimeExpression(text.substring(start, end), start, end, timex.timexType(), timex.value()));
                } else if (type != null) {
                    Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
                    mentions.add(new AnnotatedText.RawMention(text.substring(start, end), start, end, type,
                            sentence == null ? -1 : sentence));
                }
            }
        }
        List<AnnotatedText.RawQuote> quotes = new ArrayList<>();
        List<CoreMap> quoteMaps = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quoteMaps != null) {
            for (CoreMap q : quoteMaps) {
                int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
                String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
                Integer ms = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
                Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
                int speakerStart = -1;
                int speakerEnd = -1;
                if (mention != null && ms != null && me != null) {
                    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
                    speakerStart = tokens.get(ms).beginPosition();
                    speakerEnd = tokens.get(me).endPosition();
                }
                quotes.add(new AnnotatedText.RawQuote(text.substring(start, end), start, end,
                        speaker != null ? speaker : mention, speakerStart, speakerEnd));
            }
        }
        return new AnnotatedText(text, reference, sentences, mentions, times, quotes);
    }
}
