package org.openconsultation.core.export;

/**
 * How CSV files are written. Both are UTF-8 with CRLF line ends and quote fields as RFC 4180 says;
 * in both, a cell that a spreadsheet would read as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or a NUL) is neutralised by a leading apostrophe.
 */
public enum CsvFormat {
  /** RFC 4180: comma separator, no byte-order mark. For programs and open-data portals. */
  RFC_4180(',', false),
  /**
   * Semicolon separator and a UTF-8 byte-order mark, which spreadsheet programs set to French or
   * other decimal-comma locales open correctly with a double click.
   */
  SPREADSHEET(';', true);

  private final char separator;
  private final boolean byteOrderMark;

  CsvFormat(char separator, boolean byteOrderMark) {
    this.separator = separator;
    this.byteOrderMark = byteOrderMark;
  }

  /** The field separator. */
  public char separator() {
    return separator;
  }

  /** Whether files start with a UTF-8 byte-order mark. */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }
}
