package io.sluice.planner.calcite;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/** Converts between Sluice's {@link DataType} and Calcite's {@link RelDataType}. */
public final class TypeConversion {
  private TypeConversion() {}

  public static RelDataType toRelType(RelDataTypeFactory factory, DataType type) {
    RelDataType base = switch (type.root()) {
      case BOOLEAN -> factory.createSqlType(SqlTypeName.BOOLEAN);
      case TINYINT -> factory.createSqlType(SqlTypeName.TINYINT);
      case SMALLINT -> factory.createSqlType(SqlTypeName.SMALLINT);
      case INTEGER -> factory.createSqlType(SqlTypeName.INTEGER);
      case BIGINT -> factory.createSqlType(SqlTypeName.BIGINT);
      // Flink's FLOAT is 4 bytes, which Calcite calls REAL.
      case FLOAT -> factory.createSqlType(SqlTypeName.REAL);
      case DOUBLE -> factory.createSqlType(SqlTypeName.DOUBLE);
      case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
      case CHAR -> factory.createSqlType(SqlTypeName.CHAR, type.precision());
      case VARCHAR -> factory.createSqlType(SqlTypeName.VARCHAR, type.precision());
      case DATE -> factory.createSqlType(SqlTypeName.DATE);
      case TIME -> factory.createSqlType(SqlTypeName.TIME, Math.min(type.precision(), 3));
      case TIMESTAMP -> factory.createSqlType(SqlTypeName.TIMESTAMP, Math.min(type.precision(), 3));
      case TIMESTAMP_LTZ ->
          factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, Math.min(type.precision(), 3));
    };
    return factory.createTypeWithNullability(base, type.nullable());
  }

  public static RelDataType toRelRowType(RelDataTypeFactory factory, RowType rowType) {
    RelDataTypeFactory.Builder builder = factory.builder();
    for (Column column : rowType.columns()) {
      builder.add(column.name(), toRelType(factory, column.type()));
    }
    return builder.build();
  }

  public static DataType toDataType(RelDataType type) {
    boolean nullable = type.isNullable();
    DataType result = switch (type.getSqlTypeName()) {
      case BOOLEAN -> DataType.of(TypeRoot.BOOLEAN);
      case TINYINT -> DataType.of(TypeRoot.TINYINT);
      case SMALLINT -> DataType.of(TypeRoot.SMALLINT);
      case INTEGER -> DataType.of(TypeRoot.INTEGER);
      case BIGINT -> DataType.of(TypeRoot.BIGINT);
      case REAL -> DataType.of(TypeRoot.FLOAT);
      case FLOAT, DOUBLE -> DataType.of(TypeRoot.DOUBLE);
      case DECIMAL -> DataType.of(TypeRoot.DECIMAL, type.getPrecision(), type.getScale());
      case CHAR -> DataType.of(TypeRoot.CHAR, type.getPrecision());
      case VARCHAR -> DataType.of(TypeRoot.VARCHAR, type.getPrecision());
      case DATE -> DataType.of(TypeRoot.DATE);
      case TIME -> DataType.of(TypeRoot.TIME, type.getPrecision());
      case TIMESTAMP -> DataType.of(TypeRoot.TIMESTAMP, type.getPrecision());
      case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> DataType.of(TypeRoot.TIMESTAMP_LTZ, type.getPrecision());
      // The type of a bare NULL literal: any nullable type would do; Flink shows it as NULL, we pick STRING.
      case NULL -> DataType.string();
      default -> throw new SluiceException(ErrorCode.UNSUPPORTED,
          "Type " + type.getFullTypeString() + " is not supported yet.");
    };
    return result.withNullable(nullable);
  }

  public static RowType toRowType(RelDataType rowType) {
    List<Column> columns = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      columns.add(new Column(field.getName(), toDataType(field.getType())));
    }
    return new RowType(columns);
  }
}
