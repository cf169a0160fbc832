package io.sluice.connectors.datagen;

import static io.sluice.connectors.datagen.DatagenOptions.FIELD_KIND;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_LENGTH;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_MAX;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_MAX_PAST;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_MIN;
import static io.sluice.connectors.datagen.DatagenOptions.FIELD_NULL_RATE;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.TableOptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.LongFunction;

/**
 * Builds the generator of a field with kind {@code random} for each column type, as Flink's datagen does:
 * numbers uniform in [min, max], strings of random hexadecimal digits, booleans, and dates, times and
 * timestamps up to {@code max-past} before the current time (at the column's precision). Any type can be NULL
 * at the field's {@code null-rate}.
 */
final class RandomGenerators {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private RandomGenerators() {}

  /** The options a random field of this type may set. */
  static List<ConnectorOption<?>> optionsFor(DataType type) {
    TypeRoot root = type.root();
    if (root.isNumeric()) {
      return List.of(FIELD_KIND, FIELD_NULL_RATE, FIELD_MIN, FIELD_MAX);
    } else if (root.isString()) {
      return List.of(FIELD_KIND, FIELD_NULL_RATE, FIELD_LENGTH);
    } else if (root == TypeRoot.BOOLEAN) {
      return List.of(FIELD_KIND, FIELD_NULL_RATE);
    }
    return List.of(FIELD_KIND, FIELD_NULL_RATE, FIELD_MAX_PAST);
  }

  /** Reads and checks the options of one random field. */
  static FieldGenerator create(Column column, TableOptions options) {
    FieldGenerator values = switch (column.type().root()) {
      case BOOLEAN -> (row, random, now) -> random.nextBoolean();
      case TINYINT -> wholeNumber(column, options, v -> (byte) v);
      case SMALLINT -> wholeNumber(column, options, v -> (short) v);
      case INTEGER -> wholeNumber(column, options, v -> (int) v);
      case BIGINT -> wholeNumber(column, options, v -> v);
      case FLOAT -> floatingPoint(column, options, v -> (float) v);
      case DOUBLE -> floatingPoint(column, options, v -> v);
      case DECIMAL -> decimal(column, options);
      case CHAR, VARCHAR -> string(column, options);
      case DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ -> temporal(column, options);
    };
    return withNulls(values, column, options);
  }

  private static FieldGenerator wholeNumber(Column column, TableOptions options, LongFunction<Object> box) {
    Range range = range(column, options);
    long min = range.min().longValueExact();
    long max = range.max().longValueExact();
    return (row, random, now) -> box.apply(random.nextLong(min, max));
  }

  private static FieldGenerator floatingPoint(Column column, TableOptions options, DoubleFunction<Object> box) {
    Range range = range(column, options);
    double min = range.min().doubleValue();
    double max = range.max().doubleValue();
    return (row, random, now) -> box.apply(random.nextDouble(min, max));
  }

  /** Uniform over the unscaled values, which are exact longs up to a precision of 18 digits. */
  private static FieldGenerator decimal(Column column, TableOptions options) {
    int scale = column.type().scale();
    Range range = range(column, options);
    BigInteger min = range.min().setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger max = range.max().setScale(scale, RoundingMode.FLOOR).unscaledValue();
    if (min.compareTo(max) > 0) {
      throw options.invalidValue(FIELD_MAX.keyFor(column.name()),
          "a range [min, max] that holds a value with " + scale + " digits after the point");
    }
    if (min.bitLength() < Long.SIZE && max.bitLength() < Long.SIZE) {
      long low = min.longValueExact();
      long high = max.longValueExact();
      return (row, random, now) -> BigDecimal.valueOf(random.nextLong(low, high), scale);
    }
    // Wider than a long: spread a random double over the range; uniform enough for test data.
    BigDecimal width = new BigDecimal(max.subtract(min));
    return (row, random, now) -> new BigDecimal(
        min.add(width.multiply(BigDecimal.valueOf(random.nextDouble())).toBigInteger()), scale);
  }

  private static FieldGenerator string(Column column, TableOptions options) {
    int length = Math.min(options.get(FIELD_LENGTH, column.name()), column.type().precision());
    return (row, random, now) -> random.nextHexString(length);
  }

  private static FieldGenerator temporal(Column column, TableOptions options) {
    long maxPast = options.get(FIELD_MAX_PAST, column.name()).toMillis();
    DataType type = column.type();
    // TIME(0) holds whole seconds, TIMESTAMP(1) tenths, ...: values must not be finer than the column.
    long unit = type.precision() >= 3 ? 1 : BigInteger.TEN.pow(3 - type.precision()).longValueExact();
    return switch (type.root()) {
      case DATE -> (row, random, now) -> (int) Math.floorDiv(now - random.nextLong(0, maxPast), MILLIS_PER_DAY);
      case TIME -> (row, random, now) ->
          (int) truncate(Math.floorMod(now - random.nextLong(0, maxPast), MILLIS_PER_DAY), unit);
      default -> (row, random, now) -> truncate(now - random.nextLong(0, maxPast), unit);
    };
  }

  private static long truncate(long millis, long unit) {
    return unit == 1 ? millis : Math.floorDiv(millis, unit) * unit;
  }

  private static FieldGenerator withNulls(FieldGenerator values, Column column, TableOptions options) {
    float nullRate = options.get(FIELD_NULL_RATE, column.name());
    if (nullRate == 0) {
      return values;
    }
    if (!column.type().nullable()) {
      throw options.invalidValue(FIELD_NULL_RATE.keyFor(column.name()),
          "0 for column '" + column.name() + "' of type " + column.type());
    }
    return (row, random, now) -> random.nextDouble() < nullRate ? null : values.generate(row, random, now);
  }

  /** The min and max options of a numeric field, defaulting to the bounds of its type. */
  private static Range range(Column column, TableOptions options) {
    NumericBounds bounds = NumericBounds.of(column.type());
    BigDecimal min = bound(column, options, FIELD_MIN, bounds).orElse(bounds.min());
    BigDecimal max = bound(column, options, FIELD_MAX, bounds).orElse(bounds.max());
    if (min.compareTo(max) > 0) {
      String key = options.isSet(FIELD_MAX, column.name()) ? FIELD_MAX.keyFor(column.name())
          : FIELD_MIN.keyFor(column.name());
      throw options.invalidValue(key, "min <= max, but min is " + min.toPlainString() + " and max is "
          + max.toPlainString());
    }
    return new Range(min, max);
  }

  private static Optional<BigDecimal> bound(
      Column column, TableOptions options, ConnectorOption<BigDecimal> option, NumericBounds bounds) {
    Optional<BigDecimal> value = options.getOptional(option, column.name());
    if (value.isPresent() && !bounds.contains(value.get())) {
      throw options.invalidValue(option.keyFor(column.name()), bounds.describe(column.name(), column.type()));
    }
    return value;
  }

  private record Range(BigDecimal min, BigDecimal max) {}
}
