package io.sluice.planner.calcite;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import java.util.Collection;
import java.util.List;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns Calcite's exceptions into {@link SqlException}s that point into the user's script: Calcite counts lines
 * and columns from the start of the text it was given, which is a fragment of the script.
 */
public final class CalciteErrors {
  private static final int MAX_EXPECTED = 12;

  private CalciteErrors() {}

  /**
   * @param start where the text Calcite parsed starts in the script
   * @param prefixLength characters Sluice put before the user's text on its first line (0 if none)
   */
  public static SluiceException map(Throwable error, SqlPosition start, int prefixLength) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SluiceException sluice) {
        return sluice;
      }
      if (t instanceof SqlParseException parse) {
        return at(ErrorCode.SYNTAX_ERROR, parse.getPos(), start, prefixLength, parseDetail(parse), error);
      }
      if (t instanceof CalciteContextException context) {
        String detail = context.getCause() != null ? context.getCause().getMessage() : context.getMessage();
        SqlParserPos pos = new SqlParserPos(context.getPosLine(), context.getPosColumn());
        return at(ErrorCode.VALIDATION_ERROR, pos, start, prefixLength, detail, error);
      }
    }
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    return new SqlException(ErrorCode.VALIDATION_ERROR, start, message, error);
  }

  private static SqlException at(
      ErrorCode code, SqlParserPos pos, SqlPosition start, int prefixLength, String detail, Throwable cause) {
    if (pos == null || pos.getLineNum() <= 0) {
      return new SqlException(code, start, detail, cause);
    }
    int column = pos.getLineNum() == 1 ? Math.max(1, pos.getColumnNum() - prefixLength) : pos.getColumnNum();
    return new SqlException(code, start.offset(new SqlPosition(pos.getLineNum(), column)), detail, cause);
  }

  /** Calcite says {@code Encountered "x" at line 1, column 2.} and lists hundreds of tokens; keep it short. */
  private static String parseDetail(SqlParseException e) {
    String first = e.getMessage().lines().findFirst().orElse("Syntax error").trim();
    first = first.replaceFirst("\\s+at line \\d+, column \\d+\\.?$", "");
    Collection<String> expected = expectedTokens(e);
    if (expected.isEmpty()) {
      return first;
    }
    List<String> shown = expected.stream().limit(MAX_EXPECTED).toList();
    return first + ", expected one of: " + String.join(", ", shown)
        + (expected.size() > MAX_EXPECTED ? ", ..." : "");
  }

  private static Collection<String> expectedTokens(SqlParseException e) {
    Collection<String> names = e.getExpectedTokenNames();
    if (names == null) {
      return List.of();
    }
    return names.stream()
        .map(n -> n.replace("\"", ""))
        .filter(n -> !n.startsWith("<") || n.equals("<IDENTIFIER>"))
        .sorted()
        .distinct()
        .toList();
  }
}
