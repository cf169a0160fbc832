package io.sluice.engine;

import java.util.Objects;

/**
 * Who runs a session's statements. Every job belongs to the user whose session submitted it; a user sees and
 * stops only their own jobs, an admin sees and stops all of them.
 *
 * @param name the user's name, as they logged in
 * @param admin whether the user may see and stop every job
 */
public record SessionUser(String name, boolean admin) {
  /** The one user of an engine in the caller's own process (the shell, {@code jdbc:sluice:}): sees every job. */
  public static final SessionUser LOCAL = new SessionUser("local", true);

  public SessionUser {
    Objects.requireNonNull(name, "name");
  }

  /** True if this user may see and stop a job submitted by {@code owner}. */
  public boolean mayControl(String owner) {
    return admin || name.equals(owner);
  }
}
