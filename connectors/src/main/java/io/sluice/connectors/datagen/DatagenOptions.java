package io.sluice.connectors.datagen;

import static io.sluice.connectors.ConnectorOption.optional;

import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The options of the {@code datagen} connector, with Flink's names and defaults. */
public final class DatagenOptions {
  private DatagenOptions() {}

  /** How the values of a field are made. */
  public enum Kind {
    RANDOM,
    SEQUENCE;

    /** The name users write: lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String text) {
      for (Kind kind : values()) {
        if (kind.toString().equalsIgnoreCase(text)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("not random or sequence");
    }
  }

  public static final ConnectorOption<Long> ROWS_PER_SECOND = optional(new ConfigOption<>("rows-per-second",
      "Long (> 0)", atLeast(1, Long::parseLong), 10_000L,
      "Rows generated per second, in total over all parallel subtasks.", List.of()));

  public static final ConnectorOption<Long> NUMBER_OF_ROWS = optional(new ConfigOption<>("number-of-rows",
      "Long (>= 0)", atLeast(0, Long::parseLong), null,
      "Total number of rows to generate. Without it, and without a sequence field, the source is unbounded.",
      List.of()));

  public static final ConnectorOption<Kind> FIELD_KIND = optional(new ConfigOption<>("fields.#.kind",
      "random|sequence", Kind::parse, Kind.RANDOM,
      "How the values of the field are made: random, or a sequence from 'start' to 'end'.", List.of()));

  public static final ConnectorOption<BigDecimal> FIELD_MIN = optional(new ConfigOption<>("fields.#.min",
      "Number (of the column's type)", DatagenOptions::parseNumber, null,
      "Smallest random value of a numeric field; by default the smallest value of the column's type.",
      List.of()));

  public static final ConnectorOption<BigDecimal> FIELD_MAX = optional(new ConfigOption<>("fields.#.max",
      "Number (of the column's type)", DatagenOptions::parseNumber, null,
      "Largest random value of a numeric field; by default the largest value of the column's type.",
      List.of()));

  public static final ConnectorOption<Duration> FIELD_MAX_PAST = optional(ConfigOptions.durationOption(
      "fields.#.max-past", Duration.ZERO,
      "How far before the current time a random DATE, TIME, TIMESTAMP or TIMESTAMP_LTZ value may lie."));

  public static final ConnectorOption<Integer> FIELD_LENGTH = optional(new ConfigOption<>("fields.#.length",
      "Integer (>= 0)", atLeast(0, Integer::parseInt), 100,
      "Length of a random CHAR or VARCHAR value (hexadecimal digits), at most the column's length.", List.of()));

  public static final ConnectorOption<Long> FIELD_START = optional(ConfigOptions.longOption("fields.#.start",
      null, "First value of a sequence field; required for a sequence."));

  public static final ConnectorOption<Long> FIELD_END = optional(ConfigOptions.longOption("fields.#.end",
      null, "Last value of a sequence field, inclusive; required for a sequence."));

  public static final ConnectorOption<Float> FIELD_NULL_RATE = optional(new ConfigOption<>("fields.#.null-rate",
      "Float (0 to 1)", DatagenOptions::parseRate, 0f,
      "Fraction of the random values of the field that are NULL.", List.of()));

  /** All options, in the order the docs list them. */
  public static final List<ConnectorOption<?>> ALL = List.of(
      ROWS_PER_SECOND,
      NUMBER_OF_ROWS,
      FIELD_KIND,
      FIELD_MIN,
      FIELD_MAX,
      FIELD_MAX_PAST,
      FIELD_LENGTH,
      FIELD_START,
      FIELD_END,
      FIELD_NULL_RATE);

  private static <N extends Number> Function<String, N> atLeast(long min, Function<String, N> parser) {
    return text -> {
      N value;
      try {
        value = parser.apply(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number");
      }
      if (value.longValue() < min) {
        throw new IllegalArgumentException("must be at least " + min);
      }
      return value;
    };
  }

  private static BigDecimal parseNumber(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
  }

  private static float parseRate(String text) {
    float rate;
    try {
      rate = Float.parseFloat(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("must be from 0 to 1");
    }
    return rate;
  }
}
