package org.sitrep.extract;

import java.util.regex.Pattern;

/**
 * The conventions of publishers and aggregators, in English, French, German, Italian, Spanish and Russian, as
 * patterns: related-link labels, footers, copyright and disclaimer lines, republication notices, bylines.
 * General rules only: nothing here names a particular site.
 */
final class PageConventions {
    private PageConventions() {
    }

    /** A label that introduces links to other articles ("See also", "Lire aussi", "Leggi anche", ...). */
    static final Pattern RELATED_LABEL = Pattern.compile("(?iu)^\\W*(see also|to read also|read also|also read|read more|"
            + "more on this|related( articles?| stories| news)?|recommended|you may (also )?like|you might (also )?like|"
            + "trends( \\d+h)?|trending|latest( news)?|most read|most popular|popular|more from .{1,30}|further reading|"
            + "lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lire la suite|"
            + "leggi anche|vedi anche|potrebbe interessarti|ti potrebbe interessare|"
            + "lesen sie auch|mehr zum thema|auch interessant|siehe auch|"
            + "lea también|ver también|te puede interesar|más información|"
            + "читайте также|смотрите также|по теме|ещё по теме|baca( juga)?|"
            + "similaire|articles similaires|correlati|articoli correlati|ähnliche beiträge|"
            + "((notícias|noticias|notas|matérias|entradas) )?relacionad[ao]s?|leia também|veja também|saiba mais|"
            + "похожее|похожие записи|(more|other) (articles|stories)|weitere (artikel|beiträge)|autres articles|"
            + "altri articoli|otros artículos|другие (статьи|новости))\\W*$");

    /** "Source: X" in its languages; group 1 is the source. */
    static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^\\W*(?:source|sources|fonte|quelle|fuente|источник)\\s*:\\s*(.{2,80}?)\\W*$");

    /** "The post T appeared first on S."; groups: title, site. */
    static final Pattern POST_APPEARED_FIRST = Pattern.compile("(?iu)^\\s*the post (.+?) appeared first on (.+?)\\s*\\.?\\s*$");

    /**
     * "This is a machine translation from L language of a post published on S at the URL U on D."; groups: language,
     * publisher, URL, date.
     */
    static final Pattern MACHINE_TRANSLATION = Pattern.compile("(?iu)^\\s*this is an? (?:automatic |machine )?(?:machine )?"
            + "translation from (?:the )?(\\p{L}+)(?: language)? of (?:a|an|the) (?:post|article|text) published (?:on|by) (.+?)"
            + "(?: at the (?:url|address) (\\S+?))?(?: on (.+?))?\\s*\\.?\\s*$");

    /** Other statements that a text is a (machine) translation; group 1 the language, when named. */
    static final Pattern TRANSLATED_FROM = Pattern.compile("(?iu)\\b(?:machine[- ]translated|automatically translated|"
            + "translated automatically|traduction automatique|traduzione automatica|maschinell übersetzt|traducción automática|"
            + "машинный перевод)\\b(?:\\s+from\\s+(\\p{L}+))?");

    static final Pattern COPYRIGHT = Pattern.compile("(?iu)(©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved|tous droits réservés|"
            + "riproduzione riservata|alle rechte vorbehalten|todos los derechos reservados|все права защищены)");

    static final Pattern DISCLAIMER = Pattern.compile("(?iu)\\b(this (web)?site|our (web)?site|not under our control|"
            + "necessarily (imply|reflect)|endorse|privacy( policy)?|terms of (use|service)|cookies?|newsletter|subscribe|"
            + "sign up|unsubscribe|advertis(e|ing|ement)|external sources|mentions légales|politique de confidentialité|"
            + "informativa|datenschutz|impressum|aviso legal|политика конфиденциальности)\\b");

    /** A dated archive or related link: "All news articles on 2022-01-09", "News/Politics 2024-03-07T02:56:34Z". */
    static final Pattern ARCHIVE_LINK = Pattern.compile("(?iu)^(all (news|articles|stories)|news articles|archives?|"
            + "[\\p{L}]+(/[\\p{L}]+)+)\\b.{0,40}$");

    /** Words around a date in a date line ("Published on", "Updated", "Mis à jour le", "date", ...). */
    static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(date[ds]?|published|posted|updated|modified|last updated|on|at|"
            + "publié|mis à jour|modifié|le|à|pubblicato|aggiornato|il|alle|veröffentlicht|aktualisiert|am|um|uhr|"
            + "publicado|actualizado|el|a las|de|опубликовано|обновлено|в|le|h|gmt|utc|cet|cest|est|edt)\\b");

    /** The word that starts the updated date in a line holding both. */
    static final Pattern UPDATED_WORD = Pattern.compile("(?iu)(updated|last updated|modified|mis à jour|modifié|aggiornato|"
            + "aktualisiert|actualizado|обновлено)");

    /** A byline after a date or alone: "from Giuseppe Sarcina", "By Jane Doe", "Par Jean Dupont". */
    static final Pattern BYLINE = Pattern.compile("(?u)^\\s*(?:[Ff]rom|[Bb]y|BY|[Dd]i|[Pp]ar|[Vv]on|[Pp]or|[Dd]e|[Оо]т|[Аа]втор:?)\\s+"
            + "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|da|di|del|della|van|von|der|le|la)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3})\\s*$");

    /** A kicker label before a standfirst: "DECRYPTION - ", "ANALYSE : ". */
    static final Pattern KICKER = Pattern.compile("^\\p{Lu}{3,}(?:[ '’]\\p{Lu}{2,})*\\s*[-–—:]\\s+(?=\\p{Lu})");

    /** Whether a block ends like a sentence (quotes and brackets after the punctuation ignored). */
    static boolean endsLikeSentence(String block) {
        String s = block.strip().replaceAll("[\\s\"'“”«»’)\\]]+$", "");
        return !s.isEmpty() && ".!?…:;".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
