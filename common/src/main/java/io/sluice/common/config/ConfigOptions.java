package io.sluice.common.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.Function;

/** Builders for {@link ConfigOption}s of the usual types. */
public final class ConfigOptions {
  private ConfigOptions() {}

  public static ConfigOption<Integer> intOption(String key, Integer defaultValue, String description) {
    return new ConfigOption<>(key, "Integer", ConfigOptions::parseInt, defaultValue, description, List.of());
  }

  public static ConfigOption<Integer> positiveIntOption(String key, Integer defaultValue, String description) {
    return new ConfigOption<>(key, "Integer (> 0)", s -> {
      int v = parseInt(s);
      if (v <= 0) {
        throw new IllegalArgumentException("must be greater than 0");
      }
      return v;
    }, defaultValue, description, List.of());
  }

  public static ConfigOption<Integer> nonNegativeIntOption(String key, Integer defaultValue, String description) {
    return new ConfigOption<>(key, "Integer (>= 0)", s -> {
      int v = parseInt(s);
      if (v < 0) {
        throw new IllegalArgumentException("must not be negative");
      }
      return v;
    }, defaultValue, description, List.of());
  }

  /**
   * A floating-point option whose values must pass {@code check}, described to users by {@code rule} (for
   * example {@code "> 1"}).
   */
  public static ConfigOption<Double> doubleOption(
      String key, Double defaultValue, DoublePredicate check, String rule, String description) {
    return new ConfigOption<>(key, "Double (" + rule + ")", s -> {
      double v;
      try {
        v = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number");
      }
      if (Double.isNaN(v) || !check.test(v)) {
        throw new IllegalArgumentException("must be " + rule);
      }
      return v;
    }, defaultValue, description, List.of());
  }

  public static ConfigOption<Long> longOption(String key, Long defaultValue, String description) {
    return new ConfigOption<>(key, "Long", s -> {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number");
      }
    }, defaultValue, description, List.of());
  }

  /** A whole number of at least {@code minimum}. */
  public static ConfigOption<Long> longOption(String key, Long defaultValue, long minimum, String description) {
    return new ConfigOption<>(key, "Long (>= " + minimum + ")", s -> {
      long v;
      try {
        v = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number");
      }
      if (v < minimum) {
        throw new IllegalArgumentException("must be at least " + minimum);
      }
      return v;
    }, defaultValue, description, List.of());
  }

  /** A number of bytes, written as Flink writes memory sizes ({@code 128mb}, {@code 64 kb}); see {@link MemorySize}. */
  public static ConfigOption<MemorySize> memorySizeOption(
      String key, MemorySize defaultValue, String description) {
    return new ConfigOption<>(key, "MemorySize (e.g. 128mb, 64 kb)", MemorySize::parse, defaultValue, description,
        List.of());
  }

  public static ConfigOption<Boolean> booleanOption(String key, Boolean defaultValue, String description) {
    return new ConfigOption<>(key, "Boolean (true|false)", s -> switch (s.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not true or false");
    }, defaultValue, description, List.of());
  }

  public static ConfigOption<String> stringOption(String key, String defaultValue, String description) {
    return new ConfigOption<>(key, "String", s -> s, defaultValue, description, List.of());
  }

  public static ConfigOption<Duration> durationOption(String key, Duration defaultValue, String description) {
    return new ConfigOption<>(key, "Duration (e.g. 200 ms, 10 s, 5 min)", DurationParser::parse, defaultValue,
        description, List.of());
  }

  /** A duration of at least {@code minimum}, e.g. a checkpoint interval. */
  public static ConfigOption<Duration> durationOption(
      String key, Duration defaultValue, Duration minimum, String description) {
    return new ConfigOption<>(key, "Duration (at least " + DurationParser.format(minimum) + ")", s -> {
      Duration d = DurationParser.parse(s);
      if (d.compareTo(minimum) < 0) {
        throw new IllegalArgumentException("must be at least " + DurationParser.format(minimum));
      }
      return d;
    }, defaultValue, description, List.of());
  }

  /**
   * An option whose value is one of an enum's constants, each written in any of its {@code spellings}
   * (case-insensitive; the first spelling is the one shown in the docs, and should be the constant's
   * {@code toString()}).
   */
  public static <E extends Enum<E>> ConfigOption<E> choiceOption(
      String key, Class<E> type, E defaultValue, Function<E, List<String>> spellings, String description) {
    String names = String.join("|", Arrays.stream(type.getEnumConstants()).map(e -> spellings.apply(e).get(0))
        .toList());
    return new ConfigOption<>(key, "one of " + names, s -> {
      for (E e : type.getEnumConstants()) {
        for (String spelling : spellings.apply(e)) {
          if (spelling.equalsIgnoreCase(s)) {
            return e;
          }
        }
      }
      throw new IllegalArgumentException(); // the option's type, "one of ...", already names the choices
    }, defaultValue, description, List.of());
  }

  /** An option whose value is one of the names of an enum, case-insensitive. */
  public static <E extends Enum<E>> ConfigOption<E> enumOption(
      String key, Class<E> type, E defaultValue, String description) {
    String names = String.join("|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    return new ConfigOption<>(key, "one of " + names, s -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(s) || e.name().replace('_', '-').equalsIgnoreCase(s)) {
          return e;
        }
      }
      throw new IllegalArgumentException(); // the option's type, "one of ...", already names the choices
    }, defaultValue, description, List.of());
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }
}
