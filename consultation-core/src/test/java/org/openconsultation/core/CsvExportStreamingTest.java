package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.CommentRepository;
import org.openconsultation.core.spi.ConsultationRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.MilestoneRepository;
import org.openconsultation.core.spi.ModerationRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ParticipantRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;
import org.openconsultation.core.spi.WorkshopRepository;

/**
 * The CSV export streams: each row reaches the caller's stream while the store is still handing out
 * the next ones, and the progress listener hears every {@link ExportProgress#EVERY} rows and at the
 * end.
 */
class CsvExportStreamingTest {

  private static final int ROWS = 2 * ExportProgress.EVERY + 1;

  private final ObservedStore store = new ObservedStore();
  private final TestWorld w = new TestWorld(store);
  private final ConsultationId c = w.open();
  private final ThemeId theme = w.theme(c, "Mobilité");

  CsvExportStreamingTest() {
    Instant at = w.clock.instant();
    for (int i = 0; i < ROWS; i++) {
      Reference reference = store.contributions().nextReference(c);
      ContributionId id = new ContributionId(new UUID(1, i));
      ParticipantId author = ParticipantId.of("author-" + (i % 97));
      String title = "=Idée " + i + ", avec ; des \"séparateurs\"";
      store
          .contributions()
          .insert(
              new Contribution(
                  c,
                  id,
                  reference,
                  theme,
                  author,
                  Provenance.individual(),
                  title,
                  "Texte\n" + i,
                  null,
                  null,
                  PublicationStatus.PUBLISHED,
                  1,
                  at,
                  at),
              new Revision(c, id, 1, title, "Texte\n" + i, author, "", at));
    }
  }

  @Test
  void theProgressListenerHearsEveryTenThousandRowsAndTheEnd() {
    List<String> heard = new ArrayList<>();
    ExportOptions options =
        ExportOptions.defaults()
            .withProgress((table, rows, done) -> heard.add(table + " " + rows + " " + done));

    var summary =
        w.engine
            .exports()
            .csv(w.visitor, c, ExportTable.CONTRIBUTIONS, OutputStream.nullOutputStream(), options);

    assertThat(heard)
        .containsExactly(
            "CONTRIBUTIONS 10000 false", "CONTRIBUTIONS 20000 false", "CONTRIBUTIONS 20001 true");
    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(ROWS);
  }

  @Test
  void rowsReachTheStreamWhileTheStoreIsStillReading() {
    Counting out = new Counting();
    long[] writtenWhenHalfRead = {-1};
    store.onRow =
        handed -> {
          if (handed == ROWS / 2) {
            writtenWhenHalfRead[0] = out.bytes;
          }
        };

    w.engine.exports().csv(w.visitor, c, ExportTable.CONTRIBUTIONS, out, ExportOptions.defaults());

    assertThat(writtenWhenHalfRead[0]).isGreaterThan(out.bytes / 3).isLessThan(out.bytes * 2 / 3);
  }

  /** Counts what is written, keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** An in-memory store that tells how many contributions its stream has handed out so far. */
  private static final class ObservedStore implements ConsultationStore {
    private final InMemoryStore delegate = new InMemoryStore();
    volatile Consumer<Long> onRow = handed -> {};
    private final ContributionRepository contributions =
        (ContributionRepository)
            Proxy.newProxyInstance(
                ContributionRepository.class.getClassLoader(),
                new Class<?>[] {ContributionRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("forEach")) {
                    @SuppressWarnings("unchecked")
                    Consumer<Object> action = (Consumer<Object>) args[2];
                    long[] handed = {0};
                    args[2] =
                        (Consumer<Object>)
                            row -> {
                              action.accept(row);
                              onRow.accept(++handed[0]);
                            };
                  }
                  try {
                    return method.invoke(delegate.contributions(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });

    @Override
    public Transactions transactions() {
      return delegate.transactions();
    }

    @Override
    public ConsultationRepository consultations() {
      return delegate.consultations();
    }

    @Override
    public ThemeRepository themes() {
      return delegate.themes();
    }

    @Override
    public NewsRepository news() {
      return delegate.news();
    }

    @Override
    public MilestoneRepository milestones() {
      return delegate.milestones();
    }

    @Override
    public ParticipantRepository participants() {
      return delegate.participants();
    }

    @Override
    public ContributionRepository contributions() {
      return contributions;
    }

    @Override
    public WorkshopRepository workshops() {
      return delegate.workshops();
    }

    @Override
    public CommentRepository comments() {
      return delegate.comments();
    }

    @Override
    public BallotRepository ballots() {
      return delegate.ballots();
    }

    @Override
    public ModerationRepository moderation() {
      return delegate.moderation();
    }
  }
}
