package io.sluice.planner.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with Flink's limits: {@code STRING} is a VARCHAR of {@link Integer#MAX_VALUE}
 * characters (Calcite's default cap is 65536), and timestamps keep milliseconds (precision 3), which is what the
 * runtime stores. Aggregates over DECIMAL follow Flink: SUM widens to the maximum precision with the argument's
 * scale, AVG also keeps at least 6 fractional digits.
 */
public final class SluiceTypeSystem extends RelDataTypeSystemImpl {
  public static final SluiceTypeSystem INSTANCE = new SluiceTypeSystem();

  private SluiceTypeSystem() {}

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case VARCHAR, CHAR, VARBINARY, BINARY -> Integer.MAX_VALUE;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIME -> 3;
      default -> super.getMaxPrecision(typeName);
    };
  }

  @Override
  public int getDefaultPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> 3;
      default -> super.getDefaultPrecision(typeName);
    };
  }

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (argumentType.getSqlTypeName() != SqlTypeName.DECIMAL) {
      return super.deriveSumType(typeFactory, argumentType);
    }
    return decimal(typeFactory, argumentType, argumentType.getScale());
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (argumentType.getSqlTypeName() != SqlTypeName.DECIMAL) {
      return super.deriveAvgAggType(typeFactory, argumentType);
    }
    return decimal(typeFactory, argumentType, Math.max(6, argumentType.getScale()));
  }

  private RelDataType decimal(RelDataTypeFactory typeFactory, RelDataType argumentType, int scale) {
    RelDataType type = typeFactory.createSqlType(SqlTypeName.DECIMAL, getMaxNumericPrecision(), scale);
    return typeFactory.createTypeWithNullability(type, argumentType.isNullable());
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    // CASE WHEN .. THEN 'a' ELSE 'bb' END is VARCHAR(2), not a blank-padded CHAR(2), as in Flink.
    return true;
  }
}
