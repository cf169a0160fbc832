package io.sluice.connectors;

import io.sluice.executor.api.LookupFunction;
import java.util.function.Supplier;

/**
 * How to look a table's rows up: a new {@link LookupFunction} for each parallel instance of the join, and how many
 * threads of its own each instance should run lookups on (0: on the join's thread, one at a time).
 */
public record LookupTableSource(Supplier<LookupFunction> function, int asyncThreads) {}
