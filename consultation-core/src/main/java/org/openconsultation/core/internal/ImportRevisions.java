package org.openconsultation.core.internal;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * Writes contributions with their revisions through the contribution port, which takes a
 * contribution with its first revision and then each next revision in turn.
 *
 * <p>A contribution never edited (at revision 1) is written at once with the first revision its
 * submission made (its title and text, by its author, at its submission time); its row of the
 * revisions table is then checked against that. An edited contribution waits for its revisions,
 * which must come in order from 1: the first is written with the contribution as it read then, each
 * next one revises it, and the last must read as the contribution does now. Only edited
 * contributions are held in memory meanwhile.
 */
final class ImportRevisions {

  /** An edited contribution waiting for revision {@code next}. */
  private record Pending(Contribution contribution, ImportOrigin origin, int next) {}

  private final ConsultationStore store;
  private final ImportProblems problems;
  private final Map<ContributionId, Pending> pending = new LinkedHashMap<>();

  ImportRevisions(ConsultationStore store, ImportProblems problems) {
    this.store = store;
    this.problems = problems;
  }

  /** The first revision a contribution's submission made. */
  static Revision first(Contribution c) {
    return new Revision(
        c.consultationId(), c.id(), 1, c.title(), c.body(), c.author(), "", c.submittedAt());
  }

  void contribution(Contribution c, ImportOrigin origin) {
    if (c.revision() == 1) {
      insert(c, first(c), origin);
    } else if (pending.putIfAbsent(c.id(), new Pending(c, origin, 1)) != null) {
      problems.add(origin, "id", "import.duplicate", "import.duplicate.id", c.id());
    }
  }

  void revision(Revision r, ImportOrigin origin) {
    Pending p = pending.get(r.contributionId());
    if (p == null) {
      settled(r, origin);
      return;
    }
    Contribution c = p.contribution();
    if (r.number() != p.next()) {
      problems.add(
          origin,
          "number",
          "import.revision",
          "import.revision.order",
          c.reference(),
          r.number(),
          p.next());
      return;
    }
    boolean last = r.number() == c.revision();
    if (last && !(r.title().equals(c.title()) && r.body().equals(c.body()))) {
      problems.add(origin, "body", "import.revision", "import.revision.text", c.reference());
      return;
    }
    Contribution state = last ? c : at(c, r);
    if (r.number() == 1) {
      if (!insert(state, r, origin)) {
        pending.remove(c.id());
        return;
      }
    } else {
      store.contributions().revise(state, r);
    }
    if (last) {
      pending.remove(c.id());
    } else {
      pending.put(c.id(), new Pending(c, p.origin(), r.number() + 1));
    }
  }

  /** Reports every edited contribution whose revisions did not all come. */
  void finish() {
    for (Pending p : pending.values()) {
      Contribution c = p.contribution();
      problems.add(
          p.origin(),
          "revision",
          "import.revision",
          "import.revision.missing",
          c.reference(),
          c.revision(),
          p.next());
    }
  }

  /** A revision of a contribution already written: only its unedited first revision may come. */
  private void settled(Revision r, ImportOrigin origin) {
    Optional<Contribution> stored =
        store.contributions().find(r.consultationId(), r.contributionId());
    if (stored.isEmpty()) {
      problems.add(
          origin,
          "contribution_id",
          "import.reference",
          "import.unknown.contribution",
          r.contributionId());
      return;
    }
    Contribution c = stored.get();
    if (r.number() > c.revision()) {
      problems.add(
          origin,
          "number",
          "import.revision",
          "import.revision.beyond",
          c.reference(),
          c.revision(),
          r.number());
    } else if (c.revision() > 1) {
      problems.add(
          origin,
          "number",
          "import.revision",
          "import.revision.duplicate",
          c.reference(),
          r.number());
    } else if (!same(first(c), r)) {
      problems.add(origin, null, "import.revision", "import.revision.first", c.reference());
    }
  }

  /** The same revision, times compared to the microsecond (as a database may keep them). */
  private static boolean same(Revision a, Revision b) {
    return a.title().equals(b.title())
        && a.body().equals(b.body())
        && a.editor().equals(b.editor())
        && a.note().equals(b.note())
        && a.createdAt()
            .truncatedTo(ChronoUnit.MICROS)
            .equals(b.createdAt().truncatedTo(ChronoUnit.MICROS));
  }

  /** The contribution as it read at revision {@code r}. */
  private static Contribution at(Contribution c, Revision r) {
    return new Contribution(
        c.consultationId(),
        c.id(),
        c.reference(),
        c.themeId(),
        c.author(),
        c.provenance(),
        r.title(),
        r.body(),
        c.territory(),
        c.location(),
        c.status(),
        r.number(),
        c.submittedAt(),
        r.createdAt());
  }

  private boolean insert(Contribution c, Revision first, ImportOrigin origin) {
    try {
      store.contributions().insert(c, first);
      return true;
    } catch (ConflictException e) {
      boolean reference = e.code().equals("contribution.reference-taken");
      problems.add(
          origin,
          reference ? "reference" : "id",
          "import.duplicate",
          reference ? "import.duplicate.reference" : "import.duplicate.id",
          reference ? c.reference() : c.id());
      return false;
    }
  }
}
