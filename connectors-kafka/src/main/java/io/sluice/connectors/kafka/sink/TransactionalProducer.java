package io.sluice.connectors.kafka.sink;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.TransactionManager;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.ProducerIdAndEpoch;

/**
 * A Kafka producer bound to one transactional id, for one transaction, with the two things a two-phase commit
 * across process failures needs and the client does not offer: reading the producer id and epoch the broker
 * gave it ({@link #prepared}), and <em>resuming</em> a transaction that another producer began, by those three
 * values, in order to commit it ({@link #commitPrepared}).
 *
 * <p>How resuming works (the technique of Flink's {@code FlinkKafkaInternalProducer}): a transaction is identified
 * on the broker by transactional id, producer id and epoch. A new producer for the same transactional id is
 * created without {@code initTransactions()} (which would abort the transaction), and its
 * {@code TransactionManager} is moved, by reflection, into the state it would have after initializing and
 * beginning a transaction with that producer id and epoch, with "transaction started" set so that
 * {@code commitTransaction()} really sends the EndTxn request. This needs the partitions of the transaction to
 * have been registered with the coordinator before the transaction was prepared: a {@link #flush} does that,
 * since every record it waits for was only sent after its partition was added. The reflection is tied to the
 * kafka-clients version pinned in the build; a test commits a resumed transaction against a real broker.
 */
final class TransactionalProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String transactionalId;

  private TransactionalProducer(Properties properties, String transactionalId) {
    Properties withId = new Properties();
    withId.putAll(properties);
    withId.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    withId.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    this.producer = new KafkaProducer<>(withId, new ByteArraySerializer(), new ByteArraySerializer());
    this.transactionalId = transactionalId;
  }

  /**
   * A producer that has initialized its transactional id (fencing and aborting whatever an earlier producer of the
   * id left open) and begun a transaction.
   */
  static TransactionalProducer begin(Properties properties, String transactionalId) {
    TransactionalProducer producer = initialized(properties, transactionalId);
    producer.producer.beginTransaction();
    return producer;
  }

  /**
   * Initializes the transactional id, which aborts a transaction it left open, and returns the epoch it got: 0
   * if the id was never used (or expired on the broker), more if it was.
   */
  static short abortLingering(Properties properties, String transactionalId) {
    try (TransactionalProducer producer = initialized(properties, transactionalId)) {
      return producer.prepared().epoch();
    }
  }

  /**
   * Commits a transaction another producer prepared. Idempotent: committing a transaction that is already
   * committed succeeds, and a transaction whose id has been initialized again since (which only happens once it
   * was finished) is left alone.
   */
  static void commitPrepared(Properties properties, PreparedTransaction transaction) {
    try (TransactionalProducer producer = new TransactionalProducer(properties, transaction.transactionalId())) {
      producer.resume(transaction.producerId(), transaction.epoch());
      producer.producer.commitTransaction();
    } catch (ProducerFencedException | InvalidProducerEpochException | InvalidTxnStateException e) {
      // A newer producer of the id exists: the transaction was finished before it was created.
    }
  }

  private static TransactionalProducer initialized(Properties properties, String transactionalId) {
    TransactionalProducer producer = new TransactionalProducer(properties, transactionalId);
    try {
      producer.producer.initTransactions();
    } catch (RuntimeException e) {
      producer.close();
      throw e;
    }
    return producer;
  }

  void send(ProducerRecord<byte[], byte[]> record, SendErrors errors) {
    producer.send(record, errors);
  }

  /** Waits until every record sent is acknowledged; afterwards the transaction can be prepared. */
  void flush() {
    producer.flush();
  }

  /** The identity of the open transaction, by which another producer can commit it. */
  PreparedTransaction prepared() {
    ProducerIdAndEpoch ids = (ProducerIdAndEpoch) field(transactionManager(), "producerIdAndEpoch");
    return new PreparedTransaction(transactionalId, ids.producerId, ids.epoch);
  }

  void commit() {
    producer.commitTransaction();
  }

  /** Aborts the open transaction; errors are ignored, since a later initialization of the id aborts it too. */
  void abortQuietly() {
    try {
      producer.abortTransaction();
    } catch (RuntimeException e) {
      // The restored writer aborts it (see TransactionalKafkaWriter).
    }
  }

  /** Closes without waiting and without aborting: a prepared transaction stays open for its commit. */
  @Override
  public void close() {
    producer.close(Duration.ZERO);
  }

  private void resume(long producerId, short epoch) {
    Object manager = transactionManager();
    synchronized (manager) {
      invoke(manager, "transitionTo", state("INITIALIZING"));
      invoke(field(manager, "txnPartitionMap"), "reset");
      setField(manager, "producerIdAndEpoch", new ProducerIdAndEpoch(producerId, epoch));
      invoke(manager, "transitionTo", state("READY"));
      invoke(manager, "transitionTo", state("IN_TRANSACTION"));
      setField(manager, "transactionStarted", true);
    }
  }

  private Object transactionManager() {
    return fieldOf(KafkaProducer.class, producer, "transactionManager");
  }

  private static Object field(Object target, String name) {
    return fieldOf(target.getClass(), target, name);
  }

  private static Object fieldOf(Class<?> type, Object target, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw incompatible(e);
    }
  }

  private static void setField(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw incompatible(e);
    }
  }

  private static void invoke(Object target, String name, Object... arguments) {
    for (Method method : target.getClass().getDeclaredMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        try {
          method.setAccessible(true);
          method.invoke(target, arguments);
          return;
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : incompatible(e);
        } catch (ReflectiveOperationException e) {
          throw incompatible(e);
        }
      }
    }
    throw incompatible(new NoSuchMethodException(target.getClass().getName() + "." + name));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object state(String name) {
    for (Class<?> inner : TransactionManager.class.getDeclaredClasses()) {
      if (inner.getSimpleName().equals("State") && inner.isEnum()) {
        return Enum.valueOf((Class<Enum>) inner, name);
      }
    }
    throw incompatible(new ClassNotFoundException("TransactionManager.State"));
  }

  private static IllegalStateException incompatible(Exception cause) {
    return new IllegalStateException("This kafka-clients version cannot resume transactions", cause);
  }
}
