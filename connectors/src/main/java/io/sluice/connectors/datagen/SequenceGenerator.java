package io.sluice.connectors.datagen;

import static io.sluice.connectors.datagen.DatagenOptions.FIELD_END;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_KIND;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_START;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.TableOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The values {@code start, start + 1, ..., end} of a field with kind {@code sequence}: row {@code i} of the
 * table gets {@code start + i}. Numeric columns get the number, CHAR and VARCHAR columns its decimal digits, as
 * in Flink.
 *
 * @param start the first value
 * @param length how many values there are; capped at {@link Long#MAX_VALUE}
 * @param toInternal turns a value into the column's internal Java class
 */
record SequenceGenerator(long start, long length, LongFunction<Object> toInternal) implements FieldGenerator {
  /** The options a sequence field may set. */
  static final List<ConnectorOption<?>> OPTIONS = List.of(FIELD_KIND, FIELD_START, FIELD_END);

  /** Reads and checks the options of one sequence field. */
  static SequenceGenerator create(Column column, TableOptions options) {
    String name = column.name();
    if (!options.isSet(FIELD_START, name) || !options.isSet(FIELD_END, name)) {
      throw options.invalid("field '" + name + "' is a sequence: set both '" + FIELD_START.keyFor(name)
          + "' and '" + FIELD_END.keyFor(name) + "'");
    }
    long start = options.get(FIELD_START, name);
    long end = options.get(FIELD_END, name);
    if (start > end) {
      throw options.invalidValue(FIELD_END.keyFor(name), "at least the start, " + start);
    }
    LongFunction<Object> toInternal = toInternal(column, options);
    checkFits(column, options, FIELD_START, start);
    checkFits(column, options, FIELD_END, end);
    return new SequenceGenerator(start, lengthOf(start, end), toInternal);
  }

  @Override
  public Object generate(long rowIndex, RowRandom random, long nowMillis) {
    return toInternal.apply(start + rowIndex);
  }

  private static LongFunction<Object> toInternal(Column column, TableOptions options) {
    DataType type = column.type();
    return switch (type.root()) {
      case TINYINT -> v -> (byte) v;
      case SMALLINT -> v -> (short) v;
      case INTEGER -> v -> (int) v;
      case BIGINT -> v -> v;
      case FLOAT -> v -> (float) v;
      case DOUBLE -> v -> (double) v;
      case DECIMAL -> v -> BigDecimal.valueOf(v).setScale(type.scale());
      case CHAR, VARCHAR -> Long::toString;
      default -> throw options.invalidValue(FIELD_KIND.keyFor(column.name()), "random: column '"
          + column.name() + "' of type " + type + " cannot be a sequence (only numbers and strings can)");
    };
  }

  private static void checkFits(Column column, TableOptions options, ConnectorOption<Long> option, long value) {
    DataType type = column.type();
    String key = option.keyFor(column.name());
    if (type.root().isString()) {
      if (Long.toString(value).length() > type.precision()) {
        throw options.invalidValue(key, "at most " + type.precision() + " characters for column '"
            + column.name() + "' of type " + type);
      }
      return;
    }
    NumericBounds bounds = NumericBounds.of(type);
    if (!bounds.contains(BigDecimal.valueOf(value))) {
      throw options.invalidValue(key, bounds.describe(column.name(), type));
    }
  }

  private static long lengthOf(long start, long end) {
    long span = end - start; // end - start, read as unsigned: start <= end
    return Long.compareUnsigned(span, Long.MAX_VALUE - 1) >= 0 ? Long.MAX_VALUE : span + 1;
  }
}
