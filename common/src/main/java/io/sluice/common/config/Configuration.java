package io.sluice.common.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Option values as text, read through typed {@link ConfigOption}s. Keys are stored under the option's current
 * name; values are checked when set, so reading never fails.
 */
public final class Configuration {
  private final Map<String, String> values;

  public Configuration() {
    this(new TreeMap<>());
  }

  private Configuration(Map<String, String> values) {
    this.values = values;
  }

  public <T> T get(ConfigOption<T> option) {
    String text = values.get(option.key());
    return text == null ? option.defaultValue() : option.parse(text);
  }

  /** Checks the value against the option's type, then stores it. */
  public <T> void set(ConfigOption<T> option, String text) {
    option.parse(text);
    values.put(option.key(), text.trim());
  }

  public void reset(ConfigOption<?> option) {
    values.remove(option.key());
  }

  public void resetAll() {
    values.clear();
  }

  /** The values set explicitly, by key. */
  public Map<String, String> toMap() {
    return Collections.unmodifiableMap(values);
  }

  public Configuration copy() {
    return new Configuration(new TreeMap<>(values));
  }
}
