package org.openconsultation.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;

/**
 * Contributions in {@code oc_contribution} with their revisions in {@code oc_revision}, listed by
 * reference number; references from a {@link ReferenceCounter}, writes by {@link
 * ContributionWrites}, rows mapped by {@link ContributionRows}.
 */
final class JdbcContributions implements ContributionRepository {

  private final Db db;
  private final Transactor tx;
  private final ReferenceCounter counter;
  private final ContributionWrites writes;
  private final String findByReference;
  private final String list;
  private final String revisions;
  private final ContributionStreams streams;

  JdbcContributions(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.streams = new ContributionStreams(db, tx);
    this.counter = new ReferenceCounter(db);
    this.writes = new ContributionWrites(db);
    String select =
        "SELECT " + ContributionRows.COLUMNS + " FROM {p}contribution WHERE consultation_id = ?";
    this.findByReference = db.sql(select + " AND reference_number = ?");
    this.list = db.sql(select + " ORDER BY reference_number");
    this.revisions =
        db.sql(
            "SELECT "
                + ContributionRows.REVISION_COLUMNS
                + " FROM {p}revision WHERE consultation_id = ? AND contribution_id = ?"
                + " ORDER BY number");
  }

  /** After a lost commit, found if the counter reached the number handed out. */
  @Override
  public Reference nextReference(ConsultationId consultation) {
    AtomicLong allocated = new AtomicLong();
    return tx.write(
        c -> {
          allocated.set(counter.next(c, consultation));
          return new Reference(allocated.get());
        },
        c -> counter.last(c, consultation) >= allocated.get());
  }

  @Override
  public void insert(Contribution contribution, Revision first) {
    requireRevisionOf(contribution, first);
    if (first.number() != 1) {
      throw new IllegalArgumentException("a first revision is number 1, not " + first.number());
    }
    tx.write(
        c -> {
          writes.insert(c, contribution, first);
          return null;
        },
        c -> writes.isInserted(c, contribution));
  }

  @Override
  public void update(Contribution contribution) {
    tx.write(
        c -> {
          writes.update(c, contribution, contribution.revision());
          return null;
        },
        c -> writes.isUpdated(c, contribution));
  }

  @Override
  public void revise(Contribution contribution, Revision revision) {
    requireRevisionOf(contribution, revision);
    if (contribution.revision() != revision.number()) {
      throw new IllegalArgumentException("the contribution must carry the revision's number");
    }
    tx.write(
        c -> {
          writes.revise(c, contribution, revision);
          return null;
        },
        c -> writes.isRevised(c, revision));
  }

  @Override
  public Optional<Contribution> find(ConsultationId consultation, ContributionId id) {
    return tx.read(c -> writes.find(c, consultation, id));
  }

  @Override
  public Optional<Contribution> findByReference(ConsultationId consultation, Reference reference) {
    return tx.read(
        c ->
            db.one(
                c,
                findByReference,
                b -> b.uuid(consultation.value()).number(reference.number()),
                ContributionRows::map));
  }

  @Override
  public List<Contribution> list(ConsultationId consultation, ContributionFilter filter) {
    List<Contribution> found = new ArrayList<>();
    forEach(consultation, filter, found::add);
    return List.copyOf(found);
  }

  @Override
  public void forEach(
      ConsultationId consultation,
      ContributionFilter filter,
      Consumer<? super Contribution> action) {
    Filtered query = Filtered.of(list, filter);
    tx.stream(
        c -> {
          db.stream(
              c,
              query.sql(),
              b -> {
                b.uuid(consultation.value());
                query.bind(b);
              },
              ContributionRows::map,
              action);
          return null;
        });
  }

  @Override
  public List<Revision> revisions(ConsultationId consultation, ContributionId id) {
    return tx.read(
        c ->
            db.list(
                c,
                revisions,
                b -> b.uuid(consultation.value()).uuid(id.value()),
                ContributionRows::mapRevision));
  }

  /** In one query, joined to the contributions for their order and the filter. */
  @Override
  public void forEachRevision(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Reference, ? super Revision> action) {
    streams.forEachRevision(consultation, filter, action);
  }

  /** In one statement; after a lost commit, found if the counter reached the number. */
  @Override
  public void advanceReferences(ConsultationId consultation, long atLeast) {
    tx.write(
        c -> {
          counter.advance(c, consultation, atLeast);
          return null;
        },
        c -> counter.last(c, consultation) >= atLeast);
  }

  /** The streams that join contributions to other tables. */
  ContributionStreams streams() {
    return streams;
  }

  private static void requireRevisionOf(Contribution contribution, Revision revision) {
    if (!revision.consultationId().equals(contribution.consultationId())
        || !revision.contributionId().equals(contribution.id())) {
      throw new IllegalArgumentException("the revision belongs to another contribution");
    }
  }
}
