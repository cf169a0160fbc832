package io.sluice.shell;

import io.sluice.common.SqlPosition;

/** Error messages for people: an exception's message followed by those of its causes, without stack traces. */
final class ErrorText {
  /** Guards against cause chains that loop. */
  private static final int MAX_CAUSES = 10;

  private ErrorText() {}

  /** {@code message; caused by: IOException: disk full}; an exception without message shows its class name. */
  static String describe(Throwable error) {
    StringBuilder sb = new StringBuilder(messageOf(error));
    String previous = error.getMessage();
    Throwable cause = error.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
      // Wrappers often repeat their cause's message; saying it twice helps nobody.
      boolean repeated = previous != null
          && (previous.equals(cause.getMessage()) || previous.equals(cause.toString()));
      if (!repeated) {
        sb.append("; caused by: ").append(cause.getClass().getSimpleName());
        if (cause.getMessage() != null) {
          sb.append(": ").append(cause.getMessage());
        }
      }
      previous = cause.getMessage();
    }
    return sb.toString();
  }

  /**
   * The line of {@code text} the position is on, and under it a caret at the position's column: two lines, each
   * ending in a line break. Tabs before the column are kept under the line so the caret lines up. Empty if the
   * position is not in the text.
   */
  static String pointAt(String text, SqlPosition position) {
    String[] lines = text.split("\r?\n", -1);
    if (position.line() < 1 || position.line() > lines.length) {
      return "";
    }
    String line = lines[position.line() - 1];
    int column = Math.min(position.column(), line.length() + 1);
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return line + "\n" + caret + "^\n";
  }

  private static String messageOf(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getName() : message;
  }
}
