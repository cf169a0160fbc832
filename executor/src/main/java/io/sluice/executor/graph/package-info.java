/**
 * The logical dataflow a job is built from: {@link io.sluice.executor.graph.StreamGraph} with its sources and
 * operators, the {@link io.sluice.executor.graph.Exchange}s between them, and the key-group arithmetic of keyed
 * exchanges ({@link io.sluice.state.KeyGroups}, shared with keyed state). Public: the engine builds these.
 */
package io.sluice.executor.graph;
