package org.openconsultation.examples.portal.view;

import java.util.List;

/**
 * The open-data page: every table to download as CSV (for programs, or for spreadsheet programs)
 * and JSON Lines, and the whole consultation as one file (XLSX, JSON, the open-data package).
 *
 * @param tables the tables, in the export's order
 * @param files the whole-consultation files
 * @param resultsHidden whether ballots and tallies are refused because results are hidden
 */
public record ExportsView(List<Table> tables, List<File> files, boolean resultsHidden) {

  /** Copies the lists. */
  public ExportsView {
    tables = List.copyOf(tables);
    files = List.copyOf(files);
  }

  /**
   * One table's downloads.
   *
   * @param label what the table holds
   * @param csv its RFC 4180 CSV: file name and address
   * @param spreadsheet its CSV for spreadsheet programs
   * @param jsonLines its JSON Lines
   * @param results whether it holds vote results, refused while they are hidden
   */
  public record Table(String label, File csv, File spreadsheet, File jsonLines, boolean results) {}

  /**
   * A file to download.
   *
   * @param label what it is
   * @param name its file name
   * @param href where to download it
   */
  public record File(String label, String name, String href) {}
}
