package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.connectors.TableContext;
import io.sluice.planner.QueryPlanner;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.changelog.ConnectorCapabilities;

/**
 * What a statement executor works with: the engine's shared catalog, connectors and jobs, and the options and
 * user of the session the statement came from.
 */
public record EngineContext(
    Catalog catalog, ConnectorRegistry connectors, EngineJobs jobs, Configuration configuration, SessionUser user) {

  /** A planner over the catalog that asks the connectors what a source emits and whether a sink takes updates. */
  public QueryPlanner planner() {
    return new QueryPlanner(catalog, ConnectorCapabilities.of(
        table -> connectors.emitsRetractions(tableContext(table)),
        table -> connectors.createSink(tableContext(table)).acceptsUpdates()));
  }

  private static TableContext tableContext(CatalogTable table) {
    return new TableContext(table.name(), table.physicalSchema(), table.primaryKey(), table.options());
  }
}
