package io.sluice.connectors.kafka.format;

/** Turns the values of some columns into the bytes of a Kafka record's key or value. One instance per writer. */
public interface RowSerializer {
  /** The bytes of {@code values}, one per column the serializer was made for, in the internal representation. */
  byte[] serialize(Object[] values);
}
