package io.sluice.connectors.kafka.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import java.io.IOException;

/**
 * Reads a record that is one JSON object; each column takes the member of its name, NULL when the member is
 * missing or null, and other members are ignored. Numbers and booleans may be given as JSON values or as text;
 * dates and times as text.
 */
final class JsonRowDeserializer implements RowDeserializer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RowType columns;

  JsonRowDeserializer(RowType columns) {
    this.columns = columns;
  }

  @Override
  public Object[] deserialize(byte[] bytes) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Object[] values = new Object[columns.arity()];
    for (int i = 0; i < values.length; i++) {
      JsonNode node = root.get(columns.column(i).name());
      values[i] = node == null || node.isNull() ? null : value(node, columns.column(i).type());
    }
    return values;
  }

  private static Object value(JsonNode node, DataType type) {
    if (node.isContainerNode()) {
      throw new IllegalArgumentException(node + " is not a " + type.root().sqlName());
    }
    return switch (type.root()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL, BOOLEAN ->
          node.isNumber() || node.isBoolean() ? TextValues.parse(type, node.asText())
              : TextValues.parse(type, node.textValue());
      default -> TextValues.parse(type, node.asText());
    };
  }
}
