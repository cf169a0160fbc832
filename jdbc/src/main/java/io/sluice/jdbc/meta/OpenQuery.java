package io.sluice.jdbc.meta;

import io.sluice.common.Row;
import io.sluice.engine.QueryHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.avatica.Meta;

/**
 * A running query of one statement, read frame by frame. A fetch waits up to {@link #FETCH_WAIT} for the first
 * row, then takes what else has arrived, up to the requested count; an empty frame that is not done tells the
 * client to ask again. Waiting only a little per fetch keeps every request short (HTTP idle timeouts) and lets
 * the client check for cancellation and its query timeout between fetches.
 */
final class OpenQuery implements AutoCloseable {
  static final Duration FETCH_WAIT = Duration.ofMillis(500);

  private final QueryHandle handle;
  private final long maxRows;
  private long rowsSent;
  private boolean done;

  /** @param maxRows the most rows to send (JDBC's {@code setMaxRows}); 0 or less for no limit */
  OpenQuery(QueryHandle handle, long maxRows) {
    this.handle = handle;
    this.maxRows = maxRows;
  }

  /** The next rows, each {@code [op, column...]}. Synchronized: one fetch at a time per statement. */
  synchronized Meta.Frame fetch(int fetchMaxRowCount) throws InterruptedException {
    List<Object> rows = new ArrayList<>();
    int limit = fetchMaxRowCount > 0 ? fetchMaxRowCount : 100;
    Duration wait = FETCH_WAIT;
    while (!done && rows.size() < limit) {
      Row row = handle.poll(wait);
      if (row == null) {
        done = handle.isEnded();
        break;
      }
      rows.add(jdbcRow(row));
      rowsSent++;
      if (maxRows > 0 && rowsSent >= maxRows) {
        handle.cancel();
        done = true;
      }
      wait = Duration.ZERO;
    }
    return new Meta.Frame(rowsSent - rows.size(), done, rows);
  }

  private static List<Object> jdbcRow(Row row) {
    List<Object> values = new ArrayList<>(row.arity() + 1);
    values.add(row.kind().shortString());
    values.addAll(Arrays.asList(row.fields()));
    return values;
  }

  /** Stops the query's job. */
  @Override
  public void close() {
    handle.close();
  }
}
