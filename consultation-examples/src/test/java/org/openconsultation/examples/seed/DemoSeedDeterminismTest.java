package org.openconsultation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.IdGenerator;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.examples.story.StoryClock;
import org.openconsultation.jdbc.JdbcStore;

class DemoSeedDeterminismTest {

  private static Run reference;

  @Test
  void twoSeedsWithTheSameIdsMakeTheSameContributions() {
    Run again = run(new InMemoryStore());

    assertThat(again.contributions()).isEqualTo(reference().contributions());
    assertThat(again.demo()).isEqualTo(reference().demo());
  }

  @Test
  void theJdbcStoreGetsTheSameContributionsAsTheInMemoryStore() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1");
    JdbcStore store = JdbcStore.builder(h2).build();
    store.migrate();

    Run jdbc = run(store);

    assertThat(jdbc.contributions()).isEqualTo(reference().contributions());
  }

  @Test
  void aClockPastTheStartIsRefused() {
    StoryClock late = DemoSeed.clock();
    late.set(LocalDateTime.of(2017, 6, 1, 9, 0));
    ConsultationEngine engine =
        ConsultationEngine.builder().store(new InMemoryStore()).clock(late).build();

    assertThatThrownBy(() -> DemoSeed.seed(engine, late))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private record Run(DemoConsultation demo, List<Contribution> contributions) {}

  /** A first seed on the in-memory store, made once. */
  private static synchronized Run reference() {
    if (reference == null) {
      reference = run(new InMemoryStore());
    }
    return reference;
  }

  private static Run run(ConsultationStore store) {
    StoryClock clock = DemoSeed.clock();
    AtomicLong counter = new AtomicLong();
    IdGenerator ids = () -> new UUID(0x5EED, counter.incrementAndGet());
    ConsultationEngine engine =
        ConsultationEngine.builder().store(store).clock(clock).ids(ids).build();
    DemoConsultation demo = DemoSeed.seed(engine, clock);
    return new Run(
        demo, engine.contributions().list(demo.organiser().actor(), demo.id(), Seeded.all()));
  }
}
