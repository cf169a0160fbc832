package io.sluice.connectors;

import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.ConfigOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * One option a connector accepts in {@code CREATE TABLE ... WITH}: a {@link ConfigOption} (key, type, default,
 * description) and whether the table must set it. Validation, the readers in {@link TableOptions} and the
 * reference tables in {@code docs/connectors.md} all come from these declarations.
 *
 * <p>A key may be a <em>field template</em>: {@value #FIELD_PLACEHOLDER} stands for the name of a physical column,
 * as in {@code fields.#.kind}, which {@code 'fields.id.kind'} sets for column {@code id}. A template option is
 * never required.
 *
 * <p>A key may also be a <em>prefix</em>: ending in {@value #ANY_SUFFIX}, as in {@code properties.*}, it accepts
 * every key that starts with what comes before the {@value #ANY_SUFFIX} ({@code 'properties.acks'}). The
 * connector checks the suffixes itself. A prefix option is never required.
 *
 * @param definition key, type, parser, default and description
 * @param required whether every table of the connector must set it
 */
public record ConnectorOption<T>(ConfigOption<T> definition, boolean required) {
  /** Stands for a column name in the key of a field template. */
  public static final String FIELD_PLACEHOLDER = "#";
  /** Ends the key of a prefix option. */
  public static final String ANY_SUFFIX = "*";

  /** The option every table has: it names the connector. Not listed by {@link ConnectorFactory#options()}. */
  public static final ConnectorOption<String> CONNECTOR = required(ConfigOptions.stringOption("connector", null,
      "Which connector reads and writes the table."));

  public ConnectorOption {
    Objects.requireNonNull(definition, "definition");
    if (required && (definition.key().contains(FIELD_PLACEHOLDER) || definition.key().endsWith(ANY_SUFFIX))) {
      throw new IllegalArgumentException("A field template or prefix cannot be required: " + definition.key());
    }
  }

  public static <T> ConnectorOption<T> required(ConfigOption<T> definition) {
    return new ConnectorOption<>(definition, true);
  }

  public static <T> ConnectorOption<T> optional(ConfigOption<T> definition) {
    return new ConnectorOption<>(definition, false);
  }

  /** The key as declared, with {@value #FIELD_PLACEHOLDER} in a field template. */
  public String key() {
    return definition.key();
  }

  public boolean isFieldTemplate() {
    return key().contains(FIELD_PLACEHOLDER);
  }

  public boolean isPrefix() {
    return key().endsWith(ANY_SUFFIX);
  }

  /** What every key of a prefix option starts with: {@code properties.} for {@code properties.*}. */
  public String prefix() {
    if (!isPrefix()) {
      throw new IllegalStateException(key() + " is not a prefix option");
    }
    return key().substring(0, key().length() - ANY_SUFFIX.length());
  }

  /** Whether {@code actualKey} is one of the keys of this prefix option; false if this is not a prefix option. */
  public boolean matchesPrefix(String actualKey) {
    return isPrefix() && actualKey.length() > prefix().length() && actualKey.startsWith(prefix());
  }

  /** The key that sets this option for one column; the key itself for an option that is not a template. */
  public String keyFor(String fieldName) {
    return key().replace(FIELD_PLACEHOLDER, fieldName);
  }

  /**
   * The column name a key sets this template option for: {@code id} for {@code fields.id.kind} and the
   * template {@code fields.#.kind}. Empty if the key is not an instance of this template, or this option is not
   * a template. Column names may contain dots.
   */
  public Optional<String> fieldOf(String actualKey) {
    int hole = key().indexOf(FIELD_PLACEHOLDER);
    if (hole < 0) {
      return Optional.empty();
    }
    String prefix = key().substring(0, hole);
    String suffix = key().substring(hole + FIELD_PLACEHOLDER.length());
    boolean matches = actualKey.length() > prefix.length() + suffix.length()
        && actualKey.startsWith(prefix)
        && actualKey.endsWith(suffix);
    return matches
        ? Optional.of(actualKey.substring(prefix.length(), actualKey.length() - suffix.length()))
        : Optional.empty();
  }
}
