package io.sluice.shell.line;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words the shell completes and highlights: those of Sluice's statements and the common words of queries. */
public final class SqlKeywords {
  /** In alphabetical order, upper case. */
  public static final List<String> ALL = List.of(
      "ALL", "AND", "AS", "ASC", "BEGIN", "BETWEEN", "BIGINT", "BOOLEAN", "BY", "CASE", "CAST", "CHAR", "CHECKPOINTS",
      "COMMENT", "COUNT", "CREATE", "CROSS", "CURRENT_TIMESTAMP", "CURRENT_WATERMARK", "DATE", "DECIMAL", "DESC", "DESCRIBE",
      "DESCRIPTOR", "DISTINCT", "DOUBLE", "DRAIN", "DROP", "ELSE", "END", "ENFORCED", "EXECUTE", "EXISTS", "EXIT",
      "EXPLAIN", "FALSE", "FLOAT", "FOR", "FROM", "FULL", "GROUP", "HAVING", "HELP", "HOP", "IF", "IN", "INNER",
      "INSERT", "INT", "INTERVAL", "INTO", "IS", "JOB", "JOBS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "NOT",
      "NULL", "ON", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PLAN", "PRIMARY", "PROCTIME", "QUIT", "RESET",
      "RIGHT", "ROW_NUMBER", "ROWS", "SAVEPOINT", "SECOND", "SELECT", "SESSION", "SET", "SHOW", "SMALLINT",
      "STATEMENT", "STOP", "STRING", "SUM", "TABLE", "TABLES", "TEMPORARY", "THEN", "TIME", "TIMESTAMP",
      "TIMESTAMP_LTZ", "TINYINT", "TRUE", "TUMBLE", "UNION", "VALUES", "VARCHAR", "VIEW", "VIEWS", "WATERMARK",
      "WHEN", "WHERE", "WINDOW", "WITH");

  private static final Set<String> SET = Set.copyOf(ALL);

  private SqlKeywords() {}

  /** True if the word, in any case, is one of {@link #ALL}. */
  public static boolean contains(String word) {
    return SET.contains(word.toUpperCase(Locale.ROOT));
  }
}
