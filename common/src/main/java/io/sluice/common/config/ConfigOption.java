package io.sluice.common.config;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A configuration key users set with {@code SET 'key' = 'value'}: its name, type, default, description and older
 * names still accepted. The shell's completion and the docs' reference table are generated from these.
 *
 * @param key the name users type, Flink's where Flink has the concept
 * @param typeName what the value must look like, shown in errors and docs ("Integer", "Duration", ...)
 * @param parser turns the text into a value; throws {@link IllegalArgumentException} with a reason otherwise
 * @param defaultValue used when the key is not set; may be null for "not set"
 * @param description one or two sentences for the docs
 * @param aliases deprecated names still accepted
 */
public record ConfigOption<T>(
    String key,
    String typeName,
    Function<String, T> parser,
    T defaultValue,
    String description,
    List<String> aliases) {

  public ConfigOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parser, "parser");
    aliases = List.copyOf(aliases);
  }

  /** Parses and checks a value given as text; the message of the exception names the key and the type. */
  public T parse(String text) {
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      String reason = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
      throw new IllegalArgumentException(
          "Invalid value '" + text + "' for '" + key + "': expected " + typeName + reason, e);
    }
  }

  /** The default as users would type it, or an empty string where there is none. */
  public String defaultText() {
    if (defaultValue == null) {
      return "";
    }
    return defaultValue instanceof java.time.Duration d ? DurationParser.format(d) : defaultValue.toString();
  }

  /** The same option, also accepting an older name. */
  public ConfigOption<T> withAlias(String alias) {
    List<String> all = new java.util.ArrayList<>(aliases);
    all.add(alias);
    return new ConfigOption<>(key, typeName, parser, defaultValue, description, all);
  }
}
