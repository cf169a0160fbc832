package io.sluice.planner.calcite;

import io.sluice.common.types.RowType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table that is only a row type: all columns of a table with a WATERMARK, computed ones included, registered
 * under {@link #hiddenName} so that the watermark expression can be converted, as a query over it, into an
 * expression over those columns. Never read.
 */
final class RowShapeTable extends AbstractTable {
  private static final String SUFFIX = "$rowtype";
  private final RowType rowType;

  RowShapeTable(RowType rowType) {
    this.rowType = rowType;
  }

  static String hiddenName(String tableName) {
    return tableName + SUFFIX;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return TypeConversion.toRelRowType(typeFactory, rowType);
  }
}
