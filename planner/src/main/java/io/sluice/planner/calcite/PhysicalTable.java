package io.sluice.planner.calcite;

import io.sluice.planner.catalog.CatalogTable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TemporalTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * The columns a connector delivers, without computed columns: what a scan reads. Registered under
 * {@link #hiddenName} so that the table users see can be defined as a projection over it.
 */
public final class PhysicalTable extends AbstractTable implements TemporalTable {
  private static final String SUFFIX = "$physical";
  private final CatalogTable table;

  public PhysicalTable(CatalogTable table) {
    this.table = table;
  }

  public static String hiddenName(String tableName) {
    return tableName + SUFFIX;
  }

  public CatalogTable table() {
    return table;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return TypeConversion.toRelRowType(typeFactory, table.physicalSchema());
  }

  // Any table may be read FOR SYSTEM_TIME AS OF (a lookup or temporal join); whether the engine can join it that
  // way is decided when the join is planned. Calcite asks for period columns that Sluice does not use.
  @Override
  public String getSysStartFieldName() {
    return "";
  }

  @Override
  public String getSysEndFieldName() {
    return "";
  }
}
