package org.openconsultation.core.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * Writes imported records into the target consultation through the storage ports, checking what
 * refers to what as it goes; tables must come in {@link Tables#ORDER}. After the first problem it
 * writes nothing more (the transaction will be undone) but the readers go on checking cells.
 *
 * <p>Memory: the theme and workshop ids (few), the edited contributions until their revisions come
 * ({@link ImportRevisions}), the participants met ({@link ImportParticipants}), the contributions
 * of the tallies table, and bounded caches of recently seen contributions and comments.
 *
 * <p>A tallies table may list contributions without ballots (with zero counts) or leave them out;
 * every contribution with ballots must be listed, with the counts its ballots give.
 */
final class ImportWriter {

  private final ConsultationStore store;
  private final Consultation target;
  private final ImportProblems problems;
  private final ImportParticipants participants = new ImportParticipants();
  private final ImportRevisions revisions;
  private final Set<ThemeId> themes = new HashSet<>();
  private final Set<WorkshopId> workshops = new HashSet<>();
  private final Map<ContributionId, Boolean> recentContributions = new Recent<>();
  private final Map<CommentId, ContributionId> recentComments = new Recent<>();
  private final Set<ContributionId> tallied = new HashSet<>();
  private long talliedWithBallots;
  private final Map<ExportTable, ImportOrigin> tables = new EnumMap<>(ExportTable.class);
  private final Map<ExportTable, Long> rows = new EnumMap<>(ExportTable.class);
  private long lastReference;

  ImportWriter(ConsultationStore store, Consultation target, ImportProblems problems) {
    this.store = store;
    this.target = target;
    this.problems = problems;
    this.revisions = new ImportRevisions(store, problems);
  }

  /** The consultation written to: records are built with its id. */
  ConsultationId consultation() {
    return target.id();
  }

  /** Notes that {@code table} is present, at {@code origin}. */
  void begin(ExportTable table, ImportOrigin origin) {
    tables.put(table, origin);
    rows.putIfAbsent(table, 0L);
  }

  /** Writes or checks one record of {@code table}. */
  void accept(ExportTable table, Object record, ImportOrigin origin) {
    rows.merge(table, 1L, Long::sum);
    if (problems.any()) {
      return;
    }
    if (record instanceof Theme t) {
      theme(t, origin);
    } else if (record instanceof Workshop w) {
      workshop(w, origin);
    } else if (record instanceof Contribution c) {
      contribution(c, origin);
    } else if (record instanceof Revision r) {
      participants.met(r.editor(), r.createdAt(), false);
      revisions.revision(r, origin);
    } else if (record instanceof Comment c) {
      comment(c, origin);
    } else if (record instanceof BallotRecord b) {
      ballot(b, origin);
    } else if (record instanceof Tally t) {
      tally(t, origin);
    } else {
      throw new IllegalArgumentException("not an imported record: " + record.getClass());
    }
  }

  /**
   * Checks what can only be checked at the end, then registers the participants met and moves the
   * reference counter past the highest reference imported.
   */
  ImportSummary finish() {
    if (!problems.any()) {
      revisions.finish();
    }
    ImportOrigin talliesOrigin = tables.get(ExportTable.TALLIES);
    if (!problems.any() && talliesOrigin != null) {
      long[] counted = {0};
      store.ballots().forEachTally(target.id(), t -> counted[0]++);
      if (counted[0] != talliedWithBallots) {
        problems.add(
            talliesOrigin,
            null,
            "import.tally",
            "import.tally.count",
            counted[0],
            talliedWithBallots);
      }
    }
    problems.throwIfAny();
    long created = participants.register(store, target);
    store.contributions().advanceReferences(target.id(), lastReference);
    return new ImportSummary(rows, created);
  }

  private void theme(Theme t, ImportOrigin origin) {
    if (!themes.add(t.id())) {
      duplicate(origin, t.id());
      return;
    }
    try {
      store.themes().insert(t);
    } catch (ConflictException e) {
      duplicate(origin, t.id());
    }
  }

  private void workshop(Workshop w, ImportOrigin origin) {
    for (ThemeId theme : w.themes()) {
      if (!themes.contains(theme)) {
        unknown(origin, "themes", "import.unknown.theme", theme);
      }
    }
    if (problems.any()) {
      return;
    }
    if (!workshops.add(w.id())) {
      duplicate(origin, w.id());
      return;
    }
    participants.met(w.organiser(), w.createdAt(), false);
    w.facilitators().forEach(f -> participants.met(f, w.createdAt(), false));
    try {
      store.workshops().insert(w);
    } catch (ConflictException e) {
      duplicate(origin, w.id());
    }
  }

  private void contribution(Contribution c, ImportOrigin origin) {
    if (!themes.contains(c.themeId())) {
      unknown(origin, "theme_id", "import.unknown.theme", c.themeId());
    }
    if (c.provenance() instanceof Provenance.Collective k && !workshops.contains(k.workshop())) {
      unknown(origin, "workshop_id", "import.unknown.workshop", k.workshop());
    }
    if (problems.any()) {
      return;
    }
    participants.met(c.author(), c.submittedAt(), c.kind() == ContributionKind.INSTITUTIONAL);
    lastReference = Math.max(lastReference, c.reference().number());
    revisions.contribution(c, origin);
    recentContributions.put(c.id(), Boolean.TRUE);
  }

  private void comment(Comment c, ImportOrigin origin) {
    if (!contributionExists(c.contributionId())) {
      unknown(origin, "contribution_id", "import.unknown.contribution", c.contributionId());
      return;
    }
    CommentId parent = c.parent();
    if (parent != null) {
      ContributionId thread =
          recentComments.computeIfAbsent(
              parent,
              p -> store.comments().find(target.id(), p).map(Comment::contributionId).orElse(null));
      if (thread == null) {
        unknown(origin, "parent_id", "import.unknown.comment", parent);
        return;
      }
      if (!thread.equals(c.contributionId())) {
        problems.add(origin, "parent_id", "import.reference", "import.parent-elsewhere", parent);
        return;
      }
    }
    participants.met(c.author(), c.postedAt(), false);
    try {
      store.comments().insert(c);
      recentComments.put(c.id(), c.contributionId());
    } catch (ConflictException e) {
      duplicate(origin, c.id());
    }
  }

  private void ballot(BallotRecord b, ImportOrigin origin) {
    if (!contributionExists(b.contributionId())) {
      unknown(origin, "contribution_id", "import.unknown.contribution", b.contributionId());
      return;
    }
    Ballot ballot = b.ballot();
    var settings = target.settings();
    if (!settings.voteMode().accepts(ballot)
        || (ballot instanceof Ballot.Grade g && g.grade() >= settings.gradeCount())) {
      problems.add(
          origin,
          "value",
          "import.ballot",
          "import.ballot.mode",
          ballot.value(),
          TableCells.lower(settings.voteMode()));
      return;
    }
    ParticipantId voter = b.participant();
    participants.met(voter, b.castAt(), false);
    if (store.ballots().put(b, 0).isPresent()) {
      problems.add(origin, "participant", "import.duplicate", "import.duplicate.ballot", voter);
    }
  }

  private void tally(Tally t, ImportOrigin origin) {
    if (!tallied.add(t.contributionId())) {
      problems.add(origin, "contribution_id", "import.duplicate", "import.duplicate.tally");
      return;
    }
    if (t.ballots() > 0) {
      talliedWithBallots++;
    }
    Tally counted = store.ballots().tally(target.id(), t.contributionId());
    if (!counted.equals(t)) {
      problems.add(
          origin,
          "contribution_id",
          "import.tally",
          "import.tally.mismatch",
          describe(counted),
          describe(t));
    }
  }

  private boolean contributionExists(ContributionId id) {
    if (recentContributions.containsKey(id)) {
      return true;
    }
    boolean found = store.contributions().find(target.id(), id).isPresent();
    if (found) {
      recentContributions.put(id, Boolean.TRUE);
    }
    return found;
  }

  private void duplicate(ImportOrigin origin, Object id) {
    problems.add(origin, "id", "import.duplicate", "import.duplicate.id", id);
  }

  private void unknown(ImportOrigin origin, String field, String key, Object id) {
    problems.add(origin, field, "import.reference", key, id);
  }

  private static String describe(Tally t) {
    return "supports="
        + t.supports()
        + " oppositions="
        + t.oppositions()
        + " neutrals="
        + t.neutrals()
        + " grades="
        + t.grades();
  }

  /** A map that forgets its least recently used entries past a few thousand. */
  private static final class Recent<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private static final int SIZE = 4096;

    Recent() {
      super(64, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > SIZE;
    }
  }
}
