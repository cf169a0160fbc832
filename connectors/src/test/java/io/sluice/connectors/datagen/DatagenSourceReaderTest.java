package io.sluice.connectors.datagen;

import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader driven by hand, with a fake clock. */
class DatagenSourceReaderTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)),
      column("price", DataType.of(TypeRoot.DOUBLE)),
      column("name", DataType.of(TypeRoot.VARCHAR, 12)));

  private final FakeClock clock = new FakeClock(1_700_000_000_000L);

  private DatagenSourceReader reader(String... options) {
    DatagenSpec spec = DatagenSpecParser.parse(table(COLUMNS, options));
    return new DatagenSourceReader(spec, clock);
  }

  /**
   * Polls until the reader has emitted at least {@code count} rows in all or says its input ended, moving the
   * clock on by a millisecond whenever the reader is ahead of its rate.
   */
  private List<Row> pollAtLeast(DatagenSourceReader reader, int count) {
    CollectingOutput out = new CollectingOutput();
    InputStatus status = InputStatus.MORE_AVAILABLE;
    while (out.rows.size() < count && status != InputStatus.END_OF_INPUT) {
      status = reader.pollNext(out);
      if (status == InputStatus.NOTHING_AVAILABLE) {
        clock.advanceMillis(1);
      }
    }
    return out.rows;
  }

  @Test
  void readersOfTheSameSubtaskProduceTheSameRows() throws Exception {
    DatagenSourceReader first = reader("connector", "datagen", "rows-per-second", "1000000");
    DatagenSourceReader second = reader("connector", "datagen", "rows-per-second", "1000000");
    first.open(subtask(1, 2));
    second.open(subtask(1, 2));

    List<Row> rows = pollAtLeast(first, 3000);

    assertThat(rows).hasSizeGreaterThanOrEqualTo(3000).doesNotHaveDuplicates();
    assertThat(pollAtLeast(second, 3000).subList(0, 3000)).isEqualTo(rows.subList(0, 3000));
  }

  @Test
  void differentSubtasksProduceDifferentRows() throws Exception {
    DatagenSourceReader first = reader("connector", "datagen", "rows-per-second", "1000000");
    DatagenSourceReader second = reader("connector", "datagen", "rows-per-second", "1000000");
    first.open(subtask(0, 2));
    second.open(subtask(1, 2));

    assertThat(pollAtLeast(first, 100)).doesNotContainAnyElementsOf(pollAtLeast(second, 100));
  }

  @Test
  void aRestoredReaderContinuesWhereTheOldOneStopped() throws Exception {
    String[] options = {"connector", "datagen", "rows-per-second", "1000000", "number-of-rows", "5000",
        "fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "100000"};
    DatagenSourceReader original = reader(options);
    original.open(subtask(1, 3));
    List<Row> all = pollAtLeast(original, Integer.MAX_VALUE);
    DatagenSourceReader interrupted = reader(options);
    OperatorContext context = subtask(1, 3);
    interrupted.open(context);
    List<Row> before = pollAtLeast(interrupted, 700);

    DatagenSourceReader restored = reader(options);
    byte[] state = TestTables.snapshot(interrupted, context, 1);
    restored.open(TestTables.restored(restored, List.of(state), 0, 1));
    List<Row> after = pollAtLeast(restored, Integer.MAX_VALUE);

    assertThat(before.size() + after.size()).isEqualTo(all.size());
    assertThat(after).isEqualTo(all.subList(before.size(), all.size()));
  }

  @Test
  void restoredAtAnotherParallelismEveryRemainingRowIsGeneratedOnce() throws Exception {
    String[] options = {"connector", "datagen", "rows-per-second", "1000000", "number-of-rows", "5000",
        "fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "100000"};
    List<Row> emitted = new ArrayList<>();
    List<byte[]> states = new ArrayList<>();
    for (int subtask = 0; subtask < 3; subtask++) {
      DatagenSourceReader old = reader(options);
      OperatorContext context = subtask(subtask, 3);
      old.open(context);
      emitted.addAll(pollAtLeast(old, 500 * (subtask + 1)));
      states.add(TestTables.snapshot(old, context, 7));
    }
    for (int subtask = 0; subtask < 2; subtask++) {
      DatagenSourceReader restored = reader(options);
      restored.open(TestTables.restored(restored, states, subtask, 2));
      emitted.addAll(pollAtLeast(restored, Integer.MAX_VALUE));
    }

    assertThat(emitted).hasSize(5000).doesNotHaveDuplicates();
  }

  @Test
  void aheadOfTheRateItReportsNothingAvailable() throws Exception {
    DatagenSourceReader reader = reader("connector", "datagen", "rows-per-second", "20");
    reader.open(subtask(0, 2)); // 10 rows per second for this subtask
    CollectingOutput out = new CollectingOutput();

    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
    assertThat(out.rows).hasSize(1);
    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
    assertThat(out.rows).hasSize(1);

    clock.advanceMillis(500);
    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
    assertThat(out.rows).hasSize(6);

    clock.advanceMillis(60_000); // a long stall earns at most a second's worth
    reader.pollNext(out);
    assertThat(out.rows).hasSize(16);
  }

  @Test
  void aFastReaderEmitsFullBatches() throws Exception {
    DatagenSourceReader reader = reader("connector", "datagen", "rows-per-second", "1000000000");
    reader.open(subtask(0, 1));
    clock.advanceMillis(1000);
    CollectingOutput out = new CollectingOutput();

    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.MORE_AVAILABLE);
    assertThat(out.rows).hasSize(DatagenSourceReader.MAX_BATCH);
  }

  @Test
  void theLastBatchEndsTheInput() throws Exception {
    DatagenSourceReader reader = reader("connector", "datagen", "rows-per-second", "1000000000",
        "number-of-rows", "10");
    reader.open(subtask(0, 1));
    clock.advanceMillis(1000);
    CollectingOutput out = new CollectingOutput();

    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.END_OF_INPUT);
    assertThat(out.rows).hasSize(10);
    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.END_OF_INPUT);
    assertThat(out.rows).hasSize(10);
  }

  @Test
  void aSubtaskWithAnEmptyShareEndsAtOnce() throws Exception {
    DatagenSourceReader reader = reader("connector", "datagen", "number-of-rows", "2");
    reader.open(subtask(2, 3));

    assertThat(reader.pollNext(new CollectingOutput())).isEqualTo(InputStatus.END_OF_INPUT);
  }

  @Test
  void datesAndTimesLieWithinMaxPastAtTheColumnsPrecision() throws Exception {
    List<Column> columns = List.of(column("ts", DataType.of(TypeRoot.TIMESTAMP, 3)),
        column("ltz", DataType.of(TypeRoot.TIMESTAMP_LTZ, 0)), column("d", DataType.of(TypeRoot.DATE)),
        column("t", DataType.of(TypeRoot.TIME)));
    DatagenSpec spec = DatagenSpecParser.parse(table(columns, "connector", "datagen", "number-of-rows", "500",
        "rows-per-second", "1000000000", "fields.ts.max-past", "10 s", "fields.ltz.max-past", "1 min"));
    DatagenSourceReader reader = new DatagenSourceReader(spec, clock);
    reader.open(subtask(0, 1));
    clock.advanceMillis(1000);
    long now = clock.millis;
    CollectingOutput out = new CollectingOutput();

    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.END_OF_INPUT);
    List<Row> rows = out.rows;

    assertThat(rows).extracting(r -> (Long) r.field(0)).allMatch(ts -> ts <= now && ts >= now - 10_000)
        .anyMatch(ts -> ts % 1000 != 0);
    assertThat(rows).extracting(r -> (Long) r.field(1)).allMatch(ts -> ts <= now && ts >= now - 60_000)
        .allMatch(ts -> ts % 1000 == 0);
    assertThat(rows).extracting(r -> (Integer) r.field(2)).containsOnly((int) (now / 86_400_000L));
    assertThat(rows).extracting(r -> (Integer) r.field(3)).allMatch(t -> t % 1000 == 0 && t < 86_400_000);
  }
}
