package org.openconsultation.examples.seed;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Stance;

/**
 * Composes bodies and comments from the hand-written phrases: an observation, the proposal in the
 * author's register, and sometimes a detail. Every body holds its own proposal, so no two are
 * alike. Organisations type typographic apostrophes (’), and so do some individuals.
 */
final class Writer {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

  private final SplittableRandom rng;
  private final Map<DemoTheme, Deck<String>> constats = new EnumMap<>(DemoTheme.class);
  private final Map<DemoTheme, Deck<String>> details = new EnumMap<>(DemoTheme.class);
  private final Map<DemoTheme, Deck<String>> remarks = new EnumMap<>(DemoTheme.class);
  private final Deck<String> openers;
  private final Deck<String> leads;
  private final Deck<String> positions;
  private final Deck<String> signOffs;
  private final Deck<String> attendance;
  private final Deck<String> conclusions;
  private final Deck<String> testimonies;
  private final Deck<String> onBehalf;
  private final Deck<String> agree;
  private final Deck<String> disagree;
  private final Deck<String> neutral;
  private final Deck<String> questions;
  private final Deck<String> replies;
  private final Deck<String> authorReplies;

  Writer(SplittableRandom rng) {
    this.rng = rng;
    for (DemoTheme t : DemoTheme.values()) {
      constats.put(t, new Deck<>(t.text().constats(), rng));
      details.put(t, new Deck<>(t.text().details(), rng));
      remarks.put(t, new Deck<>(t.text().remarks(), rng));
    }
    openers = new Deck<>(Voices.OPENERS, rng);
    leads = new Deck<>(Voices.LEADS, rng);
    positions = new Deck<>(Voices.POSITIONS, rng);
    signOffs = new Deck<>(Voices.SIGN_OFFS, rng);
    attendance = new Deck<>(Voices.ATTENDANCE, rng);
    conclusions = new Deck<>(Voices.CONCLUSIONS, rng);
    testimonies = new Deck<>(Voices.TESTIMONIES, rng);
    onBehalf = new Deck<>(Voices.ON_BEHALF, rng);
    agree = new Deck<>(Voices.AGREE, rng);
    disagree = new Deck<>(Voices.DISAGREE, rng);
    neutral = new Deck<>(Voices.NEUTRAL, rng);
    questions = new Deck<>(Voices.QUESTIONS, rng);
    replies = new Deck<>(Voices.REPLIES, rng);
    authorReplies = new Deck<>(Voices.AUTHOR_REPLIES, rng);
  }

  /** An individual's contribution. */
  String individual(DemoTheme theme, ThemeText.Idea idea) {
    StringBuilder b = new StringBuilder();
    if (chance(45)) {
      b.append(openers.draw()).append(' ');
    }
    b.append(constats.get(theme).draw()).append(' ').append(frame(leads.draw(), idea));
    if (chance(70)) {
      b.append(' ').append(details.get(theme).draw());
    }
    return chance(15) ? curly(b.toString()) : b.toString();
  }

  /** An organisation's position paper. */
  String institutional(Institutions.Institution who, DemoTheme theme, ThemeText.Idea idea) {
    String body =
        who.intro()
            + ' '
            + constats.get(theme).draw()
            + ' '
            + frame(positions.draw(), idea)
            + ' '
            + details.get(theme).draw()
            + (chance(60) ? ' ' + signOffs.draw() : "");
    return curly(body);
  }

  /**
   * A workshop's minutes: for all its attendees, or for a group of {@code group} of them who worked
   * on one theme.
   */
  String collective(Site site, DemoTheme theme, ThemeText.Idea idea, @Nullable Integer group) {
    StringBuilder b = new StringBuilder();
    if (group == null) {
      b.append("Compte rendu de l'atelier du ")
          .append(day(site))
          .append(" à ")
          .append(site.city())
          .append(" (")
          .append(site.place().name())
          .append("), qui a réuni ")
          .append(site.attendees())
          .append(" personnes : ")
          .append(attendance.draw())
          .append(". Les échanges sont partis d'un constat partagé. ")
          .append(constats.get(theme).draw())
          .append(" Les participants de l'atelier de ")
          .append(site.city())
          .append(unrepeated(" proposent " + de(idea.proposal())))
          .append('.');
    } else {
      b.append("Un groupe de ")
          .append(group)
          .append(" participants de l'atelier de ")
          .append(site.city())
          .append(" a travaillé sur le thème « ")
          .append(theme.title())
          .append(" ». ")
          .append(constats.get(theme).draw())
          .append(unrepeated(" Ils proposent " + de(idea.proposal())))
          .append('.');
    }
    if (chance(60)) {
      b.append(' ').append(details.get(theme).draw());
    }
    return b.append(' ').append(conclusions.draw()).toString();
  }

  /** What someone not online said to a facilitator at the desk. */
  String assisted(Facilitator desk, ThemeText.Idea idea) {
    String wish =
        chance(50) ? "Il faudrait " + idea.proposal() : "Ce serait bien " + de(idea.proposal());
    return testimonies.draw() + ' ' + wish + ". Propos recueillis " + desk.desk() + '.';
  }

  /** The name under which someone not online agreed to appear. */
  String onBehalf() {
    return onBehalf.draw();
  }

  /** A top-level comment with this stance on a contribution of this theme. */
  String comment(@Nullable Stance stance, DemoTheme theme) {
    String text;
    if (stance == null) {
      text = chance(50) ? questions.draw() : remarks.get(theme).draw();
    } else {
      int withRemark =
          switch (stance) {
            case AGREE -> 60;
            case NEUTRAL -> 40;
            case DISAGREE -> 35;
          };
      Deck<String> opener =
          switch (stance) {
            case AGREE -> agree;
            case NEUTRAL -> neutral;
            case DISAGREE -> disagree;
          };
      text = opener.draw() + (chance(withRemark) ? ' ' + remarks.get(theme).draw() : "");
    }
    return chance(20) ? curly(text) : text;
  }

  /** A reply to a comment, by the contribution's author or by someone else. */
  String reply(boolean byAuthor) {
    return byAuthor ? authorReplies.draw() : replies.draw();
  }

  private String frame(String template, ThemeText.Idea idea) {
    String p = idea.proposal();
    return unrepeated(template.replace("{de}{p}", de(p)).replace("{p}", p));
  }

  private boolean chance(int percent) {
    return rng.nextInt(100) < percent;
  }

  /** The text without "propose de proposer": the first verb becomes another. */
  static String unrepeated(String text) {
    return text.replace("propose de propos", "suggère de propos")
        .replace("proposons de propos", "suggérons de propos")
        .replace("proposent de propos", "recommandent de propos");
  }

  /** "de " or "d'" before {@code words}, then the words. */
  static String de(String words) {
    char c = Character.toLowerCase(words.charAt(0));
    return ("aàâeéèêëiîïoôuûüyh".indexOf(c) >= 0 ? "d'" : "de ") + words;
  }

  /** The text with typographic apostrophes. */
  static String curly(String text) {
    return text.replace('\'', '’');
  }

  private static String day(Site site) {
    int d = site.heldAt().getDayOfMonth();
    return (d == 1 ? "1er" : Integer.toString(d)) + ' ' + DAY.format(site.heldAt());
  }
}
