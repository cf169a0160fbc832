package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.executor.runtime.LocalExecutor;
import io.sluice.planner.catalog.Catalog;

/**
 * What a statement executor works with: the engine's shared catalog, connectors and runtime, and the options of
 * the session the statement came from.
 */
public record EngineContext(
    Catalog catalog, ConnectorRegistry connectors, LocalExecutor executor, Configuration configuration) {}
