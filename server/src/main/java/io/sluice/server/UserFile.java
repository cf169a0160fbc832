package io.sluice.server;

import io.sluice.engine.SessionUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users a server accepts, read once at start from a text file with one user per line:
 *
 * <pre>
 * # name:role:password hash (from `sluice server hash-password`)
 * alice:admin:pbkdf2-sha256$600000$...$...
 * bob:user:pbkdf2-sha256$600000$...$...
 * </pre>
 *
 * <p>A role is {@code user} (sees and stops their own jobs) or {@code admin} (all jobs). Blank lines and lines
 * starting with {@code #} are ignored. Errors name the line but never show a hash.
 */
public final class UserFile {
  /** One user of the file. */
  public record User(String name, boolean admin, String passwordHash) {
    SessionUser sessionUser() {
      return new SessionUser(name, admin);
    }

    @Override
    public String toString() {
      return "User[" + name + (admin ? ", admin" : "") + "]";
    }
  }

  private final Map<String, User> users;

  private UserFile(Map<String, User> users) {
    this.users = users;
  }

  /** @throws IllegalArgumentException naming the file and line of a malformed entry */
  public static UserFile read(Path file) throws IOException {
    Map<String, User> users = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(":", 3);
      String where = file + ":" + (i + 1) + ": ";
      if (parts.length != 3 || parts[0].isBlank()) {
        throw new IllegalArgumentException(where + "expected name:role:password-hash");
      }
      if (!parts[1].equals("user") && !parts[1].equals("admin")) {
        throw new IllegalArgumentException(where + "the role must be 'user' or 'admin', not '" + parts[1] + "'");
      }
      if (!PasswordHashes.isWellFormed(parts[2])) {
        throw new IllegalArgumentException(where + "not a password hash; make one with `sluice server hash-password`");
      }
      if (users.put(parts[0], new User(parts[0], parts[1].equals("admin"), parts[2])) != null) {
        throw new IllegalArgumentException(where + "user '" + parts[0] + "' is listed twice");
      }
    }
    return new UserFile(Map.copyOf(users));
  }

  public Optional<User> user(String name) {
    return Optional.ofNullable(users.get(name));
  }

  public int size() {
    return users.size();
  }
}
