package org.openconsultation.testkit;

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

/** A store that hands out another store's ports; subclasses replace the ones they break. */
class ForwardingStore implements ConsultationStore {

  final ConsultationStore delegate;

  ForwardingStore(ConsultationStore delegate) {
    this.delegate = delegate;
  }

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
    return delegate.contributions();
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
