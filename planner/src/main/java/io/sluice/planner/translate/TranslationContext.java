package io.sluice.planner.translate;

import io.sluice.planner.changelog.ConnectorCapabilities;
import org.apache.calcite.adapter.java.JavaTypeFactory;

/** What translators share: the type factory of the statement being planned, and what its tables' connectors emit. */
record TranslationContext(JavaTypeFactory typeFactory, ConnectorCapabilities connectors) {}
