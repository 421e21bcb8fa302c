package org.openconsultation.core.export;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options shared by every export. Immutable; each {@code with…} method returns a copy.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults()
 *     .withCsvFormat(CsvFormat.SPREADSHEET)
 *     .withProgress((table, rows, done) -> log.info("{}: {} rows", table, rows));
 * }</pre>
 */
public final class ExportOptions {

  private final CsvFormat csvFormat;
  private final @Nullable Pseudonyms pseudonyms;
  private final ExportProgress progress;
  private final OpenDataLicence licence;
  private final @Nullable String source;

  private ExportOptions(
      CsvFormat csvFormat,
      @Nullable Pseudonyms pseudonyms,
      ExportProgress progress,
      OpenDataLicence licence,
      @Nullable String source) {
    this.csvFormat = csvFormat;
    this.pseudonyms = pseudonyms;
    this.progress = progress;
    this.licence = licence;
    this.source = source;
  }

  /**
   * RFC 4180 CSV, participants pseudonymised under a fresh secret for each export, no progress
   * listener, Licence Ouverte 2.0, no source address.
   */
  public static ExportOptions defaults() {
    return new ExportOptions(
        CsvFormat.RFC_4180, null, ExportProgress.none(), OpenDataLicence.etalab(), null);
  }

  /** These options with another CSV format. */
  public ExportOptions withCsvFormat(CsvFormat value) {
    return new ExportOptions(
        Objects.requireNonNull(value, "csvFormat"), pseudonyms, progress, licence, source);
  }

  /**
   * These options with the given pseudonyms for every export made with them ({@link
   * Pseudonyms#asStored()} needs the {@code MANAGE_DATA} permission).
   */
  public ExportOptions withPseudonyms(Pseudonyms value) {
    return new ExportOptions(
        csvFormat, Objects.requireNonNull(value, "pseudonyms"), progress, licence, source);
  }

  /** These options with a progress listener. */
  public ExportOptions withProgress(ExportProgress value) {
    return new ExportOptions(
        csvFormat, pseudonyms, Objects.requireNonNull(value, "progress"), licence, source);
  }

  /** These options with the licence of the open-data package. */
  public ExportOptions withLicence(OpenDataLicence value) {
    return new ExportOptions(
        csvFormat, pseudonyms, progress, Objects.requireNonNull(value, "licence"), source);
  }

  /**
   * These options with the public address of the consultation, cited as the source of the open-data
   * package.
   */
  public ExportOptions withSource(String value) {
    return new ExportOptions(
        csvFormat, pseudonyms, progress, licence, Objects.requireNonNull(value, "source"));
  }

  /** The CSV format. */
  public CsvFormat csvFormat() {
    return csvFormat;
  }

  /**
   * The pseudonyms of one export: those set with {@link #withPseudonyms}, or else a fresh random
   * secret at each call.
   */
  public Pseudonyms pseudonymsForOneExport() {
    return pseudonyms != null ? pseudonyms : Pseudonyms.random();
  }

  /** The progress listener. */
  public ExportProgress progress() {
    return progress;
  }

  /** The licence of the open-data package. */
  public OpenDataLicence licence() {
    return licence;
  }

  /** The public address of the consultation, if set. */
  public @Nullable String source() {
    return source;
  }
}
