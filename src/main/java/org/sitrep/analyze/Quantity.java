package org.sitrep.analyze;

/**
 * A number that matters, normalised: "30,000 Russian soldiers" -> 30000, unit "soldiers", subject "Russian soldiers";
 * "$4.9 billion in military aid" -> 4.9E9, unit "USD", subject "military aid".
 */
public record Quantity(String text, int start, int end, double value, String unit, String subject) {
}
