package io.sluice.engine;

import io.sluice.common.SluiceException;

/** Finds the message worth showing in a chain of causes. */
public final class Failures {
  private Failures() {}

  /** The first Sluice error's message if there is one (it was written for users), else the root cause's. */
  public static String describe(Throwable error) {
    if (error == null) {
      return "unknown error";
    }
    Throwable root = error;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SluiceException) {
        return t.getMessage();
      }
      root = t;
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": "
        + root.getMessage();
  }
}
