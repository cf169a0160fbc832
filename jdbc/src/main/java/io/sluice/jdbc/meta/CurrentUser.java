package io.sluice.jdbc.meta;

import io.sluice.engine.SessionUser;
import java.util.concurrent.Callable;

/**
 * The user on whose behalf the current request runs. The server authenticates each HTTP request and runs it
 * inside {@link #runAs}; {@link SluiceMeta} reads it to open sessions and to check that a connection is used only
 * by the user who opened it.
 */
public final class CurrentUser {
  private static final ThreadLocal<SessionUser> USER = new ThreadLocal<>();

  private CurrentUser() {}

  /** Runs the action with {@code user} as the current user on this thread. */
  public static <T> T runAs(SessionUser user, Callable<T> action) throws Exception {
    SessionUser previous = USER.get();
    USER.set(user);
    try {
      return action.call();
    } finally {
      USER.set(previous);
    }
  }

  /** The current user, or {@code fallback} outside {@link #runAs}. */
  static SessionUser orElse(SessionUser fallback) {
    SessionUser user = USER.get();
    return user == null ? fallback : user;
  }
}
