package org.openconsultation.core.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantId;

/**
 * How an export names participants. By default ({@link #random()}) each export gets a fresh secret,
 * so a participant's pseudonym is stable within one export (their ballots and contributions can be
 * linked to each other) but cannot be linked across exports nor reversed. {@link #keyed(byte[])}
 * keeps the same pseudonyms across exports made with the same secret (for a series of open-data
 * releases); {@link #asStored()} writes the stored identifiers, for backups and moves between
 * hosts, and needs the {@code MANAGE_DATA} permission. Thread-safe.
 */
public final class Pseudonyms {

  private static final int MIN_SECRET_BYTES = 16;
  private static final HexFormat HEX = HexFormat.of();

  private final @Nullable Mac mac;

  private Pseudonyms(@Nullable Mac mac) {
    this.mac = mac;
  }

  /** Pseudonyms under a fresh random secret that is never stored: the default for exports. */
  public static Pseudonyms random() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return keyed(secret);
  }

  /**
   * Pseudonyms under the host's secret (at least 16 bytes): the same participant gets the same
   * pseudonym in every export made with this secret.
   */
  public static Pseudonyms keyed(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonymisation secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.clone(), "HmacSHA256"));
      return new Pseudonyms(mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The stored identifiers, unchanged. */
  public static Pseudonyms asStored() {
    return new Pseudonyms(null);
  }

  /** Whether this replaces identifiers (false only for {@link #asStored()}). */
  public boolean pseudonymises() {
    return mac != null;
  }

  /**
   * The name of {@code participant} in exports of {@code consultation}: {@code p-} followed by 20
   * hexadecimal digits of an HMAC-SHA256, or the stored identifier for {@link #asStored()}.
   */
  public String of(ConsultationId consultation, ParticipantId participant) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(participant, "participant");
    if (mac == null) {
      return participant.value();
    }
    byte[] input = (consultation + "\u0000" + participant.value()).getBytes(StandardCharsets.UTF_8);
    Mac m = mac;
    byte[] digest;
    synchronized (m) {
      digest = m.doFinal(input);
    }
    return "p-" + HEX.formatHex(digest, 0, 10);
  }
}
