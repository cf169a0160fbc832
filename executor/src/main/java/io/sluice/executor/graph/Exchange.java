package io.sluice.executor.graph;

import io.sluice.executor.api.KeySelector;
import java.util.Objects;

/**
 * How the rows of one operator reach the parallel instances of the next. Watermarks and end of input always go
 * to every consumer instance, whatever the exchange.
 */
public final class Exchange {
  /** The distribution strategies. */
  public enum Kind {
    /** Producer instance i feeds consumer instance i; both sides must have the same parallelism. */
    FORWARD,
    /** Round robin over all consumer instances. */
    REBALANCE,
    /** By key group of a key, so equal keys meet in the same consumer instance (see {@link io.sluice.state.KeyGroups}). */
    HASH,
    /** Every row to every consumer instance. */
    BROADCAST,
    /** Every row to consumer instance 0. */
    GLOBAL
  }

  private static final Exchange FORWARD = new Exchange(Kind.FORWARD, null);
  private static final Exchange REBALANCE = new Exchange(Kind.REBALANCE, null);
  private static final Exchange BROADCAST = new Exchange(Kind.BROADCAST, null);
  private static final Exchange GLOBAL = new Exchange(Kind.GLOBAL, null);

  private final Kind kind;
  private final KeySelector keySelector;

  private Exchange(Kind kind, KeySelector keySelector) {
    this.kind = kind;
    this.keySelector = keySelector;
  }

  public static Exchange forward() {
    return FORWARD;
  }

  public static Exchange rebalance() {
    return REBALANCE;
  }

  /** Partitions by the key {@code keySelector} extracts; it is called once per row, from the producer's thread. */
  public static Exchange hash(KeySelector keySelector) {
    return new Exchange(Kind.HASH, Objects.requireNonNull(keySelector, "keySelector"));
  }

  public static Exchange broadcast() {
    return BROADCAST;
  }

  public static Exchange global() {
    return GLOBAL;
  }

  public Kind kind() {
    return kind;
  }

  /** The key of a {@link Kind#HASH} exchange; null for the other kinds. */
  public KeySelector keySelector() {
    return keySelector;
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
