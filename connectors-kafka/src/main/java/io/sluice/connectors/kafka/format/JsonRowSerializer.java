package io.sluice.connectors.kafka.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Writes one JSON object with a member per column: numbers and booleans as JSON values, everything else as the
 * text the shell shows, NULL as null.
 */
final class JsonRowSerializer implements RowSerializer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RowType columns;

  JsonRowSerializer(RowType columns) {
    this.columns = columns;
  }

  @Override
  public byte[] serialize(Object[] values) {
    ObjectNode object = MAPPER.createObjectNode();
    for (int i = 0; i < values.length; i++) {
      put(object, columns.column(i).name(), values[i], columns.column(i).type());
    }
    try {
      return MAPPER.writeValueAsBytes(object);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode object, String name, Object value, DataType type) {
    if (value == null) {
      object.putNull(name);
      return;
    }
    switch (type.root()) {
      case BOOLEAN -> object.put(name, (Boolean) value);
      case TINYINT, SMALLINT, INTEGER, BIGINT -> object.put(name, ((Number) value).longValue());
      case FLOAT, DOUBLE -> object.put(name, ((Number) value).doubleValue());
      case DECIMAL -> object.put(name, (BigDecimal) value);
      default -> object.put(name, TextValues.format(value, type));
    }
  }
}
