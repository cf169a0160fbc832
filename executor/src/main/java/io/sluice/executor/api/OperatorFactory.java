package io.sluice.executor.api;

/** Creates one {@link Operator} per parallel instance; must be safe to call from several threads. */
@FunctionalInterface
public interface OperatorFactory {
  Operator create();
}
