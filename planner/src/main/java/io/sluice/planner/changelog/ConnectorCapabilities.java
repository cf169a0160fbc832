package io.sluice.planner.changelog;

import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.plan.ChangelogMode;
import java.util.function.Predicate;

/**
 * What the planner must know about a table's connector: which row kinds its source emits, and whether its sink
 * takes updates. The engine answers from the connector registry; the planner knows no connectors.
 */
public interface ConnectorCapabilities {
  /** Every source inserts only and every sink takes every row kind: for planning without connectors (tests, tools). */
  ConnectorCapabilities DEFAULT = of(table -> false, table -> true);

  /**
   * Capabilities given by two tests on a table.
   *
   * @param changelogSources whether the table's source emits retractions (else it inserts only)
   * @param sinksTakingUpdates whether the table's sink takes updates and deletions
   */
  static ConnectorCapabilities of(Predicate<CatalogTable> changelogSources, Predicate<CatalogTable> sinksTakingUpdates) {
    return new ConnectorCapabilities() {
      @Override
      public ChangelogMode sourceChangelogMode(CatalogTable table) {
        return changelogSources.test(table) ? ChangelogMode.RETRACT : ChangelogMode.INSERT_ONLY;
      }

      @Override
      public boolean sinkAcceptsUpdates(CatalogTable table) {
        return sinksTakingUpdates.test(table);
      }
    };
  }

  /**
   * The row kinds reading the table gives: insert-only for a plain stream of rows, retract for a changelog (an
   * upsert topic normalized into retractions, for one).
   */
  ChangelogMode sourceChangelogMode(CatalogTable table);

  /** Whether the table's sink takes updates and deletions, or only inserts. */
  boolean sinkAcceptsUpdates(CatalogTable table);
}
