package io.sluice.shell.line;

import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.SluiceOptions;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: configuration keys (quoted, from {@link SluiceOptions#ALL}) after {@code SET} or
 * {@code RESET} or inside an opening quote, SQL keywords everywhere else. Matching the typed prefix is left to
 * jline, case-insensitively.
 */
public final class SqlCompleter implements Completer {
  /** The words of Sluice's statements and the common words of queries and types. */
  static final List<String> KEYWORDS = List.of(
      "ALL", "AND", "AS", "ASC", "BEGIN", "BETWEEN", "BIGINT", "BOOLEAN", "BY", "CASE", "CAST", "CHAR",
      "CHECKPOINTS", "COMMENT", "COUNT", "CREATE", "CROSS", "CURRENT_TIMESTAMP", "DATE", "DECIMAL", "DESC",
      "DESCRIBE", "DISTINCT", "DOUBLE", "DRAIN", "DROP", "ELSE", "END", "ENFORCED", "EXECUTE", "EXISTS", "EXIT",
      "EXPLAIN", "FALSE", "FLOAT", "FOR", "FROM", "FULL", "GROUP", "HAVING", "HELP", "HOP", "IF", "IN", "INNER",
      "INSERT", "INT", "INTERVAL", "INTO", "IS", "JOB", "JOBS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "NOT",
      "NULL", "ON", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PLAN", "PRIMARY", "QUIT", "RESET", "RIGHT",
      "ROWS", "SAVEPOINT", "SELECT", "SESSION", "SET", "SHOW", "SMALLINT", "STATEMENT", "STOP", "STRING", "SUM",
      "TABLE", "TABLES", "TEMPORARY", "THEN", "TIME", "TIMESTAMP", "TIMESTAMP_LTZ", "TINYINT", "TRUE", "TUMBLE",
      "UNION", "VALUES", "VARCHAR", "VIEW", "VIEWS", "WATERMARK", "WHEN", "WHERE", "WINDOW", "WITH");

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (expectsOptionKey(line)) {
      for (ConfigOption<?> option : SluiceOptions.ALL) {
        candidates.add(new Candidate(
            "'" + option.key() + "'", option.key(), "options", option.description(), null, null, true));
      }
    } else {
      for (String keyword : KEYWORDS) {
        candidates.add(new Candidate(keyword, keyword, null, null, null, null, true));
      }
    }
  }

  private static boolean expectsOptionKey(ParsedLine line) {
    if (line.word().startsWith("'")) {
      return true;
    }
    if (line.wordIndex() == 0) {
      return false;
    }
    String previous = line.words().get(line.wordIndex() - 1).toUpperCase(Locale.ROOT);
    return previous.equals("SET") || previous.equals("RESET");
  }
}
