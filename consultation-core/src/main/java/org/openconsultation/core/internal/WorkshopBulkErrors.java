package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.model.Violation;

/**
 * Collects what is wrong with the rows of a workshop file, named by line and by the column's header
 * as the file writes it, and returns it by line then column.
 */
final class WorkshopBulkErrors {

  private static final Pattern ROW_PATH = Pattern.compile("rows\\[(\\d+)]\\.(.+)");

  /** Which column each property of a row's commands comes from; longer paths first. */
  private static final List<Map.Entry<String, WorkshopBulkColumn>> PATHS =
      List.of(
          Map.entry("workshop.title", WorkshopBulkColumn.TITLE),
          Map.entry("workshop.description", WorkshopBulkColumn.DESCRIPTION),
          Map.entry("workshop.heldAt", WorkshopBulkColumn.DATE),
          Map.entry("workshop.place.name", WorkshopBulkColumn.PLACE_NAME),
          Map.entry("workshop.place.address", WorkshopBulkColumn.ADDRESS),
          Map.entry("workshop.place.territory", WorkshopBulkColumn.TERRITORY),
          Map.entry("workshop.place.point", WorkshopBulkColumn.LATITUDE),
          Map.entry("workshop.place.zone", WorkshopBulkColumn.TIME_ZONE),
          Map.entry("workshop.place", WorkshopBulkColumn.PLACE_NAME),
          Map.entry("workshop.attendeeCount", WorkshopBulkColumn.ATTENDEES),
          Map.entry("workshop.themes", WorkshopBulkColumn.THEMES),
          Map.entry("contribution.theme", WorkshopBulkColumn.CONTRIBUTION_THEME),
          Map.entry("contribution.title", WorkshopBulkColumn.CONTRIBUTION_TITLE),
          Map.entry("contribution.body", WorkshopBulkColumn.CONTRIBUTION_BODY),
          Map.entry("contribution.attendeeCount", WorkshopBulkColumn.ATTENDEES));

  private final WorkshopBulkCsv.Table table;
  private final Locale locale;
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(int order, RowError error) {}

  WorkshopBulkErrors(WorkshopBulkCsv.Table table, Locale locale) {
    this.table = table;
    this.locale = locale;
  }

  /** The locale of the messages. */
  Locale locale() {
    return locale;
  }

  /** Adds one of the import's own messages. */
  void bulk(int line, @Nullable WorkshopBulkColumn column, String key, Object... args) {
    engine(line, column, key, WorkshopBulkMessages.get(locale, key, args));
  }

  /** Adds an error with the engine's code and message. */
  void engine(int line, @Nullable WorkshopBulkColumn column, String code, String message) {
    String name = column == null ? null : table.name(column, locale);
    entries.add(
        new Entry(column == null ? -1 : column.ordinal(), new RowError(line, name, code, message)));
  }

  /**
   * Adds a violation of the file's {@link WorkshopBulkCommand}, on the line and column it concerns;
   * false if the violation is not about one of {@code rows}.
   */
  boolean violation(List<WorkshopBulkRow> rows, Violation v) {
    Matcher m = ROW_PATH.matcher(v.path());
    if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
      return false;
    }
    int line = rows.get(Integer.parseInt(m.group(1))).line();
    engine(line, column(m.group(2)).orElse(null), v.code(), v.message());
    return true;
  }

  /** Whether nothing is wrong so far. */
  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The errors by line, then column in template order, then code. */
  List<RowError> sorted() {
    return entries.stream()
        .sorted(
            Comparator.comparingInt((Entry e) -> e.error().line())
                .thenComparingInt(Entry::order)
                .thenComparing(e -> e.error().code()))
        .map(Entry::error)
        .toList();
  }

  private static Optional<WorkshopBulkColumn> column(String path) {
    return PATHS.stream()
        .filter(
            p ->
                path.equals(p.getKey())
                    || path.startsWith(p.getKey() + ".")
                    || path.startsWith(p.getKey() + "["))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
