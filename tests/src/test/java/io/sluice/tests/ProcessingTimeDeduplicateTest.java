package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deduplication by a {@code PROCTIME()} column counts rows in arrival order, as in Flink. At parallelism 1 the
 * datagen source reads ids 1 to 2,000 in order, so the first row of each k is the one with its smallest id and the
 * last the one with its largest. Keep-first is insert-only: one {@code +I} per key and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessingTimeDeduplicateTest {
  private SluiceEngine engine;
  private Session session;
  private Map<Integer, Long> firstIds;
  private Map<Integer, Long> lastIds;

  @BeforeAll
  void loadInput() throws Exception {
    engine = SluiceEngine.start();
    session = engine.newSession();
    session.executeSql("SET 'parallelism.default' = '1'");
    session.executeSql("CREATE TABLE r (id BIGINT, k INT, pt AS PROCTIME()) WITH ('connector' = 'datagen', "
        + "'rows-per-second' = '1000000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
        + "'fields.id.end' = '2000', 'fields.k.min' = '1', 'fields.k.max' = '8')");
    firstIds = new TreeMap<>();
    lastIds = new TreeMap<>();
    for (Row row : Results.run(session, "SELECT id, k FROM r;")) {
      firstIds.putIfAbsent((Integer) row.field(1), (Long) row.field(0));
      lastIds.put((Integer) row.field(1), (Long) row.field(0));
    }
    assertThat(firstIds).hasSize(8);
  }

  @AfterAll
  void close() throws Exception {
    engine.close();
  }

  @Test
  void keepFirstEmitsTheFirstRowOfEachKeyAndNothingElse() throws Exception {
    List<Row> changelog = Results.run(session,
        "SELECT k, id FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY pt) AS rn FROM r) WHERE rn = 1;");

    assertThat(changelog).allMatch(row -> row.kind() == RowKind.INSERT).hasSize(8);
    assertThat(changelog).allMatch(row -> firstIds.get((Integer) row.field(0)).equals(row.field(1)));
  }

  @Test
  void keepLastEndsWithTheLastRowOfEachKey() throws Exception {
    List<Row> changelog = Results.run(session, "SELECT k, id FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k "
        + "ORDER BY pt DESC) AS rn FROM r) WHERE rn = 1;");

    List<List<Object>> folded = Changelog.fold(changelog);
    assertThat(folded).hasSize(8);
    assertThat(folded).allMatch(row -> lastIds.get((Integer) row.get(0)).equals(row.get(1)));
  }
}
