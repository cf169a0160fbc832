package io.sluice.connectors.kafka.sink;

/**
 * A Kafka transaction whose records are all acknowledged, waiting for the checkpoint that covers them to complete:
 * what it takes to commit it from another producer.
 */
record PreparedTransaction(String transactionalId, long producerId, short epoch) {}
