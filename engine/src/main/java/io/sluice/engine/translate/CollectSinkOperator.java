package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;
import java.util.concurrent.BlockingQueue;

/**
 * The end of a SELECT's job: hands each row to the client reading the result. A full queue blocks the job, so a
 * slow reader slows the query down instead of filling memory.
 */
final class CollectSinkOperator implements Operator {
  private final BlockingQueue<Row> results;

  CollectSinkOperator(BlockingQueue<Row> results) {
    this.results = results;
  }

  @Override
  public void processRow(Row row, Output out) throws InterruptedException {
    results.put(row);
  }

  @Override
  public void processWatermark(long watermark, Output out) {
    // The client reads rows, not watermarks.
  }
}
