package org.openconsultation.examples.portal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * What the portal remembers beside its database between two starts: the seeded consultation and the
 * real moment the demo went live, so that the demo clock goes on where it was.
 */
record Manifest(SeededConsultation seeded, Instant realStart) {

  static final String FILE = "portal.properties";

  /** Reads the manifest of a data directory; empty when the database was never seeded. */
  static Optional<Manifest> read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DemoPerson> people = new ArrayList<>();
    for (int i = 0; p.containsKey("person." + i + ".id"); i++) {
      String key = "person." + i + ".";
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Arrays.stream(p.getProperty(key + "roles").split(",")).map(Role::valueOf).forEach(roles::add);
      String territory = p.getProperty(key + "territory", "");
      people.add(
          new DemoPerson(
              ParticipantId.of(p.getProperty(key + "id")),
              p.getProperty(key + "name"),
              ParticipantKind.valueOf(p.getProperty(key + "kind")),
              territory.isEmpty() ? null : territory,
              roles,
              p.getProperty(key + "description", "")));
    }
    SeededConsultation seeded =
        new SeededConsultation(
            ConsultationId.parse(p.getProperty("consultation")),
            p.getProperty("slug"),
            people,
            Instant.parse(p.getProperty("liveFrom")));
    return Optional.of(new Manifest(seeded, Instant.parse(p.getProperty("realStart"))));
  }

  /** Writes the manifest into a data directory. */
  void write(Path directory) {
    Properties p = new Properties();
    p.setProperty("consultation", seeded.consultation().toString());
    p.setProperty("slug", seeded.slug());
    p.setProperty("liveFrom", seeded.liveFrom().toString());
    p.setProperty("realStart", realStart.toString());
    List<DemoPerson> people = seeded.people();
    for (int i = 0; i < people.size(); i++) {
      DemoPerson person = people.get(i);
      String key = "person." + i + ".";
      p.setProperty(key + "id", person.id().value());
      p.setProperty(key + "name", person.displayName());
      p.setProperty(
          key + "roles", person.roles().stream().map(Role::name).collect(Collectors.joining(",")));
      p.setProperty(key + "kind", person.kind().name());
      p.setProperty(key + "territory", person.territory() == null ? "" : person.territory());
      p.setProperty(key + "description", person.description());
    }
    try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(out, "The demo portal's seeded consultation; delete the directory to start over.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
