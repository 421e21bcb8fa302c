package org.openconsultation.core.report;

import java.util.List;

/**
 * One section of a digest: the first entries, in the section's order, of all that qualify.
 *
 * @param total how many contributions qualify during the period
 * @param entries the first of them, at most the digest's limit per section
 */
public record DigestSection(long total, List<DigestEntry> entries) {

  /** Checks that there are no more entries than qualify, and copies them. */
  public DigestSection {
    entries = List.copyOf(entries);
    if (total < entries.size()) {
      throw new IllegalArgumentException("more entries than qualify");
    }
  }

  /** A section with nothing in it. */
  public static DigestSection empty() {
    return new DigestSection(0, List.of());
  }
}
