package io.sluice.connectors.kafka;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;

/** An {@link Output} that keeps what it is given, for tests. */
final class CollectingOutput implements Output {
  final List<Row> rows = new ArrayList<>();
  final List<WatermarkStatus> statuses = new ArrayList<>();

  @Override
  public void emit(Row row) {
    rows.add(row);
  }

  @Override
  public void emitWatermark(long watermark) {}

  @Override
  public void emitWatermarkStatus(WatermarkStatus status) {
    statuses.add(status);
  }
}
