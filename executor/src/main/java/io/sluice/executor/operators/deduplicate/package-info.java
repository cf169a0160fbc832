/**
 * Deduplication (keep the first or last row per key by an order): the keyed
 * {@link io.sluice.executor.operators.deduplicate.DeduplicateOperator}.
 */
package io.sluice.executor.operators.deduplicate;
