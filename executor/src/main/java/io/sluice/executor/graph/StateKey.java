package io.sluice.executor.graph;

import io.sluice.executor.api.KeySelector;
import io.sluice.state.serde.TypeSerializer;
import java.util.Objects;

/**
 * Makes an operator keyed: its input is partitioned by {@code selector} and its keyed state is scoped by the same
 * key, which the state stores in {@code serializer}'s format. The key a selector returns must hash and compare by
 * value alike in every JVM (see {@link io.sluice.state.KeyGroups}); rows used as keys are {@code +I} rows.
 *
 * @param selector extracts the key of a row; called once per row by the producer and once by the runtime before
 *     the operator sees the row
 * @param serializer the keys' serializer; part of the state's format
 */
public record StateKey(KeySelector selector, TypeSerializer<?> serializer) {
  public StateKey {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(serializer, "serializer");
  }
}
