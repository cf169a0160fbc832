package io.sluice.planner.changelog;

import io.sluice.planner.catalog.CatalogTable;

/**
 * What the planner must know about a table's connector to plan an INSERT into it. The engine answers from the
 * connector registry; the planner knows no connectors.
 */
@FunctionalInterface
public interface SinkCapabilities {
  /** Every sink takes every row kind: for planning without connectors (tests, tools). */
  SinkCapabilities ACCEPT_ALL = table -> true;

  /** Whether the table's sink takes updates and deletions, or only inserts. */
  boolean acceptsUpdates(CatalogTable table);
}
