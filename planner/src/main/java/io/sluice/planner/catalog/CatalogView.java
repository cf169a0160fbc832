package io.sluice.planner.catalog;

import io.sluice.common.types.RowType;
import io.sluice.sql.statement.SqlFragment;

/** A view: a named query, expanded wherever it is used. */
public record CatalogView(String name, RowType schema, SqlFragment query, boolean temporary)
    implements CatalogObject {
  @Override
  public String kind() {
    return "VIEW";
  }
}
