package io.sluice.executor.operators.aggregate;

import io.sluice.executor.api.KeyedStateStore;

/**
 * Where an {@link Aggregator} lives in its operator.
 *
 * @param offset the index of the aggregator's first field in the group's accumulator
 * @param stateName a name unique to the aggregator within the operator, to derive the names of its keyed states
 *     from (state names are part of checkpoints, so they must be stable for the same query)
 * @param state where to declare keyed state, scoped to the current group
 */
public record AggregatorContext(int offset, String stateName, KeyedStateStore state) {}
