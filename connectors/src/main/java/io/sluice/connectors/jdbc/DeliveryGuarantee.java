package io.sluice.connectors.jdbc;

import java.util.List;

/** What a sink promises about each row across failures; Flink's {@code DeliveryGuarantee}. */
public enum DeliveryGuarantee {
  /** Rows are written as the buffer rules say; after a failure some may be lost or written twice. */
  NONE("none"),
  /** Every row is written before its checkpoint completes; after a failure some may be written twice. */
  AT_LEAST_ONCE("at-least-once"),
  /** Rows become visible with the checkpoint that covers them, each exactly once. */
  EXACTLY_ONCE("exactly-once");

  private final String spelling;

  DeliveryGuarantee(String spelling) {
    this.spelling = spelling;
  }

  /** How users write it, the only spelling accepted besides the constant's name. */
  List<String> spellings() {
    return List.of(spelling, name());
  }

  @Override
  public String toString() {
    return spelling;
  }
}
