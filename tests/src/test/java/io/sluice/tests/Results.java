package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.engine.QueryHandle;
import io.sluice.engine.Session;
import io.sluice.engine.StatementResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs statements through a session, the way the shell does, and reads results to their end. */
final class Results {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private Results() {}

  /** Runs a script of statements; returns the rows of the last statement if it is a query. */
  static List<Row> run(Session session, String script) throws InterruptedException {
    List<Row> rows = List.of();
    for (var statement : session.parse(script)) {
      StatementResult result = session.execute(statement);
      if (result instanceof StatementResult.Query query) {
        rows = drain(query.handle());
      }
    }
    return rows;
  }

  static List<Row> drain(QueryHandle handle) throws InterruptedException {
    List<Row> rows = new ArrayList<>();
    Instant deadline = Instant.now().plus(LIMIT);
    while (!handle.isEnded()) {
      assertThat(Instant.now()).as("query did not end within %s", LIMIT).isBefore(deadline);
      Row row = handle.poll(Duration.ofMillis(100));
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The rows' field values, kinds dropped: for insert-only results. */
  static List<List<Object>> values(List<Row> rows) {
    List<List<Object>> values = new ArrayList<>();
    for (Row row : rows) {
      assertThat(row.kind()).as("insert-only result").isEqualTo(RowKind.INSERT);
      values.add(Arrays.asList(row.fields()));
    }
    return values;
  }
}
