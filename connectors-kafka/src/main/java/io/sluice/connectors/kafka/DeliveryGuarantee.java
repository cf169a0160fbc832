package io.sluice.connectors.kafka;

import java.util.List;

/** What a Kafka sink promises about the records it writes ({@code 'sink.delivery-guarantee'}), as in Flink. */
public enum DeliveryGuarantee {
  /** Records are sent and not waited for: a failure can lose what was in flight. */
  NONE("none"),
  /** Every checkpoint waits until its records are acknowledged: a failure can write records twice. */
  AT_LEAST_ONCE("at-least-once"),
  /**
   * Records of each checkpoint interval go into one Kafka transaction, committed when the checkpoint completes:
   * {@code read_committed} consumers see each record once.
   */
  EXACTLY_ONCE("exactly-once");

  private final String text;

  DeliveryGuarantee(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }

  static List<String> spellings(DeliveryGuarantee guarantee) {
    return List.of(guarantee.text);
  }
}
