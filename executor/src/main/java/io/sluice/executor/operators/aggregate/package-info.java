/**
 * Aggregation operators and the aggregate functions they run. SQL-agnostic: an operator is configured with field
 * indices, {@link io.sluice.common.types.DataType}s and {@link io.sluice.executor.operators.aggregate.Aggregator}
 * instances, which the engine builds from the physical plan; all per-group data lives in the operator's keyed
 * state.
 */
package io.sluice.executor.operators.aggregate;
