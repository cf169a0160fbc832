package io.sluice.connectors.kafka;

import static io.sluice.connectors.kafka.KafkaTables.ID_NAME;
import static io.sluice.connectors.kafka.KafkaTables.REGISTRY;
import static io.sluice.connectors.kafka.KafkaTables.context;
import static io.sluice.connectors.kafka.KafkaTables.options;
import static io.sluice.connectors.kafka.KafkaTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.RestoredState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exactly-once Kafka writer against a real broker: what read_committed consumers see, and when. */
class TransactionalKafkaWriterTest {
  private final EmbeddedKafka kafka = EmbeddedKafka.get();

  @Test
  void preparedRecordsBecomeVisibleOnlyWhenTheirCheckpointCompletes() throws Exception {
    String topic = topic("visible");
    Operator writer = writer(topic, "visible");
    writer.open(context(0, 1));
    write(writer, 0, 100);

    ((CheckpointedFunction) writer).snapshotState(1);
    assertThat(committed(topic)).as("prepared, not committed").isEmpty();
    assertThat(KafkaTestClients.readAll(topic, "read_uncommitted")).hasSize(100);

    ((CheckpointListener) writer).notifyCheckpointComplete(1);
    assertThat(KafkaTestClients.values(KafkaTestClients.awaitCommitted(topic, 100)))
        .containsExactlyElementsOf(names(0, 100));
    writer.close();
  }

  @Test
  void aRestoredWriterCommitsWhatItsCheckpointPreparedAndAbortsTheTransactionsBegunAfterIt() throws Exception {
    String topic = topic("restore");
    Operator failed = writer(topic, "restore");
    failed.open(context(0, 1));
    write(failed, 0, 100);
    byte[] checkpoint1 = ((CheckpointedFunction) failed).snapshotState(1);
    write(failed, 100, 200);
    ((CheckpointedFunction) failed).snapshotState(2); // prepared, but checkpoint 2 never completes
    write(failed, 200, 250); // open when the writer fails
    // The writer fails before checkpoint 1's notification: its transactions stay as they are on the broker.

    Operator restored = writer(topic, "restore");
    ((CheckpointedFunction) restored).initializeState(RestoredState.assign(List.of(checkpoint1), 0, 1));
    restored.open(context(0, 1));
    write(restored, 100, 150);
    ((CheckpointedFunction) restored).snapshotState(3);
    ((CheckpointListener) restored).notifyCheckpointComplete(3);

    // Had a transaction of the failed writer stayed open, read_committed readers would not get past it.
    List<String> expected = new ArrayList<>(names(0, 100));
    expected.addAll(names(100, 150));
    assertThat(KafkaTestClients.values(KafkaTestClients.awaitCommitted(topic, expected.size())))
        .containsExactlyElementsOf(expected);
    restored.close();
    failed.close();
  }

  private Operator writer(String topic, String prefix) {
    var options = options("kafka", topic, "format", "csv", "sink.delivery-guarantee", "exactly-once",
        "sink.transactional-id-prefix", prefix + "-" + topic);
    return REGISTRY.createSink(table(ID_NAME, List.of(), options)).writerFactory().create();
  }

  private String topic(String purpose) {
    String topic = KafkaTables.newTopic(purpose);
    kafka.createTopic(topic, 1);
    return topic;
  }

  private static void write(Operator writer, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      writer.processRow(Row.of((long) i, "n" + i), new CollectingOutput());
    }
  }

  private static List<String> committed(String topic) {
    return KafkaTestClients.values(KafkaTestClients.readAll(topic, "read_committed"));
  }

  private static List<String> names(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> i + ",n" + i).toList();
  }
}
