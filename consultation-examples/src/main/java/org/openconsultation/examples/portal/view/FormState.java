package org.openconsultation.examples.portal.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openconsultation.core.model.Violation;

/**
 * What a form shows again after a refusal: the values typed and, per field, why it was refused.
 *
 * @param values the values by field name
 * @param errors the messages by field name, in the order the engine gave them
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {

  /** Copies the maps. */
  public FormState {
    values = Map.copyOf(values);
    errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** An empty form, or one filled with {@code values}. */
  public static FormState of(Map<String, String> values) {
    return new FormState(values, Map.of());
  }

  /** The same values with the violations of a refusal. */
  public FormState refused(List<Violation> violations) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (Violation v : violations) {
      byField.merge(v.path(), v.message(), (a, b) -> a + " " + b);
    }
    return new FormState(values, byField);
  }

  /** The value of a field, empty when none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** Why a field was refused; null when it was not. */
  public @org.jspecify.annotations.Nullable String error(String field) {
    return errors.get(field);
  }

  /** Whether anything was refused. */
  public boolean refused() {
    return !errors.isEmpty();
  }
}
