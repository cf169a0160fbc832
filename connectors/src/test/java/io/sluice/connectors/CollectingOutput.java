package io.sluice.connectors;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;
import java.util.ArrayList;
import java.util.List;

/** An {@link Output} that keeps what it is given, for tests. */
public final class CollectingOutput implements Output {
  public final List<Row> rows = new ArrayList<>();
  public final List<Long> watermarks = new ArrayList<>();

  @Override
  public void emit(Row row) {
    rows.add(row);
  }

  @Override
  public void emitWatermark(long watermark) {
    watermarks.add(watermark);
  }
}
