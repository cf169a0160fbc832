package io.sluice.connectors.kafka;

import java.util.List;

/** Where reading ends ({@code 'scan.bounded.mode'}). */
public enum BoundedMode {
  /** Reading never ends; the job runs until it is stopped. */
  UNBOUNDED("unbounded"),
  /** Each partition is read up to its end offset when the reader starts, then the source ends. */
  LATEST_OFFSET("latest-offset");

  private final String text;

  BoundedMode(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }

  static List<String> spellings(BoundedMode mode) {
    return List.of(mode.text);
  }
}
