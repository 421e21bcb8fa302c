package org.openconsultation.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The Table Schema type of a column of an export table, as the open-data package declares it, and
 * whether its cells are text that a spreadsheet could mistake for a formula.
 */
enum TableFieldType {
  /** Free text, names and codes. */
  STRING("string", null, true),
  /** An identifier in the canonical UUID form. */
  IDENTIFIER("string", "uuid", true),
  /** A whole number. */
  INTEGER("integer", null, false),
  /** A decimal number (coordinates). */
  NUMBER("number", null, false),
  /** An instant, ISO-8601 in UTC, such as {@code 2026-03-02T08:00:00Z}. */
  DATETIME("datetime", null, false),
  /** A JSON array of strings, such as {@code ["a","b"]}. */
  ARRAY("array", null, false);

  private final String schemaType;
  private final @Nullable String format;
  private final boolean text;

  TableFieldType(String schemaType, @Nullable String format, boolean text) {
    this.schemaType = schemaType;
    this.format = format;
    this.text = text;
  }

  /** The Table Schema {@code type}. */
  String schemaType() {
    return schemaType;
  }

  /** The Table Schema {@code format}, or null for the default. */
  @Nullable String format() {
    return format;
  }

  /** Whether cells are text, neutralised against formulas when written. */
  boolean text() {
    return text;
  }
}
