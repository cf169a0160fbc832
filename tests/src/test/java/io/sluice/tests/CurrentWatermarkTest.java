package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code CURRENT_WATERMARK(ts)} returns the watermark of the Calc evaluating it. The input is ordered as in
 * {@link LateRowsTest}: one source subtask, ids 1 to 500 in order, a watermark 100 s behind the largest event time
 * so far, emitted after every row that advances it, so each row sees the watermark the rows before it produced
 * (none for the first row: NULL).
 */
class CurrentWatermarkTest {
  private static final long DELAY_MS = 100_000;
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void eachRowSeesTheWatermarkOfTheRowsBeforeIt() throws Exception {
    List<Row> rows = Results.run(session, script("SELECT id, ts, CURRENT_WATERMARK(ts) AS wm FROM e;"));

    assertThat(rows).hasSize(500);
    assertThat(rows.get(0).field(2)).isNull();
    long maxTime = Long.MIN_VALUE;
    for (Row row : rows) {
      if (maxTime != Long.MIN_VALUE) {
        assertThat(row.field(2)).as("watermark seen by %s", row).isEqualTo(maxTime - DELAY_MS);
      }
      maxTime = Math.max(maxTime, (Long) row.field(1));
    }
  }

  @Test
  void filtersOutTheLateRows() throws Exception {
    List<Row> all = Results.run(session, script("SELECT id, ts FROM e;"));
    List<Long> onTime = new ArrayList<>();
    long maxTime = Long.MIN_VALUE;
    for (Row row : all) {
      long time = (Long) row.field(1);
      if (maxTime == Long.MIN_VALUE || time > maxTime - DELAY_MS) {
        onTime.add((Long) row.field(0));
      }
      maxTime = Math.max(maxTime, time);
    }

    List<Row> kept = Results.run(session,
        "SELECT id FROM e WHERE CURRENT_WATERMARK(ts) IS NULL OR ts > CURRENT_WATERMARK(ts);");
    assertThat(kept.stream().map(row -> (Long) row.field(0)).toList()).isEqualTo(onTime).hasSizeLessThan(500);
  }

  private static String script(String query) {
    return "SET 'parallelism.default' = '1'; SET 'pipeline.auto-watermark-interval' = '0'; "
        + "CREATE TABLE e (id BIGINT, "
        + "ts AS TIMESTAMPADD(SECOND, CAST(MOD(id * 7919, 1000) AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
        + "WATERMARK FOR ts AS ts - INTERVAL '100' SECOND) WITH ('connector' = 'datagen', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '500'); " + query;
  }
}
