package org.openconsultation.examples.seed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.story.StoryClock;

/**
 * The demo seeded once on an in-memory engine, shared by the seed's tests, with everything the
 * organiser can see.
 */
final class Seeded {

  private static Seeded instance;

  final StoryClock clock;
  final ConsultationEngine engine;
  final DemoConsultation demo;
  final long cpuNanos;
  final List<Contribution> contributions;
  final List<Comment> comments = new ArrayList<>();

  private Seeded() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadCpuTime();
    clock = DemoSeed.clock();
    engine = ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
    demo = DemoSeed.seed(engine, clock);
    cpuNanos = threads.getCurrentThreadCpuTime() - before;
    contributions = engine.contributions().list(organiser(), demo.id(), all());
    for (Contribution c : contributions) {
      comments.addAll(engine.comments().list(organiser(), demo.id(), c.id()));
    }
  }

  /** The shared seed, made on first use. */
  static synchronized Seeded get() {
    if (instance == null) {
      instance = new Seeded();
    }
    return instance;
  }

  /** The organiser, who sees everything. */
  Actor organiser() {
    return demo.organiser().actor();
  }

  /** Every contribution, whatever its status. */
  static ContributionFilter all() {
    return ContributionFilter.all().withStatuses(EnumSet.allOf(PublicationStatus.class));
  }
}
