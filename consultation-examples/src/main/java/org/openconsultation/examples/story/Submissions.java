package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.Narrator.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/** Contributions of the three kinds, and the workshops that produce the collective ones. */
final class Submissions {

  private final ConsultationEngine engine;
  private final Narrator narrator;
  private final ConsultationId consultation;
  private final Map<StoryTheme, ThemeId> themes;
  private final Map<String, Contribution> byKey = new LinkedHashMap<>();

  Submissions(
      ConsultationEngine engine,
      Narrator narrator,
      ConsultationId consultation,
      Map<StoryTheme, ThemeId> themes) {
    this.engine = engine;
    this.narrator = narrator;
    this.consultation = consultation;
    this.themes = Map.copyOf(themes);
  }

  /** The contributions submitted so far, by story key, in order of submission. */
  Map<String, Contribution> byKey() {
    return byKey;
  }

  /** The contribution submitted under {@code key}. */
  Contribution get(String key) {
    return Objects.requireNonNull(byKey.get(key), () -> "no contribution " + key);
  }

  /** A member writes an individual contribution. */
  void individual(Scene.Individual s) {
    Contribution c =
        engine
            .contributions()
            .submit(
                s.author().actor(),
                new SubmitContribution(consultation, theme(s.theme()), s.title(), s.body()));
    told(s.key(), c, s.author().displayName() + " propose " + c.reference());
  }

  /** An organisation writes in its own name. */
  void institutional(Scene.Institutional s) {
    SubmitInstitutionalContribution command =
        new SubmitInstitutionalContribution(
            consultation, theme(s.theme()), s.title(), s.body(), s.author().displayName(), null);
    Contribution c = engine.contributions().submitInstitutional(s.author().actor(), command);
    told(
        s.key(),
        c,
        s.author().displayName() + " dépose une contribution institutionnelle, " + c.reference());
  }

  /** A facilitator types in the words of someone who is not online. */
  void assisted(Scene.Assisted s) {
    SubmitAssistedContribution command =
        new SubmitAssistedContribution(
            consultation,
            theme(s.theme()),
            s.title(),
            s.body(),
            s.onBehalfOf(),
            s.territory(),
            null);
    Contribution c = engine.contributions().submitAssisted(s.facilitator().actor(), command);
    told(
        s.key(),
        c,
        s.facilitator().displayName()
            + ", "
            + s.desk()
            + ", saisit "
            + c.reference()
            + " pour "
            + Narrator.keep(s.onBehalfOf()));
  }

  /** A facilitator records a workshop held the day before and submits its contribution. */
  void workshop(Scene.Workshop s) {
    RecordWorkshop record =
        new RecordWorkshop(
            consultation,
            "Atelier de " + s.city(),
            "Animé par " + s.facilitator().displayName() + ".",
            s.heldAt(),
            s.place(),
            s.attendees(),
            Set.of(s.facilitator().id()),
            List.of(theme(s.theme())));
    Workshop w = engine.workshops().record(s.facilitator().actor(), record);
    SubmitCollectiveContribution collective =
        new SubmitCollectiveContribution(
            consultation, w.id(), theme(s.theme()), s.title(), s.body(), null);
    Contribution c = engine.contributions().submitCollective(s.facilitator().actor(), collective);
    told(
        s.key(),
        c,
        s.facilitator().displayName()
            + " consigne l'atelier de "
            + s.city()
            + " ("
            + Narrator.plural(w.attendeeCount(), "personne")
            + ") et dépose "
            + c.reference());
  }

  private void told(String key, Contribution c, String who) {
    byKey.put(key, c);
    narrator.say(who + " : " + quote(c.title()));
  }

  private ThemeId theme(StoryTheme t) {
    return Objects.requireNonNull(themes.get(t), t::name);
  }
}
