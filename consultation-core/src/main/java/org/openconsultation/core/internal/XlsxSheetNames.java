package org.openconsultation.core.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives worksheets names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, no
 * control character, no apostrophe at either end, not "History", and unique within the workbook
 * ignoring case ({@code Mobilité (2)} after {@code Mobilité}).
 */
final class XlsxSheetNames {

  /** The longest sheet name Excel accepts. */
  static final int MAX_LENGTH = 31;

  private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> taken = new HashSet<>(Set.of("history"));

  /** A valid name close to {@code wanted} that no sheet has yet, or one from {@code fallback}. */
  String unique(String wanted, String fallback) {
    String base = sanitise(wanted);
    if (base.isEmpty()) {
      base = sanitise(fallback);
    }
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = truncate(base, MAX_LENGTH - suffix.length()).strip() + suffix;
    }
    return name;
  }

  /** {@code name} without forbidden characters, spaces collapsed, cut to {@value #MAX_LENGTH}. */
  static String sanitise(String name) {
    String clean = SPACES.matcher(FORBIDDEN.matcher(name).replaceAll(" ")).replaceAll(" ");
    clean = trimApostrophes(clean.strip());
    return trimApostrophes(truncate(clean, MAX_LENGTH).strip());
  }

  private static String trimApostrophes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '\'') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '\'') {
      end--;
    }
    return s.substring(start, end).strip();
  }

  /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
  private static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
