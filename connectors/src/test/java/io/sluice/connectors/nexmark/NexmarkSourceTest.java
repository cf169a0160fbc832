package io.sluice.connectors.nexmark;

import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.readAll;
import static io.sluice.connectors.TestTables.subtask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Nexmark generator through its factory: the stream's shape, determinism, parallel split and restore. */
class NexmarkSourceTest {
  private static final DataType BIGINT = DataType.of(TypeRoot.BIGINT);
  private static final DataType STRING = DataType.string();
  private static final DataType TIMESTAMP = DataType.of(TypeRoot.TIMESTAMP, 3);
  static final List<Column> PERSON = List.of(column("id", BIGINT), column("name", STRING),
      column("emailAddress", STRING), column("creditCard", STRING), column("city", STRING), column("state", STRING),
      column("dateTime", TIMESTAMP), column("extra", STRING));
  static final List<Column> AUCTION = List.of(column("id", BIGINT), column("itemName", STRING),
      column("description", STRING), column("initialBid", BIGINT), column("reserve", BIGINT),
      column("dateTime", TIMESTAMP), column("expires", TIMESTAMP), column("seller", BIGINT),
      column("category", BIGINT), column("extra", STRING));
  static final List<Column> BID = List.of(column("auction", BIGINT), column("bidder", BIGINT),
      column("price", BIGINT), column("channel", STRING), column("url", STRING), column("dateTime", TIMESTAMP),
      column("extra", STRING));

  private static SourceFactory source(String table, List<Column> columns, String... more) {
    List<String> options = new ArrayList<>(List.of("connector", "nexmark", "table", table));
    options.addAll(List.of(more));
    return TestTables.REGISTRY.createSource(TestTables.table(columns, options.toArray(new String[0])))
        .readerFactory();
  }

  private static List<Row> read(String table, List<Column> columns, int parallelism, String... more)
      throws Exception {
    SourceFactory factory = source(table, columns, more);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      rows.addAll(readAll(factory, i, parallelism).rows);
    }
    return rows;
  }

  @Test
  void oneStreamHoldsPersonsAuctionsAndBidsInProportionsOneThreeFortySix() throws Exception {
    List<Row> persons = read("person", PERSON, 1, "events.num", "5000");
    List<Row> auctions = read("auction", AUCTION, 1, "events.num", "5000");
    List<Row> bids = read("bid", BID, 1, "events.num", "5000");

    assertThat(persons).hasSize(100);
    assertThat(auctions).hasSize(300);
    assertThat(bids).hasSize(4600);
    // Ids are dense from 1000 in creation order.
    assertThat(persons).extracting(r -> r.field(0)).containsExactlyElementsOf(
        java.util.stream.LongStream.range(1000, 1100).boxed().toList());
    assertThat(auctions).extracting(r -> r.field(0)).containsExactlyElementsOf(
        java.util.stream.LongStream.range(1000, 1300).boxed().toList());
  }

  @Test
  void rowsFollowTheModel() throws Exception {
    List<Row> auctions = read("auction", AUCTION, 1, "events.num", "50000");
    List<Row> bids = read("bid", BID, 1, "events.num", "50000");

    for (Row auction : auctions) {
      assertThat((Long) auction.field(4)).isGreaterThan((Long) auction.field(3)); // reserve > initial bid
      assertThat((Long) auction.field(6)).isGreaterThan((Long) auction.field(5)); // expires after it opens
      assertThat((Long) auction.field(8)).isBetween(10L, 14L);
      assertThat((Long) auction.field(7)).isGreaterThanOrEqualTo(1000L);
    }
    long hottestAuctionBids = bids.stream().collect(Collectors.groupingBy(r -> r.field(0), Collectors.counting()))
        .values().stream().max(Long::compare).orElseThrow();
    // A block of 100 auctions lasts about 1,667 events, 1,533 of them bids: the hot auction takes half.
    assertThat(hottestAuctionBids).as("the hot auction takes about half of the bids of its block")
        .isBetween(650L, 900L);
    Set<Object> channels = bids.stream().map(r -> r.field(3)).collect(Collectors.toSet());
    assertThat(channels).contains("Google", "Facebook", "Baidu", "Apple");
    assertThat(bids).allSatisfy(b -> {
      assertThat((String) b.field(4)).startsWith("https://www.nexmark.com/");
      assertThat(((String) b.field(6)).length()).isBetween(54, 82);
      assertThat((Long) b.field(2)).isBetween(100L, 100_000_000L);
    });
    long cheap = bids.stream().filter(b -> (Long) b.field(2) < 10_000).count();
    assertThat((double) cheap / bids.size()).as("a third of prices below 10,000").isBetween(0.3, 0.37);
  }

  @Test
  void eventTimeAdvancesWithTheEventCountFromTheBaseTime() throws Exception {
    List<Row> bids = read("bid", BID, 1, "events.num", "100000", "first-event.rate", "1000",
        "base-time", "2024-01-01 00:00:00");

    long base = 1_704_067_200_000L;
    assertThat((Long) bids.get(0).field(5)).isEqualTo(base + 4); // event 4 is the first bid: 4 ms at 1000/s
    assertThat((Long) bids.get(bids.size() - 1).field(5)).isEqualTo(base + 99_999);
    assertThat(bids).extracting(r -> (Long) r.field(5)).isSorted();
  }

  @Test
  void theStreamIsTheSameAtAnyParallelismAndDependsOnTheSeed() throws Exception {
    Comparator<Row> byTimeThenAuctionThenPrice = Comparator.comparing((Row r) -> (Long) r.field(5))
        .thenComparing(r -> (Long) r.field(0)).thenComparing(r -> (Long) r.field(2))
        .thenComparing(r -> (String) r.field(6));
    List<Row> one = read("bid", BID, 1, "events.num", "20000");
    List<Row> three = read("bid", BID, 3, "events.num", "20000");
    List<Row> seeded = read("bid", BID, 1, "events.num", "20000", "seed", "7");

    assertThat(three).containsExactlyInAnyOrderElementsOf(one);
    assertThat(three.stream().sorted(byTimeThenAuctionThenPrice).toList())
        .isEqualTo(one.stream().sorted(byTimeThenAuctionThenPrice).toList());
    assertThat(read("bid", BID, 1, "events.num", "20000")).isEqualTo(one);
    assertThat(seeded).hasSameSizeAs(one).isNotEqualTo(one);
  }

  @Test
  void aRestoredReaderContinuesWithExactlyTheRowsThatFollowed() throws Exception {
    SourceFactory factory = source("bid", BID, "events.num", "30000");
    List<Row> all = readAll(factory, 1, 2).rows;

    NexmarkSourceReader interrupted = (NexmarkSourceReader) factory.create();
    interrupted.open(subtask(1, 2));
    CollectingOutput before = new CollectingOutput();
    for (int i = 0; i < 5; i++) {
      interrupted.pollNext(before);
    }
    NexmarkSourceReader restored = (NexmarkSourceReader) factory.create();
    restored.initializeState(RestoredState.assign(
        java.util.Arrays.asList(null, interrupted.snapshotState(1)), 1, 2));
    restored.open(subtask(1, 2));
    CollectingOutput after = new CollectingOutput();
    while (restored.pollNext(after) != InputStatus.END_OF_INPUT) {
      // read to the end
    }

    List<Row> joined = new ArrayList<>(before.rows);
    joined.addAll(after.rows);
    assertThat(before.rows).hasSize(5 * NexmarkSourceReader.MAX_BATCH);
    assertThat(joined).isEqualTo(all);
  }

  @ParameterizedTest(name = "from 2 readers to {0}")
  @ValueSource(ints = {1, 3})
  void restoredAtAnotherParallelismEveryRemainingRowComesOnceInTimeOrder(int parallelism) throws Exception {
    SourceFactory factory = source("bid", BID, "events.num", "30000");
    List<Row> all = read("bid", BID, 1, "events.num", "30000");
    List<Row> rows = new ArrayList<>();
    List<byte[]> states = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      NexmarkSourceReader reader = (NexmarkSourceReader) factory.create();
      reader.open(subtask(i, 2));
      CollectingOutput out = new CollectingOutput();
      for (int poll = 0; poll < 3 + 4 * i; poll++) {
        reader.pollNext(out);
      }
      rows.addAll(out.rows);
      states.add(reader.snapshotState(1));
    }
    for (int i = 0; i < parallelism; i++) {
      NexmarkSourceReader reader = (NexmarkSourceReader) factory.create();
      reader.initializeState(RestoredState.assign(states, i, parallelism));
      reader.open(subtask(i, parallelism));
      CollectingOutput out = new CollectingOutput();
      while (reader.pollNext(out) != InputStatus.END_OF_INPUT) {
        // read to the end
      }
      assertThat(out.rows).extracting(r -> (Long) r.field(5)).isSorted();
      rows.addAll(out.rows);
    }

    assertThat(rows).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aTableMayDeclareSomeColumnsInAnyOrder() throws Exception {
    List<Row> full = read("bid", BID, 1, "events.num", "1000");
    List<Row> some = read("bid", List.of(column("price", BIGINT), column("auction", BIGINT)), 1,
        "events.num", "1000");

    assertThat(some).extracting(r -> List.of(r.field(0), r.field(1)))
        .isEqualTo(full.stream().map(r -> List.of(r.field(2), r.field(0))).toList());
  }

  @Test
  void unknownColumnsAndWrongTypesAreRefusedNamingTheColumns() {
    assertThatThrownBy(() -> source("bid", List.of(column("bogus", BIGINT))))
        .isInstanceOf(SluiceException.class)
        .hasMessageContaining("no column 'bogus'")
        .hasMessageContaining("auction BIGINT")
        .extracting(e -> ((SluiceException) e).code()).isEqualTo(ErrorCode.INVALID_TABLE_OPTION);
    assertThatThrownBy(() -> source("bid", List.of(column("price", STRING))))
        .isInstanceOf(SluiceException.class).hasMessageContaining("'price' must be BIGINT");
    assertThatThrownBy(() -> source("trade", BID)).isInstanceOf(SluiceException.class)
        .hasMessageContaining("person|auction|bid");
  }

  @Test
  void anEndlessStreamIsUnboundedAndARatePacesIt() throws Exception {
    SourceFactory endless = source("bid", BID);
    assertThat(endless.isBounded()).isFalse();

    SourceFactory paced = source("bid", BID, "events.rate", "1000");
    NexmarkSourceReader reader = (NexmarkSourceReader) paced.create();
    reader.open(subtask(0, 1));
    CollectingOutput out = new CollectingOutput();
    InputStatus status = InputStatus.MORE_AVAILABLE;
    for (int i = 0; i < 10 && status != InputStatus.NOTHING_AVAILABLE; i++) {
      status = reader.pollNext(out);
    }
    assertThat(status).isEqualTo(InputStatus.NOTHING_AVAILABLE);
    assertThat(out.rows.size()).as("at most a second's worth at once").isLessThanOrEqualTo(1000);
  }
}
