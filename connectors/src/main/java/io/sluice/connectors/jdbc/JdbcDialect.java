package io.sluice.connectors.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL a database understands for the sink's writes, chosen from the URL. Inserts and deletes are standard;
 * an upsert (insert, or update the row with the same key) is not, so each database that has one names it:
 * H2's {@code MERGE INTO ... KEY (...)}, PostgreSQL's {@code ON CONFLICT ... DO UPDATE}, MySQL's
 * {@code ON DUPLICATE KEY UPDATE}. For other databases the writer deletes and inserts instead.
 *
 * <p>Names are written as {@link JdbcQueries#identifier} says.
 */
enum JdbcDialect {
  H2,
  POSTGRESQL,
  MYSQL,
  OTHER;

  static JdbcDialect of(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    return lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:") ? MYSQL : OTHER;
  }

  boolean supportsUpsert() {
    return this != OTHER;
  }

  /** {@code INSERT INTO t (a, b) VALUES (?, ?)}. */
  String insert(String table, List<String> columns) {
    return "INSERT INTO " + table(table) + " (" + list(columns) + ") VALUES (" + placeholders(columns.size()) + ")";
  }

  /** The statement that inserts a row or replaces the one with the same key; parameters are the columns. */
  String upsert(String table, List<String> columns, List<String> keys) {
    String values = placeholders(columns.size());
    List<String> others = columns.stream().filter(c -> !keys.contains(c)).toList();
    return switch (this) {
      case H2 -> "MERGE INTO " + table(table) + " (" + list(columns) + ") KEY (" + list(keys) + ") VALUES ("
          + values + ")";
      case POSTGRESQL -> insert(table, columns) + " ON CONFLICT (" + list(keys) + ") DO "
          + (others.isEmpty() ? "NOTHING" : "UPDATE SET " + others.stream()
              .map(c -> identifier(c) + " = EXCLUDED." + identifier(c)).collect(Collectors.joining(", ")));
      case MYSQL -> insert(table, columns) + " ON DUPLICATE KEY UPDATE " + (others.isEmpty() ? keys : others)
          .stream().map(c -> identifier(c) + " = VALUES(" + identifier(c) + ")").collect(Collectors.joining(", "));
      case OTHER -> throw new UnsupportedOperationException("No upsert statement for this database");
    };
  }

  /** {@code DELETE FROM t WHERE k = ?}; parameters are the keys. */
  String delete(String table, List<String> keys) {
    return "DELETE FROM " + table(table) + " WHERE " + keys.stream().map(k -> identifier(k) + " = ?")
        .collect(Collectors.joining(" AND "));
  }

  String table(String name) {
    return JdbcQueries.table(name);
  }

  private static String identifier(String name) {
    return JdbcQueries.identifier(name);
  }

  private static String list(List<String> names) {
    return names.stream().map(JdbcDialect::identifier).collect(Collectors.joining(", "));
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
