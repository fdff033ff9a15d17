package org.sitrep.analyze;

/**
 * A time expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and normalised value, resolved against the
 * article's reference date; offsets are into the article text.
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
}
