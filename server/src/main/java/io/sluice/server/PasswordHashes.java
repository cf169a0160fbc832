package io.sluice.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as the users file keeps them: PBKDF2 with HMAC-SHA256 from the JDK, a random 16-byte salt per
 * password, written {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}. The iteration count is
 * part of the hash, so it can be raised later without breaking the hashes already written.
 */
public final class PasswordHashes {
  static final String SCHEME = "pbkdf2-sha256";
  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
  static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashes() {}

  /** A new hash of the password, with a fresh salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /** True if the password is the one the hash was made from; a malformed hash matches nothing. */
  public static boolean matches(char[] password, String encoded) {
    String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      // Constant time, so the comparison tells nothing about how much of the hash matched.
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Checks the form of a hash, without a password. */
  static boolean isWellFormed(String encoded) {
    String[] parts = encoded.split("\\$");
    return parts.length == 4 && parts[0].equals(SCHEME) && parts[1].matches("\\d+");
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
