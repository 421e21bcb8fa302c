package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ContributionId;

/** Reported comments reach the moderation queue, and a decision there applies to them. */
class ModerationHttpTest {

  private static final String C = "/c/" + SmallSeed.SLUG;

  private Portal portal;

  @BeforeEach
  void start() {
    portal = TestPortal.start();
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void aModeratorHidesAReportedComment() {
    HttpVisitor alice = new HttpVisitor(portal);
    String token = alice.signIn(SmallSeed.ALICE);
    alice.post(
        C + "/C-2/comments",
        Map.of("body", "Un commentaire injurieux", "stance", "", "_csrf", token));
    Comment comment = comments().get(0);
    HttpVisitor bruno = new HttpVisitor(portal);
    String brunoToken = bruno.signIn(SmallSeed.BRUNO);
    bruno.post(
        C + "/C-2/comments/" + comment.id() + "/flag",
        Map.of("reason", "Insulte", "_csrf", brunoToken));

    HttpVisitor marc = new HttpVisitor(portal);
    String marcToken = marc.signIn(SmallSeed.MODERATOR);
    String queue = marc.get(C + "/moderation").body();
    assertThat(queue).contains("Un commentaire injurieux", "Bruno Petit", "Insulte");
    HttpResponse<String> done =
        marc.post(
            C + "/moderation",
            Map.of(
                "kind", "comment",
                "target", comment.id().toString(),
                "action", "HIDE",
                "reason", "Injure",
                "_csrf", marcToken));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(marc.get(C + "/moderation").body()).contains("Injure", "Marc Modérateur");
    assertThat(new HttpVisitor(portal).get(C + "/C-2").body())
        .doesNotContain("Un commentaire injurieux");
  }

  @Test
  void theQueueIsRefusedToAParticipant() {
    HttpVisitor alice = new HttpVisitor(portal);
    alice.signIn(SmallSeed.ALICE);

    assertThat(alice.get(C + "/moderation").statusCode()).isEqualTo(403);
  }

  private java.util.List<Comment> comments() {
    ContributionId second =
        portal
            .engine()
            .contributions()
            .resolve(
                SmallSeed.actor(SmallSeed.MODERATOR), portal.consultation().consultation(), "C-2")
            .contribution()
            .id();
    return portal
        .engine()
        .comments()
        .list(SmallSeed.actor(SmallSeed.MODERATOR), portal.consultation().consultation(), second);
  }
}
