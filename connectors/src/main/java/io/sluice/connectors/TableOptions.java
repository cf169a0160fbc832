package io.sluice.connectors;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.ConfigOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the {@code WITH} options of one table, for connector factories. Values are parsed with the
 * option's {@link ConfigOption#parser()}; a value that does not parse becomes a {@link SluiceException} with
 * {@link ErrorCode#INVALID_TABLE_OPTION} that names the table, the key, the value and what was expected.
 */
public final class TableOptions {
  private final TableContext context;

  private TableOptions(TableContext context) {
    this.context = context;
  }

  public static TableOptions of(TableContext context) {
    return new TableOptions(context);
  }

  public String tableName() {
    return context.tableName();
  }

  /** The value of an option that is not a field template, or its default if the table does not set it. */
  public <T> T get(ConnectorOption<T> option) {
    return getOptional(option).orElse(option.definition().defaultValue());
  }

  /** The value of an option that is not a field template, empty if the table does not set it. */
  public <T> Optional<T> getOptional(ConnectorOption<T> option) {
    if (option.isFieldTemplate()) {
      throw new IllegalArgumentException(option.key() + " is a field template: name the field");
    }
    return parse(option, option.key());
  }

  /** The value of a field template option for one column, or its default. */
  public <T> T get(ConnectorOption<T> option, String fieldName) {
    return getOptional(option, fieldName).orElse(option.definition().defaultValue());
  }

  /** The value of a field template option for one column, empty if the table does not set it. */
  public <T> Optional<T> getOptional(ConnectorOption<T> option, String fieldName) {
    return parse(option, option.keyFor(fieldName));
  }

  /**
   * The values of a prefix option ({@link ConnectorOption#isPrefix}), parsed, by the key without the prefix
   * ({@code acks} for {@code 'properties.acks'}), in the order of declaration.
   */
  public <T> Map<String, T> withPrefix(ConnectorOption<T> option) {
    Map<String, T> values = new LinkedHashMap<>();
    for (String key : context.options().keySet()) {
      if (option.matchesPrefix(key)) {
        values.put(key.substring(option.prefix().length()), parse(option, key).orElseThrow());
      }
    }
    return values;
  }

  /** Whether the table sets this field template option for this column. */
  public boolean isSet(ConnectorOption<?> option, String fieldName) {
    return context.options().containsKey(option.keyFor(fieldName));
  }

  /**
   * The error for a value that parses but does not fit, e.g. a minimum above the maximum. The value of a
   * {@linkplain SensitiveOptions sensitive} key is not shown.
   *
   * @param key the key as the user wrote it
   * @param expected what the value should have been, completing "expected ..."
   */
  public SluiceException invalidValue(String key, String expected) {
    return new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Invalid value '"
        + SensitiveOptions.masked(key, context.options().get(key))
        + "' for option '" + key + "' of table '" + tableName() + "': expected " + expected);
  }

  /** An error about the options of this table that is not about a single value. */
  public SluiceException invalid(String message) {
    return new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Table '" + tableName() + "': " + message);
  }

  private <T> Optional<T> parse(ConnectorOption<T> option, String key) {
    String text = context.options().get(key);
    if (text == null) {
      return Optional.empty();
    }
    ConfigOption<T> definition = option.definition();
    try {
      return Optional.of(definition.parser().apply(text.trim()));
    } catch (IllegalArgumentException e) {
      String reason = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
      throw invalidValue(key, definition.typeName() + reason);
    }
  }
}
