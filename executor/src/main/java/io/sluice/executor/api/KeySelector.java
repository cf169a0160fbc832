package io.sluice.executor.api;

import io.sluice.common.Row;

/** Extracts the key a keyed exchange partitions by; equal keys must be equal and hash alike. */
@FunctionalInterface
public interface KeySelector {
  Object key(Row row);
}
