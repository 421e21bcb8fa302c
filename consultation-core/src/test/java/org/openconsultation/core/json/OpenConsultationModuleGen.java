package org.openconsultation.core.json;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.WorkshopId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the scalar and small values the model's records are made of: text with the
 * characters JSON must escape, ids, instants far from today, zones, locales, points, ballots and
 * provenances.
 */
final class OpenConsultationModuleGen {

  /** Characters that test escaping and UTF-8: quotes, backslashes, controls, accents, emoji. */
  private static final List<String> ALPHABET =
      List.of(
          "a", "Z", "7", " ", "é", "ç", "€", "\"", "\\", "/", "<", "&", "'", "😀", "\u2028", "-",
          "\n", "\t", "\u0000", "\u001f");

  private static final int PRINTABLE = ALPHABET.size() - 4;

  static final Gen<String> TEXT = text(ALPHABET.size(), 0, 12);
  static final Gen<String> NON_BLANK = text(PRINTABLE, 0, 12).map(s -> "x" + s);
  static final Gen<UUID> UUIDS = longs().all().zip(longs().all(), UUID::new);
  static final Gen<ParticipantId> PARTICIPANTS = NON_BLANK.map(ParticipantId::of);

  /** From about 30,000 years before 1970 to as long after, with nanoseconds. */
  static final Gen<Instant> INSTANTS =
      longs()
          .between(-1_000_000_000_000L, 1_000_000_000_000L)
          .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);

  static final Gen<LocalDate> DATES =
      longs().between(-1_000_000, 1_000_000).map(LocalDate::ofEpochDay);

  static final Gen<ZoneId> ZONES =
      Generate.pick(
          List.of(
              ZoneId.of("Europe/Paris"),
              ZoneId.of("America/Guadeloupe"),
              ZoneId.of("Indian/Reunion"),
              ZoneId.of("Pacific/Noumea"),
              ZoneId.of("UTC"),
              ZoneOffset.UTC,
              ZoneOffset.ofHoursMinutes(-3, -30)));

  static final Gen<ZonedDateTime> ZONED = INSTANTS.zip(ZONES, Instant::atZone);

  static final Gen<Locale> LOCALES =
      Generate.pick(
          List.of(
              Locale.FRENCH,
              Locale.ENGLISH,
              Locale.ROOT,
              Locale.forLanguageTag("fr-GP"),
              Locale.forLanguageTag("es-419"),
              Locale.forLanguageTag("zh-Hant-TW")));

  static final Gen<GeoPoint> POINTS =
      doubles().between(-90, 90).zip(doubles().between(-180, 180), GeoPoint::new);

  static final Gen<Reference> REFERENCES =
      longs().between(1, 999_999_999_999_999_999L).map(Reference::new);

  static final Gen<Ballot> BALLOTS =
      integers()
          .between(0, 14)
          .map(
              i ->
                  switch (i) {
                    case 0 -> Ballot.support();
                    case 1 -> Ballot.inFavour();
                    case 2 -> Ballot.against();
                    case 3 -> Ballot.neutral();
                    case 4 -> Ballot.approval();
                    default -> Ballot.grade(i - 5);
                  });

  static final Gen<Provenance> PROVENANCES =
      integers()
          .between(0, 3)
          .zip(
              NON_BLANK,
              UUIDS,
              integers().between(1, 100_000),
              (kind, name, uuid, attendees) ->
                  switch (kind) {
                    case 0 -> Provenance.individual();
                    case 1 -> new Provenance.Individual(new Provenance.Assistance(name));
                    case 2 -> new Provenance.Collective(new WorkshopId(uuid), attendees);
                    default -> new Provenance.Institutional(name);
                  });

  private OpenConsultationModuleGen() {}

  /** A string of {@code min} to {@code max} characters of the first {@code letters} of ALPHABET. */
  static Gen<String> text(int letters, int min, int max) {
    return lists()
        .of(Generate.pick(ALPHABET.subList(0, letters)))
        .ofSizeBetween(min, max)
        .map(parts -> String.join("", parts));
  }

  /** Null about one time in four. */
  static <T> Gen<T> nullable(Gen<T> gen) {
    return gen.toOptionals(25).map(o -> o.orElse(null));
  }

  static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    return lists()
        .of(Generate.enumValues(type))
        .ofSizeBetween(0, type.getEnumConstants().length)
        .map(list -> list.isEmpty() ? Set.<E>of() : EnumSet.copyOf(list));
  }

  static <T> Gen<Set<T>> sets(Gen<T> gen, int max) {
    return lists().of(gen).ofSizeBetween(0, max).map(list -> Set.copyOf(list));
  }
}
