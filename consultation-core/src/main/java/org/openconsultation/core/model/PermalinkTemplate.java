package org.openconsultation.core.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a host turns a citation reference into the address of its own page, for example {@code
 * https://participez.example.fr/c/{slug}/{reference}}. Synthesis reports, digests, GeoJSON layers
 * and exports print links with it.
 *
 * <p>Placeholders: {@code {slug}} (the consultation's slug), {@code {consultation}} (its id),
 * {@code {reference}} (the citation, {@code C-42} or {@code C-42.2}) and {@code {number}} (the
 * contribution's number, {@code 42}). Each value is percent-encoded as a path segment. Immutable
 * and thread-safe.
 *
 * @param template the pattern; it must hold {@code {reference}} or {@code {number}} and no other
 *     placeholder than those above
 */
public record PermalinkTemplate(String template) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final Set<String> NAMES = Set.of("slug", "consultation", "reference", "number");

  /** Checks the placeholders. */
  public PermalinkTemplate {
    Objects.requireNonNull(template, "template");
    Matcher m = PLACEHOLDER.matcher(template);
    boolean identifies = false;
    while (m.find()) {
      String name = m.group(1);
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown placeholder {" + name + "} in permalink template; use " + NAMES);
      }
      identifies |= name.equals("reference") || name.equals("number");
    }
    if (!identifies) {
      throw new IllegalArgumentException(
          "a permalink template must hold {reference} or {number}: " + template);
    }
  }

  /** A template; see the class description for the placeholders. */
  public static PermalinkTemplate of(String template) {
    return new PermalinkTemplate(template);
  }

  /** The default, a path relative to the host's root: {@code /c/{slug}/{reference}}. */
  public static PermalinkTemplate relative() {
    return new PermalinkTemplate("/c/{slug}/{reference}");
  }

  /** The address of a contribution as it is now. */
  public String link(Consultation consultation, Reference reference) {
    return expand(consultation, reference, reference.toString());
  }

  /** The address of one revision of a contribution. */
  public String link(Consultation consultation, RevisionReference reference) {
    return expand(consultation, reference.contribution(), reference.toString());
  }

  private String expand(Consultation consultation, Reference reference, String citation) {
    Objects.requireNonNull(consultation, "consultation");
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "slug" -> consultation.slug();
            case "consultation" -> consultation.id().toString();
            case "reference" -> citation;
            default -> Long.toString(reference.number());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(segment(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
