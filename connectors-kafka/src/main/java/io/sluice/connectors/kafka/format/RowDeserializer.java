package io.sluice.connectors.kafka.format;

/**
 * Turns the bytes of one Kafka record's key or value into the values of some columns, in the engine's internal
 * representation. One instance serves one reader (implementations may keep scratch space).
 */
public interface RowDeserializer {
  /**
   * The values, one per column the deserializer was made for.
   *
   * @throws IllegalArgumentException if the bytes are not a record of the format or a value does not fit its
   *     column; the message says what is wrong, the caller says where
   */
  Object[] deserialize(byte[] bytes);
}
