package io.sluice.common.function;

/**
 * A compiled filter and projection over one row's field values (the planner generates implementations as Java
 * source; the runtime compiles them once per job). Implementations are stateless apart from constants and may be
 * called from several threads.
 */
@FunctionalInterface
public interface ProjectFilter {
  /** The projected field values, or null if the row does not pass the filter. Must not change {@code input}. */
  Object[] apply(Object[] input);
}
