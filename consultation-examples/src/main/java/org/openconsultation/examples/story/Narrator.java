package org.openconsultation.examples.story;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Provenance;

/**
 * Tells the story on the console, in French: each line starts with the story clock's date and wraps
 * at {@value #WIDTH} columns.
 */
final class Narrator {

  static final int WIDTH = 100;

  private static final Locale FRENCH = Locale.FRENCH;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", FRENCH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM HH:mm", FRENCH);
  private static final DateTimeFormatter DAY_OF_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", FRENCH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM", FRENCH);
  private static final String NBSP = "\u00a0";

  private final PrintStream out;
  private final StoryClock clock;

  Narrator(PrintStream out, StoryClock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** A line stamped with the story clock's date, then wrapped. */
  void say(String text) {
    print("[" + WHEN.format(clock.local()) + "] ", text);
  }

  /** A heading, after a blank line. */
  void heading(String text) {
    out.println();
    out.println(text.replace(NBSP, " "));
  }

  /** A line of a table or list, indented, then wrapped. */
  void item(String text) {
    print("  ", text);
  }

  /** {@code text} between French quotation marks that never wrap away from it. */
  static String quote(String text) {
    return "«" + NBSP + keep(text) + NBSP + "»";
  }

  /** {@code text} kept on one line: its spaces never break. */
  static String keep(String text) {
    return text.replace(" ", NBSP);
  }

  /** A day in French: "8 février". */
  static String day(ZonedDateTime time) {
    return DAY_OF_MONTH.format(time);
  }

  /** A day as "08/02". */
  static String shortDay(LocalDate date) {
    return SHORT_DAY.format(date);
  }

  /** A date and time in its own zone, with the offset from UTC: "01/03 09:00 UTC-4". */
  static String when(ZonedDateTime time) {
    int hours = time.getOffset().getTotalSeconds() / 3600;
    return DAY.format(time) + " UTC" + (hours < 0 ? "-" : "+") + Math.abs(hours);
  }

  /** The French name of the zones the story visits. */
  static String zoneName(ZoneId zone) {
    return switch (zone.getId()) {
      case "Europe/Paris" -> "heure de Paris";
      case "America/Guadeloupe" -> "heure de la Guadeloupe";
      case "Indian/Reunion" -> "heure de La Réunion";
      default -> zone.getId();
    };
  }

  /** The contribution's kind in French; an assisted contribution says so. */
  static String kind(Contribution c) {
    Provenance p = c.provenance();
    if (p instanceof Provenance.Individual i) {
      return i.assisted() ? "accompagnée" : "individuelle";
    }
    return p instanceof Provenance.Collective ? "collective" : "institutionnelle";
  }

  /** The phase in French. */
  static String phase(Phase phase) {
    return switch (phase) {
      case DRAFT -> "en préparation";
      case SCHEDULED -> "programmée";
      case OPEN -> "ouverte";
      case CLOSED -> "close";
      case RESULTS_PUBLISHED -> "close, résultats publiés";
      case ARCHIVED -> "archivée";
    };
  }

  /** {@code count} followed by the noun, plural when needed: "1 soutien", "8 soutiens". */
  static String plural(long count, String noun) {
    return count + " " + noun + (count > 1 ? "s" : "");
  }

  private void print(String head, String text) {
    String indent = " ".repeat(head.length());
    StringBuilder line = new StringBuilder(head);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line.toString().replace(NBSP, " "));
        line = new StringBuilder(indent);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.println(line.toString().replace(NBSP, " "));
  }
}
