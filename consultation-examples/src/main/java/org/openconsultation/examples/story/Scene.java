package org.openconsultation.examples.story;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Stance;

/**
 * One moment of the story, at a local time in Paris. Scenes are plain data; {@link
 * ConsultationStory} plays them against the engine. Contributions and comments carry a story key so
 * that later scenes can point at them.
 */
sealed interface Scene {

  /** When the scene happens, in Paris. */
  LocalDateTime at();

  /** A member writes an individual contribution. */
  record Individual(
      LocalDateTime at, String key, Member author, StoryTheme theme, String title, String body)
      implements Scene {}

  /** An association, local authority or company writes an institutional contribution. */
  record Institutional(
      LocalDateTime at, String key, Member author, StoryTheme theme, String title, String body)
      implements Scene {}

  /**
   * A facilitator at a digital-inclusion desk types in what a person who is not online says.
   *
   * @param desk where the facilitator works
   * @param onBehalfOf the person's name, as they agreed to have it shown
   * @param territory the person's département code
   */
  record Assisted(
      LocalDateTime at,
      String key,
      Member facilitator,
      String desk,
      String onBehalfOf,
      String territory,
      StoryTheme theme,
      String title,
      String body)
      implements Scene {}

  /**
   * A facilitator records a workshop held earlier and submits its collective contribution.
   *
   * @param city the city, for the narration
   * @param heldAt when it was held, in the place's own time zone
   */
  record Workshop(
      LocalDateTime at,
      String key,
      Member facilitator,
      String city,
      LocalDateTime heldAt,
      WorkshopPlace place,
      int attendees,
      StoryTheme theme,
      String title,
      String body)
      implements Scene {}

  /** A member comments on a contribution, or replies to an earlier comment on it. */
  record Remark(
      LocalDateTime at,
      String key,
      Member author,
      String contribution,
      @Nullable String replyTo,
      @Nullable Stance stance,
      String body)
      implements Scene {}

  /** A week's supports: each voter supports some contributions. */
  record Supports(LocalDateTime at, List<Ballots> ballots) implements Scene {

    /** The number of supports given in this round. */
    int count() {
      return ballots.stream().mapToInt(b -> b.contributions().size()).sum();
    }
  }

  /** One voter's supports in a round, by contribution key. */
  record Ballots(Member voter, List<String> contributions) {}

  /** The organiser publishes a news brief. */
  record Brief(LocalDateTime at, String title, String body) implements Scene {}
}
