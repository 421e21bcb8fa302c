package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.auth.RolePolicy;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * Every command asks the authorisation policy: an actor without a granted role, and an anonymous
 * visitor, are refused with {@link ForbiddenException} and nothing changes. Also the domain rules
 * checked besides the policy, and the documented table.
 */
class AuthorizationTest {

  /**
   * Every command of {@link GuardedCommand#all()}, and the imports, which load data with {@code
   * MANAGE_DATA}: the permission is checked before the input is read, so an empty input does.
   */
  static List<GuardedCommand> guarded() {
    List<GuardedCommand> all = new ArrayList<>(GuardedCommand.all());
    Function<TestWorld, List<Actor>> notOrganisers =
        w -> List.of(w.alice, w.moderator, w.facilitator, w.signedInVisitor, w.visitor);
    all.add(
        new GuardedCommand(
            "imports().openDataPackage",
            Action.MANAGE_DATA,
            (s, a) ->
                s.engine.imports().openDataPackage(a, s.c, new ByteArrayInputStream(new byte[0])),
            notOrganisers));
    all.add(
        new GuardedCommand(
            "imports().json",
            Action.MANAGE_DATA,
            (s, a) -> s.engine.imports().json(a, s.c, new ByteArrayInputStream(new byte[0])),
            notOrganisers));
    return all;
  }

  static Stream<Arguments> refusals() {
    List<Arguments> all = new ArrayList<>();
    TestWorld cast = new TestWorld(); // every world has the same cast
    for (GuardedCommand g : guarded()) {
      List<Actor> lacking = g.lacking().apply(cast);
      for (int i = 0; i < lacking.size(); i++) {
        all.add(Arguments.of(g, i, GuardedCommand.describe(lacking.get(i))));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} by {2}")
  @MethodSource("refusals")
  void anActorWithoutTheActionIsForbiddenAndNothingChanges(GuardedCommand g, int who, String name) {
    Scene s = new Scene();
    Actor actor = g.lacking().apply(s.w).get(who);
    EngineSnapshot before = EngineSnapshot.of(s.w);
    int events = s.w.events.size();

    ForbiddenException e =
        Failures.thrown(ForbiddenException.class, () -> g.command().run(s, actor));

    assertThat(e.code()).isEqualTo(GuardedCommand.forbiddenCode(g.action()));
    assertThat(e.getMessage()).startsWith("Vous n'êtes pas autorisé à faire cela");
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
    assertThat(s.w.events).hasSize(events);
  }

  @Test
  void everyCommandOfTheEngineIsInTheTableAndEveryActionIsExercised() {
    Set<String> tabled = new HashSet<>();
    Set<Action> exercised = EnumSet.noneOf(Action.class);
    guarded().forEach(g -> tabled.add(g.name()));
    guarded().forEach(g -> exercised.add(g.action()));

    Set<String> engineCommands = new TreeSet<>();
    for (Method area : ConsultationEngine.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(area.getModifiers()) || Modifier.isStatic(area.getModifiers())) {
        continue;
      }
      for (Method m : area.getReturnType().getMethods()) {
        boolean takesCommand =
            Arrays.stream(m.getParameterTypes())
                .anyMatch(t -> t.getPackageName().equals(CloseEarly.class.getPackageName()));
        boolean lifecycleStep =
            Set.of("publish", "publishResults", "archive").contains(m.getName());
        if (takesCommand || lifecycleStep) {
          engineCommands.add(area.getName() + "()." + m.getName());
        }
      }
    }
    assertThat(engineCommands).hasSizeGreaterThan(25);
    assertThat(tabled).containsAll(engineCommands);
    // READ_HIDDEN_RESULTS and READ_UNPUBLISHED guard reads, not commands: see LifecycleTest and
    // ContributionsTest.
    assertThat(exercised)
        .containsAll(
            EnumSet.complementOf(EnumSet.of(Action.READ_HIDDEN_RESULTS, Action.READ_UNPUBLISHED)));
  }

  @Test
  void aRefusalIsExplainedInTheActorsLanguage() {
    Scene s = new Scene();
    ForbiddenException e =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .news()
                    .publish(s.w.alice.withLocale(Locale.ENGLISH), new PublishNews(s.c, "T", "B")));
    assertThat(e.code()).isEqualTo("forbidden.publish-news");
    assertThat(e.getMessage()).startsWith("You are not allowed to do this");
  }

  @Test
  void editingOrWithdrawingSomeoneElsesContributionIsForbidden() {
    Scene s = new Scene();
    EngineSnapshot before = EngineSnapshot.of(s.w);

    ForbiddenException edit =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .contributions()
                    .edit(
                        s.w.bob,
                        new EditContribution(s.c, s.aliceIdea.id(), "Pris", "Par Bob", "")));
    ForbiddenException withdraw =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .contributions()
                    .withdraw(s.w.bob, new WithdrawContribution(s.c, s.aliceIdea.id())));
    // Not even the facilitator who did not submit it, nor an organiser.
    Failures.thrown(
        ForbiddenException.class,
        () ->
            s.engine
                .contributions()
                .withdraw(s.w.organiser, new WithdrawContribution(s.c, s.aliceIdea.id())));

    assertThat(edit.code()).isEqualTo("forbidden.edit-own-contribution");
    assertThat(withdraw.code()).isEqualTo("forbidden.edit-own-contribution");
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
  }

  @Test
  void anUnregisteredParticipantCannotContributeCommentVoteOrFlag() {
    Scene s = new Scene();
    Actor dave = s.w.dave; // has the participant role, but never registered
    EngineSnapshot before = EngineSnapshot.of(s.w);
    int events = s.w.events.size();

    List<GuardedCommand.Command> attempts =
        List.of(
            (x, a) ->
                x.engine
                    .contributions()
                    .submit(a, new SubmitContribution(x.c, x.mobility, "Titre", "Texte")),
            (x, a) ->
                x.engine
                    .contributions()
                    .submitInstitutional(
                        a,
                        new SubmitInstitutionalContribution(
                            x.c, x.mobility, "Titre", "Texte", "Asso", null)),
            (x, a) ->
                x.engine
                    .comments()
                    .post(a, new PostComment(x.c, x.aliceIdea.id(), null, "Bonjour", null)),
            (x, a) ->
                x.engine.votes().cast(a, new CastBallot(x.c, x.aliceIdea.id(), Ballot.support())),
            (x, a) -> x.engine.votes().retract(a, new RetractBallot(x.c, x.aliceIdea.id())),
            (x, a) ->
                x.engine
                    .moderation()
                    .flag(a, new FlagContent(x.c, ContentRef.of(x.aliceIdea.id()), "Spam")),
            (x, a) ->
                x.engine
                    .participants()
                    .updateProfile(
                        a, new UpdateProfile(x.c, "Dave", ParticipantKind.PERSON, null)));
    for (GuardedCommand.Command attempt : attempts) {
      ForbiddenException e = Failures.thrown(ForbiddenException.class, () -> attempt.run(s, dave));
      assertThat(e.code()).isEqualTo("participant.not-registered");
      assertThat(e.getMessage())
          .isEqualTo("Vous devez d'abord vous inscrire à cette consultation.");
    }
    // A facilitator who never registered cannot submit on someone's behalf either.
    Actor unregisteredFacilitator = Actor.of(ParticipantId.of("facilitator-3"), Role.FACILITATOR);
    ForbiddenException assisted =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .contributions()
                    .submitAssisted(
                        unregisteredFacilitator,
                        new SubmitAssistedContribution(
                            s.c, s.mobility, "Titre", "Texte", "Mme Durand", null, null)));
    assertThat(assisted.code()).isEqualTo("participant.not-registered");

    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
    assertThat(s.w.events).hasSize(events);
  }

  @Test
  void aPersonCannotSubmitAnInstitutionalContribution() {
    Scene s = new Scene();
    EngineSnapshot before = EngineSnapshot.of(s.w);

    ForbiddenException e =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .contributions()
                    .submitInstitutional(
                        s.w.alice.withLocale(Locale.ENGLISH),
                        new SubmitInstitutionalContribution(
                            s.c, s.mobility, "Titre", "Texte", "Mairie", null)));

    assertThat(e.code()).isEqualTo("participant.not-institution");
    assertThat(e.getMessage()).startsWith("Only organisations");
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
    // The association may.
    assertThat(
            s.engine
                .contributions()
                .submitInstitutional(
                    s.w.association,
                    new SubmitInstitutionalContribution(
                        s.c, s.mobility, "Titre", "Texte", "Vélo 971", null))
                .kind())
        .isEqualTo(ContributionKind.INSTITUTIONAL);
  }

  @Test
  void aFacilitatorWhoDoesNotRunTheWorkshopCannotSubmitItsCollectiveContributionNorChangeIt() {
    Scene s = new Scene();
    EngineSnapshot before = EngineSnapshot.of(s.w);

    ForbiddenException submit =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .contributions()
                    .submitCollective(
                        s.w.otherFacilitator,
                        new SubmitCollectiveContribution(
                            s.c, s.workshop.id(), s.mobility, "Titre", "Texte", null)));
    ForbiddenException update =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                s.engine
                    .workshops()
                    .update(
                        s.w.otherFacilitator,
                        new UpdateWorkshop(
                            s.c,
                            s.workshop.id(),
                            "Repris",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            12,
                            Set.of(s.w.otherFacilitator.participant()),
                            List.of(s.mobility))));

    assertThat(submit.code()).isEqualTo("workshop.not-facilitator");
    assertThat(update.code()).isEqualTo("workshop.not-facilitator");
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
  }

  @Test
  void aDraftIsNotFoundByThoseWhoMayNotReadItAndForbiddenToAModerator() {
    Scene s = new Scene();
    EngineSnapshot before = EngineSnapshot.of(s.w);

    NotFoundException byParticipant =
        Failures.thrown(
            NotFoundException.class, () -> s.engine.consultations().publish(s.w.alice, s.draft));
    NotFoundException byVisitor =
        Failures.thrown(
            NotFoundException.class, () -> s.engine.consultations().publish(s.w.visitor, s.draft));
    ForbiddenException byModerator =
        Failures.thrown(
            ForbiddenException.class,
            () -> s.engine.consultations().publish(s.w.moderator, s.draft));

    assertThat(byParticipant.code()).isEqualTo("consultation.not-found");
    assertThat(byVisitor.code()).isEqualTo("consultation.not-found");
    assertThat(byModerator.code()).isEqualTo("forbidden.manage-lifecycle");
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
  }

  @Test
  void theEngineAsksTheInstalledPolicy() {
    TestWorld w = new TestWorld();
    ConsultationEngine strict =
        ConsultationEngine.builder()
            .store(w.store)
            .clock(w.clock)
            .authorizationPolicy(request -> false)
            .build();
    ConsultationEngine generous =
        ConsultationEngine.builder()
            .store(w.store)
            .clock(w.clock)
            .authorizationPolicy(
                RolePolicy.standard()
                    .granting(Action.PUBLISH_NEWS, EnumSet.of(Role.ORGANISER, Role.FACILITATOR)))
            .build();
    var c = w.open();

    Failures.thrown(
        ForbiddenException.class,
        () -> strict.news().publish(w.organiser, new PublishNews(c, "Titre", "Texte")));
    assertThat(generous.news().publish(w.facilitator, new PublishNews(c, "Titre", "Texte")).title())
        .isEqualTo("Titre");
    Failures.thrown(
        ForbiddenException.class,
        () -> w.engine.news().publish(w.facilitator, new PublishNews(c, "Titre", "Texte")));
  }

  // ---------------------------------------------------------------- the documented table

  private static final List<String> HEADER =
      List.of("Action", "VISITOR", "PARTICIPANT", "FACILITATOR", "MODERATOR", "ORGANISER");
  private static final Pattern ACTION_CELL = Pattern.compile("`([A-Z_]+)`");
  private static final Pattern SEPARATOR =
      Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

  @Test
  void theDocumentedRoleTableIsTheStandardPolicy() throws IOException {
    Path doc = Path.of("../docs/authorization.md");
    assertThat(doc).as("docs/authorization.md (from the module directory)").isRegularFile();
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);

    List<Integer> headers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (cells(lines.get(i)).equals(HEADER)) {
        headers.add(i);
      }
    }
    assertThat(headers).as("tables with the header %s", String.join(" | ", HEADER)).hasSize(1);
    int at = headers.get(0) + 1;
    assertThat(lines.get(at).trim()).as("the separator line").matches(SEPARATOR);

    Map<Action, Set<Role>> documented = new EnumMap<>(Action.class);
    SoftAssertions soft = new SoftAssertions();
    for (at = at + 1; at < lines.size() && lines.get(at).trim().startsWith("|"); at++) {
      List<String> row = cells(lines.get(at));
      soft.assertThat(row).as("row %s", lines.get(at)).hasSize(HEADER.size());
      Matcher m = ACTION_CELL.matcher(row.get(0));
      if (!m.matches()) {
        soft.fail("the action is not a constant in backticks: %s", row.get(0));
        continue;
      }
      Action action;
      try {
        action = Action.valueOf(m.group(1));
      } catch (IllegalArgumentException e) {
        soft.fail("no Action constant %s", m.group(1));
        continue;
      }
      soft.assertThat(documented).as("rows of %s", action).doesNotContainKey(action);
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (int col = 1; col < Math.min(row.size(), HEADER.size()); col++) {
        String cell = row.get(col).toLowerCase(Locale.ROOT);
        if (cell.equals("yes")) {
          roles.add(Role.valueOf(HEADER.get(col)));
        } else if (!cell.equals("no")) {
          soft.fail("%s / %s: expected yes or no, found '%s'", action, HEADER.get(col), cell);
        }
      }
      documented.put(action, roles);
    }

    RolePolicy standard = RolePolicy.standard();
    for (Action action : Action.values()) {
      soft.assertThat(documented).as("a row for %s", action).containsKey(action);
      if (documented.containsKey(action)) {
        soft.assertThat(documented.get(action))
            .as("roles granted %s: documented vs RolePolicy.standard()", action)
            .isEqualTo(standard.rolesFor(action));
      }
    }
    soft.assertAll();
  }

  private static List<String> cells(String line) {
    String t = line.trim();
    if (!t.startsWith("|")) {
      return List.of();
    }
    t = t.substring(1);
    if (t.endsWith("|")) {
      t = t.substring(0, t.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String cell : t.split("\\|", -1)) {
      out.add(cell.trim());
    }
    return out;
  }
}
