package io.sluice.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.util.security.Credential;

/** Jetty's login for HTTP Basic authentication against the {@link UserFile}: roles {@code user} and {@code admin}. */
final class UserFileLoginService extends AbstractLoginService {
  static final String USER_ROLE = "user";
  static final String ADMIN_ROLE = "admin";

  private final UserFile users;

  UserFileLoginService(UserFile users) {
    this.users = users;
    setName("sluice");
  }

  @Override
  protected UserPrincipal loadUserInfo(String name) {
    return users.user(name).map(user -> new UserPrincipal(user.name(), new HashCredential(user.passwordHash())))
        .orElse(null);
  }

  @Override
  protected String[] loadRoleInfo(UserPrincipal principal) {
    return users.user(principal.getName())
        .map(user -> user.admin() ? new String[] {USER_ROLE, ADMIN_ROLE} : new String[] {USER_ROLE})
        .orElse(new String[0]);
  }

  /**
   * A password hash that checks the password a client sent. Every HTTP request carries the password, and PBKDF2
   * is slow on purpose, so a password that matched once is remembered as a SHA-256 digest (in memory only) and
   * compared in constant time.
   */
  private static final class HashCredential extends Credential {
    private final String hash;
    private volatile byte[] verifiedDigest;

    HashCredential(String hash) {
      this.hash = hash;
    }

    @Override
    public boolean check(Object credentials) {
      char[] password = credentials instanceof char[] chars ? chars
          : credentials instanceof String text ? text.toCharArray() : null;
      if (password == null) {
        return false;
      }
      byte[] digest = sha256(password);
      byte[] verified = verifiedDigest;
      if (verified != null && MessageDigest.isEqual(verified, digest)) {
        return true;
      }
      if (PasswordHashes.matches(password, hash)) {
        verifiedDigest = digest;
        return true;
      }
      return false;
    }

    private static byte[] sha256(char[] password) {
      try {
        return MessageDigest.getInstance("SHA-256").digest(new String(password).getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
    }

    @Override
    public String toString() {
      return "HashCredential[****]";
    }
  }
}
