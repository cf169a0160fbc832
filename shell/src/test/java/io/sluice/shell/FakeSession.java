package io.sluice.shell;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.config.Configuration;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.QueryStatement;
import io.sluice.sql.statement.SqlFragment;
import io.sluice.sql.statement.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A session with scripted results, to test the shell without an engine. {@link #parse} splits at every
 * {@code ;} (so keep literals and comments out of test input; the last statement may lack its {@code ;}) and
 * rejects statements starting with {@value #BAD_KEYWORD} as a syntax error at their first character;
 * {@link #execute} answers from the script by statement text, and with an info message for anything else.
 */
final class FakeSession implements ShellSession {
  static final String BAD_KEYWORD = "SELEC ";

  private final Map<String, Supplier<StatementResult>> results = new HashMap<>();
  private final Configuration configuration = new Configuration();
  final List<String> executed = new CopyOnWriteArrayList<>();
  boolean jobsSucceed = true;

  FakeSession answer(String statementText, StatementResult result) {
    results.put(statementText, () -> result);
    return this;
  }

  FakeSession answer(String statementText, Supplier<StatementResult> result) {
    results.put(statementText, result);
    return this;
  }

  FakeSession fail(String statementText, RuntimeException error) {
    results.put(statementText, () -> {
      throw error;
    });
    return this;
  }

  @Override
  public List<Statement> parse(String script) {
    List<Statement> statements = new ArrayList<>();
    int line = 1;
    int column = 1;
    StringBuilder text = new StringBuilder();
    SqlPosition start = null;
    for (char c : script.toCharArray()) {
      if (c == ';') {
        if (start != null) {
          statements.add(statement(start, text.toString().trim()));
        }
        text.setLength(0);
        start = null;
      } else {
        if (start == null && !Character.isWhitespace(c)) {
          start = new SqlPosition(line, column);
        }
        text.append(c);
      }
      line += c == '\n' ? 1 : 0;
      column = c == '\n' ? 1 : column + 1;
    }
    if (start != null) {
      statements.add(statement(start, text.toString().trim()));
    }
    return statements;
  }

  private static Statement statement(SqlPosition position, String text) {
    if (text.startsWith(BAD_KEYWORD)) {
      throw new SqlException(ErrorCode.SYNTAX_ERROR, position, "Unknown statement 'SELEC'");
    }
    return new QueryStatement(position, text, new SqlFragment(text, position));
  }

  @Override
  public StatementResult execute(Statement statement) {
    executed.add(statement.text());
    return results.getOrDefault(statement.text(), () -> new StatementResult.Info("Ran " + statement.text())).get();
  }

  @Override
  public Map<String, List<String>> tableColumns() {
    return Map.of("orders", List.of("order_id", "amount"));
  }

  @Override
  public Configuration configuration() {
    return configuration;
  }

  @Override
  public boolean awaitJobs() {
    return jobsSucceed;
  }
}
