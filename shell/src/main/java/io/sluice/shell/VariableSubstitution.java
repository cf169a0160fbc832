package io.sluice.shell;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.shell.ScriptRunner.Script;
import java.util.Map;

/**
 * Replaces each {@code ${NAME}} in a job file with the value of variable NAME: the one given with
 * {@code --var NAME=value} if any, else the environment's. NAME starts with a letter or {@code _} and goes on
 * with letters, digits and {@code _}; other text, {@code $} and {@code ${} included, stays as it is. References
 * are replaced everywhere, in string literals and identifiers too, except in comments ({@code --} to the end of
 * the line, and between slash-star and star-slash), so commenting out a line that names a variable
 * not set does not break the file. There is no escape (Flink's SQL client has no substitution to follow): a
 * literal {@code ${NAME}} can be written as {@code '$' || '{NAME}'} in a query.
 *
 * <p>The text is read once, left to right, tracking string literals, quoted identifiers and comments as
 * {@link io.sluice.shell.line.StatementBuffer} does, and the line and column, so that a reference to a variable
 * without a value is reported where it is.
 */
final class VariableSubstitution {
  private final Map<String, String> variables;
  private final Map<String, String> environment;

  /**
   * @param variables given on the command line; they win over the environment
   * @param environment usually {@link System#getenv()}
   */
  VariableSubstitution(Map<String, String> variables, Map<String, String> environment) {
    this.variables = Map.copyOf(variables);
    this.environment = environment;
  }

  /**
   * The script with every reference replaced.
   *
   * @throws SqlException ({@link ErrorCode#UNDEFINED_VARIABLE}) at the first reference to a variable without a
   *     value, naming it
   */
  Script apply(Script script) {
    String text = script.text();
    StringBuilder out = new StringBuilder(text.length());
    char quote = 0; // the closing character of the literal or identifier we are in, 0 outside
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int skip = quote == 0 ? commentLength(text, i) : 0;
      if (skip > 0) {
        String comment = text.substring(i, i + skip);
        out.append(comment);
        for (char k : comment.toCharArray()) {
          line += k == '\n' ? 1 : 0;
          column = k == '\n' ? 1 : column + 1;
        }
        i += skip;
        continue;
      }
      int nameEnd = referenceEnd(text, i);
      if (nameEnd > 0) {
        String name = text.substring(i + 2, nameEnd);
        out.append(valueOf(name, new SqlPosition(line, column)));
        column += nameEnd + 1 - i;
        i = nameEnd + 1;
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0; // a doubled quote inside a literal closes and reopens it, which reads the same
      }
      out.append(c);
      line += c == '\n' ? 1 : 0;
      column = c == '\n' ? 1 : column + 1;
      i++;
    }
    return new Script(script.name(), out.toString());
  }

  private String valueOf(String name, SqlPosition position) {
    String value = variables.containsKey(name) ? variables.get(name) : environment.get(name);
    if (value == null) {
      throw new SqlException(ErrorCode.UNDEFINED_VARIABLE, position, "Variable '" + name + "' is not set: "
          + "pass --var " + name + "=VALUE or set the environment variable " + name + ".");
    }
    return value;
  }

  /** The length of the comment starting at {@code i}, 0 if none does; an open block comment runs to the end. */
  private static int commentLength(String text, int i) {
    if (text.startsWith("--", i)) {
      int newline = text.indexOf('\n', i);
      return (newline < 0 ? text.length() : newline) - i;
    }
    if (text.startsWith("/*", i)) {
      int close = text.indexOf("*/", i + 2);
      return (close < 0 ? text.length() : close + 2) - i;
    }
    return 0;
  }

  /** If a reference {@code ${NAME}} starts at {@code i}, the index of its closing brace; else -1. */
  private static int referenceEnd(String text, int i) {
    if (!text.startsWith("${", i) || i + 2 >= text.length()) {
      return -1;
    }
    int j = i + 2;
    if (!(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
      return -1;
    }
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '}' ? j : -1;
  }
}
