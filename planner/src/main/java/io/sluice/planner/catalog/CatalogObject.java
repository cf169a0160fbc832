package io.sluice.planner.catalog;

import io.sluice.common.types.RowType;

/** A named thing queries can read from: a table backed by a connector, or a view. */
public sealed interface CatalogObject permits CatalogTable, CatalogView {
  String name();

  /** The columns a query sees. */
  RowType schema();

  /** "TABLE" or "VIEW", as SHOW TABLES prints it. */
  String kind();
}
