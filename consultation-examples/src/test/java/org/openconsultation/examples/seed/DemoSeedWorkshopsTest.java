package org.openconsultation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Workshop;

class DemoSeedWorkshopsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Seeded seeded = Seeded.get();
  private final List<Workshop> workshops =
      seeded.engine.workshops().list(seeded.organiser(), seeded.demo.id());

  @Test
  void twentySixWorkshopsWereHeldOfWhichSeveralOverseas() {
    assertThat(workshops).hasSize(26);
    assertThat(workshops.stream().filter(w -> !w.place().zone().equals(PARIS)))
        .hasSizeBetween(6, 9);
    assertThat(workshops.stream().map(Workshop::title)).doesNotHaveDuplicates();
  }

  @Test
  void mainlandWorkshopsLieInMainlandFranceAndTheOthersElsewhere() {
    for (Workshop w : workshops) {
      boolean mainland = inMainlandFrance(w.place().point());
      assertThat(mainland).as(w.title()).isEqualTo(w.place().zone().equals(PARIS));
      assertThat(Regions.overseas(w.place().territory())).as(w.title()).isEqualTo(!mainland);
    }
  }

  @Test
  void overseasWorkshopsAreInTheirOwnTimeZones() {
    Set<String> zones =
        workshops.stream().map(w -> w.place().zone().getId()).collect(Collectors.toSet());

    assertThat(zones)
        .contains(
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "Pacific/Noumea",
            "Pacific/Tahiti");
    assertThat(workshops).allMatch(w -> w.heldAt().getZone().equals(w.place().zone()));
  }

  @Test
  void reunionLiesInTheSouthernIndianOcean() {
    GeoPoint stDenis =
        workshops.stream()
            .filter(w -> w.place().zone().getId().equals("Indian/Reunion"))
            .map(w -> w.place().point())
            .findFirst()
            .orElseThrow();

    assertThat(stDenis.latitude()).isBetween(-21.5, -20.8);
    assertThat(stDenis.longitude()).isBetween(55.2, 55.9);
  }

  @Test
  void attendanceIsBetweenEightAndSixty() {
    assertThat(workshops).allMatch(w -> w.attendeeCount() >= 8 && w.attendeeCount() <= 60);
  }

  @Test
  void everyWorkshopSubmittedItsMinutesAtItsPlace() {
    for (Workshop w : workshops) {
      List<Contribution> minutes =
          seeded.engine.workshops().contributions(seeded.organiser(), seeded.demo.id(), w.id());

      assertThat(minutes).as(w.title()).isNotEmpty();
      assertThat(minutes)
          .allMatch(
              c ->
                  c.provenance() instanceof Provenance.Collective p
                      && p.attendeeCount() <= w.attendeeCount())
          .allMatch(c -> w.place().territory().equals(c.territory()))
          .allMatch(c -> w.place().point().equals(c.location()))
          .allMatch(c -> c.submittedAt().isAfter(w.heldAt().toInstant()));
    }
  }

  @Test
  void workshopsAreInTheTerritoriesTheSeedNames() {
    assertThat(workshops)
        .allMatch(w -> seeded.demo.territories().containsKey(w.place().territory()));
    assertThat(workshops.stream().map(w -> w.place().territory()).distinct())
        .hasSizeGreaterThan(15);
  }

  private static boolean inMainlandFrance(GeoPoint p) {
    return p.latitude() >= 41
        && p.latitude() <= 51.5
        && p.longitude() >= -5.5
        && p.longitude() <= 10;
  }
}
