package org.openconsultation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A call that breaks validation, and the violations it must produce. */
record ValidationCase(
    String name, ValidationCase.Call call, List<ValidationCase.Expected> expected) {

  /** A call of the engine, made by an actor reading in {@code locale}. */
  @FunctionalInterface
  interface Call {
    void run(Scene s, Locale locale);
  }

  /** A violation expected, with its French and English messages (exact, or a fragment). */
  record Expected(String code, String path, String fr, String en, boolean exact) {
    String message(Locale locale) {
      return locale.getLanguage().equals("fr") ? fr : en;
    }
  }

  @Override
  public String toString() {
    return name;
  }

  /** Every case: Jakarta constraints on each command, then the engine's domain rules. */
  static List<ValidationCase> all() {
    List<ValidationCase> all = new ArrayList<>();
    all.addAll(ConsultationConstraintCases.all());
    all.addAll(ContributionConstraintCases.all());
    all.addAll(DomainRuleCases.all());
    return all;
  }

  static ValidationCase invalid(String name, Call call, Expected... expected) {
    return new ValidationCase(name, call, List.of(expected));
  }

  static Expected notBlank(String path) {
    return new Expected("not-blank", path, "ne doit pas être vide", "must not be blank", true);
  }

  static Expected notNull(String path) {
    return new Expected("not-null", path, "ne doit pas être nul", "must not be null", true);
  }

  static Expected size(String path, int max) {
    return new Expected(
        "size",
        path,
        "la taille doit être comprise entre 0 et " + max,
        "size must be between 0 and " + max,
        true);
  }

  static Expected positive(String path) {
    return new Expected(
        "positive", path, "doit être supérieur à 0", "must be greater than 0", true);
  }

  static Expected positiveOrZero(String path) {
    return new Expected(
        "positive-or-zero",
        path,
        "doit être supérieur ou égal à 0",
        "must be greater than or equal to 0",
        true);
  }

  static Expected slug(String path) {
    return new Expected(
        "slug",
        path,
        "doit être en lettres minuscules et chiffres, mots reliés par un seul tiret",
        "must be lower-case letters and digits, words joined by single hyphens",
        true);
  }

  static Expected territory(String path) {
    return new Expected(
        "territory",
        path,
        "doit être un code de territoire de 1 à 12 lettres, chiffres ou tirets",
        "must be a territory code of 1 to 12 letters, digits or hyphens",
        true);
  }

  static Expected rule(String code, String path, String frFragment, String enFragment) {
    return new Expected(code, path, frFragment, enFragment, false);
  }

  static Expected exactRule(String code, String path, String fr, String en) {
    return new Expected(code, path, fr, en, true);
  }
}
