package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ThemeRepository;

/** The contract of {@link ThemeRepository}. */
public abstract class ThemeRepositoryContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected ThemeRepositoryContract() {}

  private ThemeRepository repository() {
    return store().themes();
  }

  @Test
  void anInsertedThemeIsFoundInItsConsultationOnly() {
    Theme theme = Samples.theme(cid, 0);

    repository().insert(theme);

    assertThat(repository().find(cid, theme.id())).contains(theme);
    assertThat(repository().find(other, theme.id())).isEmpty();
    assertThat(repository().find(cid, new ThemeId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredTheme() {
    Theme theme = Samples.theme(cid, 0);
    repository().insert(theme);

    assertThatThrownBy(() -> repository().insert(Samples.theme(cid, theme.id(), 3)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().list(cid)).containsExactly(theme);
  }

  @Test
  void anUpdateReplacesTheTheme() {
    Theme theme = Samples.theme(cid, 0);
    repository().insert(theme);
    Theme renamed = new Theme(cid, theme.id(), "Diagnostic numérique du territoire", "", 2);

    repository().update(renamed);

    assertThat(repository().find(cid, theme.id())).contains(renamed);
  }

  @Test
  void updatingAnAbsentThemeIsNotFound() {
    Theme theme = Samples.theme(cid, 0);

    assertThatThrownBy(() -> repository().update(theme)).isInstanceOf(NotFoundException.class);

    assertThat(repository().list(cid)).isEmpty();
  }

  @Test
  void updatingAThemeUnderAnotherConsultationIsNotFoundAndChangesNothing() {
    Theme theme = Samples.theme(cid, 0);
    repository().insert(theme);

    assertThatThrownBy(() -> repository().update(Samples.theme(other, theme.id(), 0)))
        .isInstanceOf(NotFoundException.class);

    assertThat(repository().find(cid, theme.id())).contains(theme);
    assertThat(repository().find(other, theme.id())).isEmpty();
  }

  @Test
  void themesAreListedByPositionThenId() {
    Theme secondTie = Samples.theme(cid, new ThemeId(Samples.uuid(2)), 1);
    Theme first = Samples.theme(cid, new ThemeId(Samples.uuid(5)), 0);
    Theme firstTie = Samples.theme(cid, new ThemeId(Samples.uuid(1)), 1);
    repository().insert(secondTie);
    repository().insert(first);
    repository().insert(firstTie);

    assertThat(repository().list(cid)).containsExactly(first, firstTie, secondTie);
  }

  @Test
  void theListHoldsOnlyTheConsultationsThemesAndIsAnImmutableSnapshot() {
    Theme mine = Samples.theme(cid, 0);
    repository().insert(mine);
    repository().insert(Samples.theme(other, 0));
    List<Theme> before = repository().list(cid);

    repository().insert(Samples.theme(cid, 1));

    assertThat(before).containsExactly(mine);
    assertThatThrownBy(() -> before.add(Samples.theme(cid, 2)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
