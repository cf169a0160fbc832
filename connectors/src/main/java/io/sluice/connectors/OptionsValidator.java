package io.sluice.connectors;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the options of a table against the declarations of its connector: every key is declared (a field
 * template's key naming a physical column), every required option is set, and every value parses. What the
 * declarations cannot express is left to the factory.
 */
final class OptionsValidator {
  private OptionsValidator() {}

  static void validate(TableContext context, ConnectorFactory factory) {
    TableOptions options = TableOptions.of(context);
    for (Map.Entry<String, String> entry : context.options().entrySet()) {
      String key = entry.getKey();
      if (!key.equals(ConnectorOption.CONNECTOR.key())) {
        checkValue(options, key, declaration(context, factory, key));
      }
    }
    for (ConnectorOption<?> option : factory.options()) {
      if (option.required() && !context.options().containsKey(option.key())) {
        throw new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Table '" + context.tableName()
            + "' misses the required option '" + option.key() + "' of connector '" + factory.identifier() + "'");
      }
    }
  }

  /** The declaration a key sets, checking that a field template names a physical column. */
  private static ConnectorOption<?> declaration(TableContext context, ConnectorFactory factory, String key) {
    for (ConnectorOption<?> option : factory.options()) {
      if (option.key().equals(key) || option.matchesPrefix(key)) {
        return option;
      }
      Optional<String> field = option.fieldOf(key);
      if (field.isPresent()) {
        checkColumnExists(context, key, field.get());
        return option;
      }
    }
    throw new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Unsupported option '" + key + "' in table '"
        + context.tableName() + "' for connector '" + factory.identifier() + "'. Supported options: "
        + supportedKeys(factory));
  }

  private static void checkColumnExists(TableContext context, String key, String field) {
    List<String> columns = context.physicalSchema().names();
    if (!columns.contains(field)) {
      throw new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Option '" + key + "' of table '"
          + context.tableName() + "' refers to field '" + field + "', which is not a physical column. Columns: "
          + String.join(", ", columns));
    }
  }

  private static void checkValue(TableOptions options, String key, ConnectorOption<?> option) {
    if (option.isFieldTemplate()) {
      options.getOptional(option, option.fieldOf(key).orElseThrow());
    } else if (option.isPrefix()) {
      options.withPrefix(option);
    } else {
      options.getOptional(option);
    }
  }

  static String supportedKeys(ConnectorFactory factory) {
    return Stream.concat(
            Stream.of(ConnectorOption.CONNECTOR.key()),
            factory.options().stream().map(ConnectorOption::key).sorted())
        .collect(Collectors.joining(", "));
  }
}
