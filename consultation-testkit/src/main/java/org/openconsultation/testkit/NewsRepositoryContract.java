package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.spi.NewsRepository;

/** The contract of {@link NewsRepository}. */
public abstract class NewsRepositoryContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected NewsRepositoryContract() {}

  private NewsRepository repository() {
    return store().news();
  }

  @Test
  void anInsertedNewsItemIsFoundInItsConsultationOnly() {
    NewsItem item = Samples.news(cid, Samples.T0);

    repository().insert(item);

    assertThat(repository().find(cid, item.id())).contains(item);
    assertThat(repository().find(other, item.id())).isEmpty();
    assertThat(repository().find(cid, new NewsItemId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredItem() {
    NewsItem item = Samples.news(cid, Samples.T0);
    repository().insert(item);

    assertThatThrownBy(
            () -> repository().insert(Samples.news(cid, item.id(), Samples.T0.plusSeconds(60))))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().list(cid)).containsExactly(item);
  }

  @Test
  void newsIsListedNewestFirstThenByIdDescending() {
    NewsItem older = Samples.news(cid, new NewsItemId(Samples.uuid(9)), Samples.T0);
    NewsItem tieLow =
        Samples.news(cid, new NewsItemId(Samples.uuid(1)), Samples.T0.plus(Duration.ofDays(1)));
    NewsItem tieHigh =
        Samples.news(cid, new NewsItemId(Samples.uuid(2)), Samples.T0.plus(Duration.ofDays(1)));
    repository().insert(tieLow);
    repository().insert(older);
    repository().insert(tieHigh);

    assertThat(repository().list(cid)).containsExactly(tieHigh, tieLow, older);
  }

  @Test
  void theListHoldsOnlyTheConsultationsNewsAndIsAnImmutableSnapshot() {
    NewsItem mine = Samples.news(cid, Samples.T0);
    repository().insert(mine);
    repository().insert(Samples.news(other, Samples.T0));
    List<NewsItem> before = repository().list(cid);

    repository().insert(Samples.news(cid, Samples.T0.plusSeconds(1)));

    assertThat(before).containsExactly(mine);
    assertThatThrownBy(() -> before.add(Samples.news(cid, Samples.T0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
