package org.openconsultation.examples.lab;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.CollectiveWeighting;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How options name rules, collective weightings and vote modes: picocli converters (a bad value is
 * a usage error, exit code 2, with the list of valid values) and the candidates that {@code --help}
 * lists.
 */
final class Rules {

  /** The built-in rules, each at its latest version. */
  static final RankingRules STANDARD = RankingRules.standard();

  private Rules() {}

  /** The names of the built-in rules, in alphabetical order. */
  static List<String> names() {
    return STANDARD.all().stream().map(RankingRule::name).distinct().toList();
  }

  /** The rule with this name; a {@link TypeConversionException} naming the rules otherwise. */
  static RankingRule named(String name) {
    return STANDARD
        .find(name.strip())
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown rule '" + name + "'; the rules are " + String.join(", ", names())));
  }

  /** {@code --rule NAME}, {@code --rules A,B,C}. */
  static final class Converter implements ITypeConverter<RankingRule> {
    @Override
    public RankingRule convert(String value) {
      return named(value);
    }
  }

  /** The rule names, for {@code ${COMPLETION-CANDIDATES}} in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }

  /** {@code --collective none|attendees|FACTOR}. */
  static final class Collective implements ITypeConverter<CollectiveWeighting> {
    @Override
    public CollectiveWeighting convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("none")) {
        return CollectiveWeighting.none();
      }
      if (v.equals("attendees")) {
        return CollectiveWeighting.attendees();
      }
      try {
        return CollectiveWeighting.factor(Double.parseDouble(v));
      } catch (IllegalArgumentException e) { // NumberFormatException too
        throw new TypeConversionException(
            "expected none, attendees or a positive factor such as 2.5, got '" + value + "'");
      }
    }
  }

  /** {@code --vote-mode support|approval|for-against|majority-judgment}. */
  static final class Mode implements ITypeConverter<VoteMode> {

    /** The vote modes as options spell them. */
    static final List<String> NAMES =
        List.of("support", "approval", "for-against", "majority-judgment");

    @Override
    public VoteMode convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      return switch (v) {
        case "support" -> VoteMode.SUPPORT;
        case "approval" -> VoteMode.APPROVAL;
        case "for-against" -> VoteMode.FOR_AGAINST;
        case "majority-judgment" -> VoteMode.MAJORITY_JUDGMENT;
        default ->
            throw new TypeConversionException(
                "unknown vote mode '" + value + "'; the modes are " + String.join(", ", NAMES));
      };
    }

    /** How options spell {@code mode}. */
    static String name(VoteMode mode) {
      return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The vote modes, for the help. */
  static final class ModeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Mode.NAMES.iterator();
    }
  }
}
