package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;

/** Stores consultations. */
public interface ConsultationRepository {

  /** Adds a consultation; a conflict if its id or slug is taken. */
  void insert(Consultation consultation);

  /**
   * Replaces a consultation by its next version: a conflict unless the stored version is {@code
   * consultation.version() - 1} (someone else changed it meanwhile); not found if absent.
   */
  void update(Consultation consultation);

  /** The consultation with this id. */
  Optional<Consultation> find(ConsultationId id);

  /** The consultation with this slug. */
  Optional<Consultation> findBySlug(String slug);

  /** Every consultation, newest first. */
  List<Consultation> list();
}
