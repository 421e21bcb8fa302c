package org.openconsultation.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;

/**
 * Validates commands with Jakarta Validation and turns violations into {@link
 * InvalidInputException}s whose messages are in the actor's locale.
 *
 * <p>Without a host validator it uses Hibernate Validator without an expression language: the
 * standard constraint messages come from Hibernate Validator's own translations, the library's
 * ({@code {openconsultation.…}}) from its own bundle.
 */
final class CommandValidator {

  private static final Pattern OWN_KEY = Pattern.compile("\\{(openconsultation\\.[a-z.-]+)}");

  private final @Nullable Validator hostValidator;
  private final @Nullable ValidatorFactory factory;
  private final Map<Locale, Validator> byLocale = new ConcurrentHashMap<>();

  CommandValidator(@Nullable Validator hostValidator) {
    this.hostValidator = hostValidator;
    this.factory =
        hostValidator != null
            ? null
            : Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
  }

  /** Throws {@link InvalidInputException} listing every violation of {@code command}. */
  void validate(Object command, Locale locale) {
    Set<ConstraintViolation<Object>> found = validator(locale).validate(command);
    if (!found.isEmpty()) {
      List<Violation> violations =
          found.stream()
              .map(CommandValidator::toViolation)
              .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::code))
              .toList();
      throw new InvalidInputException(violations);
    }
  }

  private Validator validator(Locale locale) {
    if (hostValidator != null) {
      return hostValidator;
    }
    Locale supported = Messages.supported(locale);
    return byLocale.computeIfAbsent(
        supported,
        l ->
            factory
                .usingContext()
                .messageInterpolator(new LocalisedInterpolator(factory.getMessageInterpolator(), l))
                .getValidator());
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    String annotation =
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    String template = v.getMessageTemplate();
    Matcher own = OWN_KEY.matcher(template);
    String code =
        own.matches() ? own.group(1).substring("openconsultation.".length()) : kebab(annotation);
    String path = v.getPropertyPath().toString();
    return new Violation(code, path.isEmpty() ? "command" : path, v.getMessage());
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Interpolates in one fixed locale, resolving the library's own message keys first. */
  private record LocalisedInterpolator(MessageInterpolator delegate, Locale locale)
      implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      Matcher own = OWN_KEY.matcher(template);
      String resolved = own.matches() ? Messages.get(locale, own.group(1)) : template;
      return delegate.interpolate(resolved, context, locale);
    }
  }
}
