package io.sluice.connectors.kafka;

import java.util.List;

/** Where a reader starts in a partition its checkpoint does not cover ({@code 'scan.startup.mode'}). */
public enum StartupMode {
  EARLIEST_OFFSET("earliest-offset"),
  LATEST_OFFSET("latest-offset"),
  /** The consumer group's committed offset; {@code 'properties.auto.offset.reset'} decides without one. */
  GROUP_OFFSETS("group-offsets"),
  /** The first record at or after {@code 'scan.startup.timestamp-millis'}. */
  TIMESTAMP("timestamp"),
  /** The offsets in {@code 'scan.startup.specific-offsets'}; the earliest for a partition not listed. */
  SPECIFIC_OFFSETS("specific-offsets");

  private final String text;

  StartupMode(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }

  static List<String> spellings(StartupMode mode) {
    return List.of(mode.text);
  }
}
