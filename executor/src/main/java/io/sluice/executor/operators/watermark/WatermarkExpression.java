package io.sluice.executor.operators.watermark;

import io.sluice.common.Row;

/** The watermark a row allows, e.g. its event time minus a delay; compiled from the table's WATERMARK clause. */
@FunctionalInterface
public interface WatermarkExpression {
  /** The watermark in epoch milliseconds, or null when the row gives none (its event time is NULL). */
  Long watermarkOf(Row row);
}
