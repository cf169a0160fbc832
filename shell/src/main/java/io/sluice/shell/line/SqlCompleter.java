package io.sluice.shell.line;

import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.SluiceOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: configuration keys (quoted, from {@link SluiceOptions#ALL}) after {@code SET} or
 * {@code RESET} or inside an opening quote; elsewhere SQL keywords ({@link SqlKeywords}), the catalog's tables and
 * views, and column names: those of the tables the input names, or of every table while it names none. The
 * catalog is read at each completion, so a table created a moment ago is offered. Matching the typed prefix is
 * left to jline, case-insensitively.
 */
public final class SqlCompleter implements Completer {
  private final Supplier<Map<String, List<String>>> tables;

  /** @param tables the catalog's tables and views with their column names, read at each completion */
  public SqlCompleter(Supplier<Map<String, List<String>>> tables) {
    this.tables = tables;
  }

  /** Completes keywords and option keys only. */
  public SqlCompleter() {
    this(Map::of);
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (expectsOptionKey(line)) {
      for (ConfigOption<?> option : SluiceOptions.ALL) {
        candidates.add(new Candidate(
            "'" + option.key() + "'", option.key(), "options", option.description(), null, null, true));
      }
      return;
    }
    for (String keyword : SqlKeywords.ALL) {
      candidates.add(new Candidate(keyword, keyword, "keywords", null, null, null, true));
    }
    Map<String, List<String>> catalog = tables.get();
    for (String table : catalog.keySet()) {
      candidates.add(new Candidate(table, table, "tables", null, null, null, true));
    }
    for (String column : columnsInScope(line, catalog)) {
      candidates.add(new Candidate(column, column, "columns", null, null, null, true));
    }
  }

  /** The columns of the tables the line names, or of all tables if it names none. */
  private static Set<String> columnsInScope(ParsedLine line, Map<String, List<String>> catalog) {
    Set<String> named = new LinkedHashSet<>();
    for (String word : line.words()) {
      if (catalog.containsKey(word)) {
        named.add(word);
      }
    }
    Set<String> columns = new LinkedHashSet<>();
    for (String table : named.isEmpty() ? catalog.keySet() : named) {
      columns.addAll(catalog.get(table));
    }
    columns.removeAll(catalog.keySet());
    return columns;
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
