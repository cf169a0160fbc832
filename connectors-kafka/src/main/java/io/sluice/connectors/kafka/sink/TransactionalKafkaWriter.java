package io.sluice.connectors.kafka.sink;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes rows to Kafka exactly once, as a two-phase commit driven by checkpoints.
 *
 * <p><b>One transaction per checkpoint interval.</b> The first row after a barrier begins a transaction under a
 * fresh transactional id, {@code <prefix>-<subtask>-<index>}, the index counting up by one per transaction. The
 * next barrier <em>prepares</em> it ({@link #snapshotState}): the producer flushes, so every record is
 * acknowledged, and the transaction's id, producer id and epoch go into the checkpoint. When the checkpoint
 * completes ({@link #notifyCheckpointComplete}) the transaction commits, and {@code read_committed} consumers see
 * its records. A prepared transaction keeps its producer until then; each transaction has an id of its own, so
 * beginning the next one never fences a prepared one.
 *
 * <p><b>After a failure</b> the writer restored from checkpoint {@code c} first commits the transactions that
 * {@code c} recorded as prepared: {@code c} completed, but its notification may have been lost. It resumes each by
 * id, producer id and epoch ({@link TransactionalProducer#commitPrepared}); committing twice is harmless. Then it
 * aborts the <em>lingering</em> transactions — begun after {@code c} by the failed writer, which a
 * {@code read_committed} consumer would otherwise wait for until they time out — by initializing each id from the
 * recorded next index upwards until one was never used (epoch 0): ids are dense, so no open transaction lies
 * beyond. Every old writer's state is assigned to exactly one new writer ({@link RestoredState#assigned()}), so
 * whatever the new parallelism every old writer's transactions are committed or aborted exactly once; a writer
 * with no state of its own subtask (a fresh start, or a scale-up) probes its own ids from 0, which ends at once
 * for a prefix never used before.
 *
 * <p>At the end of a bounded input the job's final checkpoint commits the last transaction; a job without
 * checkpointing commits it in {@link #endInput}.
 */
final class TransactionalKafkaWriter implements Operator, CheckpointedFunction, CheckpointListener {
  private final KafkaSinkSpec spec;
  private List<WriterTransactions> restored = List.of();
  /** Prepared transactions, with their producers, by the checkpoint that prepared them. */
  private final TreeMap<Long, List<TransactionalProducer>> prepared = new TreeMap<>();
  private int subtask;
  private boolean checkpointing;
  private boolean recovered;
  private long nextIndex;
  private TransactionalProducer current;
  private RecordEncoder encoder;
  private SendErrors errors;

  TransactionalKafkaWriter(KafkaSinkSpec spec) {
    this.spec = spec;
  }

  @Override
  public void initializeState(RestoredState state) {
    List<WriterTransactions> states = new ArrayList<>();
    for (byte[] bytes : state.assigned()) {
      states.add(WriterTransactions.decode(bytes));
    }
    restored = states;
  }

  /**
   * Cheap on purpose: talking to Kafka is left to {@link #recover}, on first use, so that a task's operators open
   * quickly and its source joins the job's first checkpoint.
   */
  @Override
  public void open(OperatorContext context) {
    subtask = context.subtaskIndex();
    checkpointing = context.configuration().get(CheckpointingOptions.INTERVAL) != null;
    encoder = new RecordEncoder(spec.topic(), spec.layout());
    errors = new SendErrors(spec.tableName());
  }

  /** Commits what the restored checkpoint prepared and aborts what was begun after it; once, before any other work. */
  private void recover() {
    if (recovered) {
      return;
    }
    recovered = true;
    boolean ownStateRestored = false;
    for (WriterTransactions old : restored) {
      for (PreparedTransaction transaction : old.prepared()) {
        TransactionalProducer.commitPrepared(spec.producerProperties(), transaction);
      }
      abortLingering(old.subtask(), old.nextIndex());
      if (old.subtask() == subtask) {
        ownStateRestored = true;
        nextIndex = old.nextIndex();
      }
    }
    if (!ownStateRestored) {
      abortLingering(subtask, 0);
    }
  }

  /** Aborts the transactions of a writer from its id {@code from} on, up to the first id never used. */
  private void abortLingering(int writer, long from) {
    long index = from;
    while (TransactionalProducer.abortLingering(spec.producerProperties(), transactionalId(writer, index)) > 0) {
      index++;
    }
  }

  @Override
  public void processRow(Row row, Output out) {
    recover();
    errors.check();
    ProducerRecord<byte[], byte[]> record = encoder.encode(row);
    if (record == null) {
      return;
    }
    if (current == null) {
      current = TransactionalProducer.begin(spec.producerProperties(), transactionalId(subtask, nextIndex));
      nextIndex++;
    }
    current.send(record, errors);
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    recover();
    if (current != null) {
      current.flush();
      errors.check();
      prepared.computeIfAbsent(checkpointId, id -> new ArrayList<>()).add(current);
      current = null;
    }
    List<PreparedTransaction> pending = new ArrayList<>();
    prepared.values().forEach(producers -> producers.forEach(p -> pending.add(p.prepared())));
    return new WriterTransactions(subtask, nextIndex, pending).encode();
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    recover();
    Map<Long, List<TransactionalProducer>> done = prepared.headMap(checkpointId, true);
    for (List<TransactionalProducer> producers : done.values()) {
      for (TransactionalProducer producer : producers) {
        producer.commit();
        producer.close();
      }
    }
    done.clear();
  }

  /**
   * With checkpointing the job's final checkpoint, taken after every task has finished, prepares and commits the
   * last transaction as any other. Without checkpointing nothing would ever commit, so what is open commits now.
   */
  @Override
  public void endInput(Output out) {
    recover();
    if (checkpointing) {
      return;
    }
    if (current != null) {
      current.flush();
      errors.check();
      current.commit();
      current.close();
      current = null;
    }
  }

  /**
   * Aborts the open transaction and closes every producer; prepared transactions stay open, for the writer
   * restored from their checkpoint to commit (or, if that checkpoint never completed, to abort).
   */
  @Override
  public void close() {
    if (current != null) {
      current.abortQuietly();
      current.close();
      current = null;
    }
    prepared.values().forEach(producers -> producers.forEach(TransactionalProducer::close));
    prepared.clear();
  }

  private String transactionalId(int writer, long index) {
    return spec.transactionalIdPrefix() + "-" + writer + "-" + index;
  }
}
