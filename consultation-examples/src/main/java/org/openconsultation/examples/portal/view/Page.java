package org.openconsultation.examples.portal.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Role;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * What every page's template needs besides its own content: the language and its texts, who is
 * signed in, the consultation and its phase, the form token, the navigation and a one-time notice.
 */
public final class Page {

  private final Texts texts;
  private final String title;
  private final String section;
  private final Chrome chrome;

  /**
   * The parts of a page that do not depend on its content.
   *
   * @param csrf the session's form token, sent back by every form
   * @param person who is signed in, if anyone
   * @param consultation the consultation shown
   * @param phase its phase now
   * @param notice a one-time notice after an action, if any
   * @param languageHref the same page in the other language
   */
  public record Chrome(
      String csrf,
      @Nullable DemoPerson person,
      Consultation consultation,
      Phase phase,
      @Nullable String notice,
      String languageHref) {}

  /** A page titled {@code title}, in the navigation section {@code section}. */
  public Page(Texts texts, String title, String section, Chrome chrome) {
    this.texts = Objects.requireNonNull(texts, "texts");
    this.title = Objects.requireNonNull(title, "title");
    this.section = Objects.requireNonNull(section, "section");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
  }

  /** The text for a key of the portal's bundle. */
  public String t(String key, Object... args) {
    return texts.get(key, args);
  }

  /** The language code of the page, {@code fr} or {@code en}. */
  public String lang() {
    return texts.locale().getLanguage();
  }

  /** The page's own title; the browser's title adds the consultation's. */
  public String title() {
    return title;
  }

  /** Whether the page belongs to a navigation section, for {@code aria-current}. */
  public boolean in(String navigationSection) {
    return section.equals(navigationSection);
  }

  /** The session's form token. */
  public String csrf() {
    return chrome.csrf();
  }

  /** Who is signed in; null for a visitor. */
  public @Nullable DemoPerson person() {
    return chrome.person();
  }

  /** Whether the person signed in has a role. */
  public boolean has(Role role) {
    DemoPerson p = chrome.person();
    return p != null && p.roles().contains(role);
  }

  /** The role a person is listed under: their most powerful one. */
  public Role mainRole(DemoPerson person) {
    Role main = Role.VISITOR;
    for (Role r : person.roles()) {
      if (r.ordinal() > main.ordinal()) {
        main = r;
      }
    }
    return main;
  }

  /** The consultation shown. */
  public Consultation consultation() {
    return chrome.consultation();
  }

  /** The consultation's phase now. */
  public Phase phase() {
    return chrome.phase();
  }

  /** Whether people may contribute, comment and vote now. */
  public boolean open() {
    return chrome.phase() == Phase.OPEN;
  }

  /** A path under the consultation, e.g. {@code link("themes")}; the home with no argument. */
  public String link(String... parts) {
    StringBuilder out = new StringBuilder("/c/").append(chrome.consultation().slug());
    for (String part : parts) {
      out.append('/').append(part);
    }
    return out.toString();
  }

  /** The permalink of a contribution as it is now. */
  public String permalink(Contribution c) {
    return link(c.reference().toString());
  }

  /** The permalink of one revision of a contribution. */
  public String permalink(Contribution c, int revision) {
    return link(c.reference().at(revision).toString());
  }

  /** The notice left by the last action, once. */
  public @Nullable String notice() {
    return chrome.notice();
  }

  /** The same page in the other language. */
  public String languageHref() {
    return chrome.languageHref();
  }

  /** The other language's code. */
  public String otherLang() {
    return lang().equals("en") ? "fr" : "en";
  }

  /** An instant as a date of the consultation's zone, in the page's language. */
  public String date(Instant instant) {
    return local(instant)
        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
  }

  /** An instant as a date and time of the consultation's zone, in the page's language. */
  public String dateTime(Instant instant) {
    return local(instant)
        .format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()));
  }

  /** A calendar day, in the page's language. */
  public String day(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
  }

  /** A local date and time (a workshop's, at its place), in the page's language. */
  public String dateTime(LocalDateTime local) {
    return local.format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale()));
  }

  /** A score: a whole number in digits, else three decimals with the page's decimal mark. */
  public String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(locale(), "%.3f", value);
  }

  /** An instant as {@code yyyy-MM-dd'T'HH:mm:ssXXX}, for {@code <time datetime>}. */
  public String iso(Instant instant) {
    return local(instant).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The name of an enum value in the page's language, from the key {@code prefix.NAME}. */
  public String name(String prefix, Enum<?> value) {
    return texts.get(prefix + "." + value.name());
  }

  /** The name of grade {@code grade} on a majority-judgment scale of {@code count} grades. */
  public String grade(int count, int grade) {
    String key = "grade." + count + "." + grade;
    return texts.has(key) ? texts.get(key) : texts.get("grade.generic", grade);
  }

  /**
   * The label of the field a violation names: {@code field.<path>}, else {@code field.<last part of
   * the path>}, else the path itself.
   */
  public String field(String path) {
    if (texts.has("field." + path)) {
      return texts.get("field." + path);
    }
    String last = path.substring(path.lastIndexOf('.') + 1);
    return texts.has("field." + last) ? texts.get("field." + last) : path;
  }

  /** A text cut into paragraphs at blank lines, each stripped; none for a blank text. */
  public static java.util.List<String> paragraphs(String text) {
    return java.util.Arrays.stream(text.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private Locale locale() {
    return texts.locale();
  }

  private ZonedDateTime local(Instant instant) {
    return instant.atZone(chrome.consultation().schedule().zone());
  }
}
