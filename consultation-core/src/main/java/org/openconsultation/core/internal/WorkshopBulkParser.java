package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.WorkshopBulkColumn.ADDRESS;
import static org.openconsultation.core.internal.WorkshopBulkColumn.ATTENDEES;
import static org.openconsultation.core.internal.WorkshopBulkColumn.CONTRIBUTION_BODY;
import static org.openconsultation.core.internal.WorkshopBulkColumn.CONTRIBUTION_THEME;
import static org.openconsultation.core.internal.WorkshopBulkColumn.CONTRIBUTION_TITLE;
import static org.openconsultation.core.internal.WorkshopBulkColumn.DATE;
import static org.openconsultation.core.internal.WorkshopBulkColumn.DESCRIPTION;
import static org.openconsultation.core.internal.WorkshopBulkColumn.LATITUDE;
import static org.openconsultation.core.internal.WorkshopBulkColumn.LONGITUDE;
import static org.openconsultation.core.internal.WorkshopBulkColumn.PLACE_NAME;
import static org.openconsultation.core.internal.WorkshopBulkColumn.TERRITORY;
import static org.openconsultation.core.internal.WorkshopBulkColumn.THEMES;
import static org.openconsultation.core.internal.WorkshopBulkColumn.TIME;
import static org.openconsultation.core.internal.WorkshopBulkColumn.TIME_ZONE;
import static org.openconsultation.core.internal.WorkshopBulkColumn.TITLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * Turns the rows of a workshop file into commands, reporting every cell it cannot read (dates,
 * numbers, time zones, themes) and the checks the engine makes on a collective contribution beyond
 * its command's constraints.
 */
final class WorkshopBulkParser {

  private static final LocalDateTime SOME_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final ThemeId SOME_THEME = new ThemeId(new UUID(0, 0));

  private final WorkshopBulkCsv.Table table;
  private final Consultation consultation;
  private final WorkshopBulkThemes themes;
  private final WorkshopBulkErrors errors;
  private final @Nullable ConsultationException contributionRefusal;

  /**
   * @param contributionRefusal why the actor may not submit collective contributions now, if so
   */
  WorkshopBulkParser(
      WorkshopBulkCsv.Table table,
      Consultation consultation,
      WorkshopBulkThemes themes,
      WorkshopBulkErrors errors,
      @Nullable ConsultationException contributionRefusal) {
    this.table = table;
    this.consultation = consultation;
    this.themes = themes;
    this.errors = errors;
    this.contributionRefusal = contributionRefusal;
  }

  /**
   * A parsed row.
   *
   * @param row the commands
   * @param heldAt when the workshop is held, or null if the date or time cannot be read
   */
  record Parsed(WorkshopBulkRow row, @Nullable LocalDateTime heldAt) {}

  /** Parses {@code row}, whose workshop gets {@code id}; problems go to the errors. */
  Parsed parse(WorkshopBulkCsv.Row row, WorkshopId id) {
    int line = row.line();
    LocalDate date = required(row, DATE) ? WorkshopBulkValues.date(cell(row, DATE)) : null;
    if (date == null && !cell(row, DATE).isEmpty()) {
      errors.bulk(line, DATE, "bulk.date", cell(row, DATE));
    }
    LocalTime time = required(row, TIME) ? WorkshopBulkValues.time(cell(row, TIME)) : null;
    if (time == null && !cell(row, TIME).isEmpty()) {
      errors.bulk(line, TIME, "bulk.time", cell(row, TIME));
    }
    LocalDateTime heldAt = date != null && time != null ? date.atTime(time) : null;
    Integer attendees = attendees(row);
    List<ThemeId> workshopThemes = themes(row);
    RecordWorkshop workshop =
        new RecordWorkshop(
            consultation.id(),
            cell(row, TITLE),
            cell(row, DESCRIPTION),
            heldAt != null ? heldAt : SOME_TIME,
            new WorkshopPlace(
                cell(row, PLACE_NAME),
                cell(row, ADDRESS),
                cell(row, TERRITORY),
                point(row),
                zone(row)),
            attendees != null ? attendees : 0,
            Set.of(),
            workshopThemes);
    SubmitCollectiveContribution contribution = contribution(row, id, workshopThemes, attendees);
    return new Parsed(new WorkshopBulkRow(line, id, workshop, contribution), heldAt);
  }

  private String cell(WorkshopBulkCsv.Row row, WorkshopBulkColumn column) {
    return table.cell(row, column);
  }

  /** Whether the cell is filled in; reports it if not. */
  private boolean required(WorkshopBulkCsv.Row row, WorkshopBulkColumn column) {
    if (cell(row, column).isEmpty()) {
      errors.bulk(row.line(), column, "bulk.required");
      return false;
    }
    return true;
  }

  /** The attendee count as written (negative ones are left to validation), or null. */
  private @Nullable Integer attendees(WorkshopBulkCsv.Row row) {
    if (!required(row, ATTENDEES)) {
      return null;
    }
    Integer n = WorkshopBulkValues.integer(cell(row, ATTENDEES));
    if (n == null) {
      errors.bulk(row.line(), ATTENDEES, "bulk.integer", cell(row, ATTENDEES));
    }
    return n;
  }

  private GeoPoint point(WorkshopBulkCsv.Row row) {
    Double lat = coordinate(row, LATITUDE, 90, "bulk.latitude");
    Double lon = coordinate(row, LONGITUDE, 180, "bulk.longitude");
    return new GeoPoint(lat != null ? lat : 0, lon != null ? lon : 0);
  }

  private @Nullable Double coordinate(
      WorkshopBulkCsv.Row row, WorkshopBulkColumn column, double bound, String rangeKey) {
    if (!required(row, column)) {
      return null;
    }
    Double value = WorkshopBulkValues.decimal(cell(row, column));
    if (value == null) {
      errors.bulk(row.line(), column, "bulk.number", cell(row, column));
      return null;
    }
    if (value < -bound || value > bound) {
      errors.bulk(row.line(), column, rangeKey);
      return null;
    }
    return value;
  }

  private ZoneId zone(WorkshopBulkCsv.Row row) {
    String text = cell(row, TIME_ZONE);
    if (text.isEmpty()) {
      return consultation.schedule().zone();
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      errors.bulk(row.line(), TIME_ZONE, "bulk.time-zone", text);
      return consultation.schedule().zone();
    }
  }

  private List<ThemeId> themes(WorkshopBulkCsv.Row row) {
    Set<ThemeId> found = new LinkedHashSet<>();
    for (String token : cell(row, THEMES).split("\\|")) {
      if (!token.isBlank()) {
        ThemeId id = theme(row.line(), THEMES, token.strip());
        if (id != null) {
          found.add(id);
        }
      }
    }
    return new ArrayList<>(found);
  }

  private @Nullable ThemeId theme(int line, WorkshopBulkColumn column, String token) {
    List<ThemeId> matches = themes.matching(token);
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      errors.engine(
          line, column, "theme.unknown", Messages.get(errors.locale(), "theme.unknown", token));
    } else {
      errors.bulk(line, column, "bulk.theme-ambiguous", token);
    }
    return null;
  }

  private @Nullable SubmitCollectiveContribution contribution(
      WorkshopBulkCsv.Row row,
      WorkshopId id,
      List<ThemeId> workshopThemes,
      @Nullable Integer attendees) {
    String themeText = cell(row, CONTRIBUTION_THEME);
    String title = cell(row, CONTRIBUTION_TITLE);
    String body = cell(row, CONTRIBUTION_BODY);
    if (themeText.isEmpty() && title.isEmpty() && body.isEmpty()) {
      return null;
    }
    int line = row.line();
    if (contributionRefusal != null) {
      errors.engine(
          line, CONTRIBUTION_TITLE, contributionRefusal.code(), contributionRefusal.getMessage());
    }
    ThemeId theme;
    if (!themeText.isEmpty()) {
      theme = theme(line, CONTRIBUTION_THEME, themeText);
    } else if (!workshopThemes.isEmpty()) {
      theme = workshopThemes.get(0);
    } else {
      theme = null;
      if (cell(row, THEMES).isEmpty()) {
        errors.bulk(line, CONTRIBUTION_THEME, "bulk.contribution-theme");
      }
    }
    if (attendees != null && attendees == 0) {
      errors.engine(
          line,
          ATTENDEES,
          "workshop.attendees",
          WorkshopBulkMessages.get(errors.locale(), "bulk.contribution-attendees"));
    }
    return new SubmitCollectiveContribution(
        consultation.id(), id, theme != null ? theme : SOME_THEME, title, body, null);
  }
}
