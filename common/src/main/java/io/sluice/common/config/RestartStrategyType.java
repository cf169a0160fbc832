package io.sluice.common.config;

import java.util.List;

/** The values of {@code restart-strategy.type}, with the spellings Flink accepts for each (the first is shown). */
public enum RestartStrategyType {
  NONE("none", "off", "disable"),
  FIXED_DELAY("fixed-delay", "fixeddelay"),
  FAILURE_RATE("failure-rate", "failurerate"),
  EXPONENTIAL_DELAY("exponential-delay", "exponentialdelay");

  private final List<String> spellings;

  RestartStrategyType(String... spellings) {
    this.spellings = List.of(spellings);
  }

  /** Every accepted spelling, the canonical one first. */
  public List<String> spellings() {
    return spellings;
  }

  @Override
  public String toString() {
    return spellings.get(0);
  }
}
