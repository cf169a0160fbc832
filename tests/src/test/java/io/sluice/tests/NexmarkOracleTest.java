package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.bench.nexmark.NexmarkQueries;
import io.sluice.bench.nexmark.NexmarkTables;
import io.sluice.bench.nexmark.NexmarkQuery;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of the Nexmark benchmark ({@link NexmarkQueries}, the same text the benchmark runs) gives what H2
 * gives for a query written independently on the same rows. Input: a 20,000-event Nexmark stream (400 persons,
 * 1,200 auctions, 18,400 bids) from the {@code nexmark} connector, written to CSV files by the {@code filesystem}
 * sink and read back by the {@code filesystem} source, as the benchmark reads the Flink harness's files. Event
 * time advances 10 ms per event from 23:58:30 (200 s, across midnight UTC, so the per-day queries see two days);
 * the files are in event-time order, so with the benchmark's 4 s watermark no row is late. H2 holds event times
 * as epoch milliseconds. Each query runs at parallelism 1 and 2; results are compared after folding their
 * changelogs. AVG of a BIGINT is a BIGINT rounded toward zero, as in Flink (H2 would round half up).
 */
class NexmarkOracleTest extends OracleTestBase {
  private static final long EVENTS = 20_000;
  private static final Path DATA = writeCsvFiles();

  private static final RowType BID = h2Schema("auction BIGINT", "bidder BIGINT", "price BIGINT", "channel VARCHAR",
      "url VARCHAR", "dateTime BIGINT", "extra VARCHAR");
  private static final RowType AUCTION = h2Schema("id BIGINT", "itemName VARCHAR", "description VARCHAR",
      "initialBid BIGINT", "reserve BIGINT", "dateTime BIGINT", "expires BIGINT", "seller BIGINT",
      "category BIGINT", "extra VARCHAR");
  private static final RowType PERSON = h2Schema("id BIGINT", "name VARCHAR", "emailAddress VARCHAR",
      "creditCard VARCHAR", "city VARCHAR", "state VARCHAR", "dateTime BIGINT", "extra VARCHAR");

  /** H2: a bid's HOP(2 s, 10 s) windows, one row per (bid, window start). */
  private static final String HOPS = "SELECT auction, dateTime - MOD(dateTime, 2000) - n.i * 2000 AS ws FROM bid "
      + "CROSS JOIN (VALUES (0), (1), (2), (3), (4)) AS n(i)";
  /** H2 helper table {@code hop_counts (auction, ws, num)}: bids per auction and HOP window. */
  private static final String HOP_COUNTS = "SELECT auction, ws, COUNT(*) AS num FROM (" + HOPS + ") AS h "
      + "GROUP BY auction, ws";
  private static final String DAY = "FORMATDATETIME(DATEADD(MILLISECOND, dateTime, TIMESTAMP '1970-01-01 00:00:00'),"
      + " 'yyyy-MM-dd')";
  private static final String RANKS = "COUNT(CASE WHEN price < 10000 THEN 1 END), COUNT(CASE WHEN price >= 10000 AND "
      + "price < 1000000 THEN 1 END), COUNT(CASE WHEN price >= 1000000 THEN 1 END)";

  /** The H2 text of each query, by the query's name. */
  private static final Map<String, String> H2 = Map.ofEntries(
      Map.entry("q0", "SELECT auction, bidder, price, channel, url, dateTime, extra FROM bid"),
      Map.entry("q1", "SELECT auction, bidder, 0.908 * price, dateTime, extra FROM bid"),
      Map.entry("q2", "SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0"),
      Map.entry("q3", "SELECT p.name, p.city, p.state, a.id FROM auction a JOIN person p ON a.seller = p.id "
          + "WHERE a.category = 10 AND p.state IN ('OR', 'ID', 'CA')"),
      Map.entry("q4", "SELECT category, CAST(FLOOR(SUM(final) / COUNT(final)) AS BIGINT) FROM (SELECT a.id, "
          + "a.category, MAX(b.price) AS final FROM auction a JOIN bid b ON a.id = b.auction AND b.dateTime >= a.dateTime "
          + "AND b.dateTime <= a.expires GROUP BY a.id, a.category) AS q GROUP BY category"),
      Map.entry("q5", "SELECT c.auction, c.num FROM hop_counts c JOIN (SELECT ws, MAX(num) AS maxn "
          + "FROM hop_counts GROUP BY ws) AS m ON c.ws = m.ws AND c.num >= m.maxn"),
      Map.entry("q5a-hop-count", "SELECT auction, num, ws, ws + 10000 FROM hop_counts"),
      Map.entry("q7-tumble-max", "SELECT ws, ws + 10000, MAX(price) FROM (SELECT price, dateTime - MOD(dateTime, "
          + "10000) AS ws FROM bid) AS w GROUP BY ws"),
      Map.entry("q7", "SELECT b.auction, b.price, b.bidder, b.dateTime, b.extra FROM bid b JOIN (SELECT ws + 10000 "
          + "AS we, MAX(price) AS maxprice FROM (SELECT price, dateTime - MOD(dateTime, 10000) AS ws FROM bid) AS w "
          + "GROUP BY ws) AS m ON b.price = m.maxprice AND b.dateTime >= m.we - 10000 AND b.dateTime <= m.we"),
      Map.entry("q8", "SELECT p.id, p.name, p.ws FROM (SELECT DISTINCT id, name, dateTime - MOD(dateTime, 10000) AS ws "
          + "FROM person) AS p JOIN (SELECT DISTINCT seller, dateTime - MOD(dateTime, 10000) AS ws FROM auction) AS a "
          + "ON p.id = a.seller AND p.ws = a.ws"),
      Map.entry("q9", "SELECT id, itemName, description, initialBid, reserve, dateTime, expires, seller, category, "
          + "extra, auction, bidder, price, bid_dateTime, bid_extra FROM (SELECT a.*, b.auction, b.bidder, b.price, "
          + "b.dateTime AS bid_dateTime, b.extra AS bid_extra, ROW_NUMBER() OVER (PARTITION BY a.id ORDER BY "
          + "b.price DESC, b.dateTime ASC) AS rn FROM auction a JOIN bid b ON a.id = b.auction AND b.dateTime "
          + ">= a.dateTime AND b.dateTime <= a.expires) AS r WHERE rn = 1"),
      Map.entry("q11", "SELECT bidder, COUNT(*), MIN(dateTime), MAX(dateTime) + 10000 FROM (SELECT bidder, dateTime, "
          + "SUM(CASE WHEN prev IS NULL OR dateTime - prev > 10000 THEN 1 ELSE 0 END) OVER (PARTITION BY bidder "
          + "ORDER BY dateTime RANGE UNBOUNDED PRECEDING) AS sid FROM (SELECT bidder, dateTime, LAG(dateTime) OVER "
          + "(PARTITION BY bidder ORDER BY dateTime) AS prev FROM bid) AS a) AS b GROUP BY bidder, sid"),
      Map.entry("q12", "SELECT bidder, COUNT(*) FROM bid GROUP BY bidder"),
      Map.entry("q13", "SELECT b.auction, b.bidder, b.price, b.dateTime, s.v FROM bid b JOIN side_input s "
          + "ON MOD(b.auction, 10000) = s.k"),
      Map.entry("q14", "SELECT auction, bidder, 0.908 * price, CASE WHEN h >= 8 AND h <= 18 THEN 'dayTime' "
          + "WHEN h <= 6 OR h >= 20 THEN 'nightTime' ELSE 'otherTime' END, dateTime, extra, "
          + "LENGTH(extra) - LENGTH(REPLACE(extra, 'c', '')) FROM (SELECT b.*, MOD(dateTime / 3600000, 24) AS h "
          + "FROM bid b) AS b WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000"),
      Map.entry("q15", "SELECT " + DAY + ", COUNT(*), " + RANKS + ", COUNT(DISTINCT bidder), "
          + "COUNT(DISTINCT CASE WHEN price < 10000 THEN bidder END), "
          + "COUNT(DISTINCT CASE WHEN price >= 10000 AND price < 1000000 THEN bidder END), "
          + "COUNT(DISTINCT CASE WHEN price >= 1000000 THEN bidder END), COUNT(DISTINCT auction), "
          + "COUNT(DISTINCT CASE WHEN price < 10000 THEN auction END), "
          + "COUNT(DISTINCT CASE WHEN price >= 10000 AND price < 1000000 THEN auction END), "
          + "COUNT(DISTINCT CASE WHEN price >= 1000000 THEN auction END) FROM bid GROUP BY " + DAY),
      Map.entry("q16", "SELECT channel, " + DAY + ", MAX(FORMATDATETIME(DATEADD(MILLISECOND, dateTime, "
          + "TIMESTAMP '1970-01-01 00:00:00'), 'HH:mm')), COUNT(*), " + RANKS + ", COUNT(DISTINCT bidder), "
          + "COUNT(DISTINCT auction) FROM bid GROUP BY channel, " + DAY),
      Map.entry("q17", "SELECT auction, " + DAY + ", COUNT(*), " + RANKS + ", MIN(price), MAX(price), "
          + "CAST(FLOOR(SUM(price) / COUNT(price)) AS BIGINT), SUM(price) FROM bid GROUP BY auction, " + DAY),
      Map.entry("q18", "SELECT auction, bidder, price, channel, url, dateTime, extra FROM (SELECT b.*, ROW_NUMBER() "
          + "OVER (PARTITION BY bidder, auction ORDER BY dateTime DESC) AS rn FROM bid b) AS r WHERE rn = 1"),
      Map.entry("q19", "SELECT auction, bidder, price, channel, url, dateTime, extra, rn FROM (SELECT b.*, "
          + "ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rn FROM bid b) AS r WHERE rn <= 10"),
      Map.entry("q20", "SELECT b.auction, b.bidder, b.price, b.channel, b.url, b.dateTime, b.extra, a.itemName, "
          + "a.description, a.initialBid, a.reserve, a.dateTime, a.expires, a.seller, a.category, a.extra "
          + "FROM bid b JOIN auction a ON b.auction = a.id WHERE a.category = 10"),
      Map.entry("q21", "SELECT auction, bidder, price, channel, CASE LOWER(channel) WHEN 'apple' THEN '0' "
          + "WHEN 'google' THEN '1' WHEN 'facebook' THEN '2' WHEN 'baidu' THEN '3' ELSE id END FROM (SELECT b.*, "
          + "CASE WHEN LOCATE('&channel_id=', url) > 0 THEN SUBSTRING(url, LOCATE('&channel_id=', url) + 12) END "
          + "AS id FROM bid b) AS b WHERE id IS NOT NULL OR LOWER(channel) IN ('apple', 'google', 'facebook', "
          + "'baidu')"),
      Map.entry("q22", "SELECT auction, bidder, price, channel, "
          + "REGEXP_REPLACE(url, '^https://www\\.nexmark\\.com/([^/]*)/([^/]*)/([^/]*)/.*$', '$1'), "
          + "REGEXP_REPLACE(url, '^https://www\\.nexmark\\.com/([^/]*)/([^/]*)/([^/]*)/.*$', '$2'), "
          + "REGEXP_REPLACE(url, '^https://www\\.nexmark\\.com/([^/]*)/([^/]*)/([^/]*)/.*$', '$3') FROM bid"),
      Map.entry("agg-bidder", "SELECT bidder, COUNT(*), SUM(price) FROM bid GROUP BY bidder"));

  NexmarkOracleTest() {
    super("nexmark",
        input("bid", 18_400, BID), input("auction", 1_200, AUCTION), input("person", 400, PERSON),
        new Input(NexmarkTables.sideInput(), "SELECT key, `value` FROM side_input", NexmarkTables.SIDE_INPUT_ROWS,
            NexmarkTables.SIDE_INPUT, h2Schema("k BIGINT", "v VARCHAR")));
  }

  private static Input input(String table, int rows, RowType h2Schema) {
    String columns = h2Schema.columns().stream().map(c -> c.name().equals("dateTime") ? "`dateTime`" : c.name())
        .collect(Collectors.joining(", "));
    return new Input(NexmarkTables.csv(table, DATA), "SELECT " + columns + " FROM " + table,
        rows, table, h2Schema);
  }

  static Stream<Arguments> queries() {
    return withParallelism(NexmarkQueries.ALL.stream().map(q -> q.name().equals("q12")
        // Which processing-time window a bid falls in depends on the clock; that every bid is counted once does not.
        ? new OracleCase("SELECT bidder, SUM(bid_count) FROM (" + q.select() + ") GROUP BY bidder", H2.get("q12"),
            "q12 summed over its windows")
        : new OracleCase(q.select(), H2.get(q.name()), q.name())).toList());
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("queries")
  void benchmarkQueryGivesWhatH2Gives(int parallelism, OracleCase query) throws Exception {
    assertSameAsH2(parallelism, query);
  }

  @Test
  void everyBenchmarkQueryHasAnOracle() {
    assertThat(H2.keySet()).containsExactlyInAnyOrderElementsOf(
        NexmarkQueries.ALL.stream().map(NexmarkQuery::name).toList());
  }

  /** Indexes for H2's joins, and the HOP counts two queries share, so that H2 answers in seconds. */
  @BeforeAll
  void helpH2() throws Exception {
    oracle.execute("CREATE INDEX bid_auction ON bid (auction)");
    oracle.execute("CREATE INDEX bid_price ON bid (price)");
    oracle.execute("CREATE INDEX auction_id ON auction (id)");
    oracle.execute("CREATE INDEX auction_seller ON auction (seller)");
    oracle.execute("CREATE INDEX person_id ON person (id)");
    oracle.execute("CREATE TABLE hop_counts AS " + HOP_COUNTS);
    oracle.execute("CREATE INDEX hop_counts_ws ON hop_counts (ws)");
  }

  @AfterAll
  void deleteFiles() throws IOException {
    try (Stream<Path> files = Files.walk(DATA)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Writes the three tables of a 20,000-event stream to CSV files, one file per table, in event-time order. */
  private static Path writeCsvFiles() {
    try (SluiceEngine engine = SluiceEngine.start()) {
      Path data = Files.createTempDirectory("nexmark-oracle");
      Session session = engine.newSession();
      session.executeSql("SET 'parallelism.default' = '1'");
      for (String table : List.of("bid", "auction", "person")) {
        String columns = io.sluice.bench.nexmark.NexmarkTables.columns(table);
        session.executeSql("CREATE TABLE gen_" + table + " (" + columns + ") WITH ('connector' = 'nexmark', "
            + "'table' = '" + table + "', 'events.num' = '" + EVENTS + "', 'first-event.rate' = '100', "
            + "'base-time' = '2015-07-15 23:58:30')");
        session.executeSql("CREATE TABLE csv_" + table + " (" + columns + ") WITH ('connector' = 'filesystem', "
            + "'path' = '" + data.resolve(table) + "')");
        session.executeSql("INSERT INTO csv_" + table + " SELECT * FROM gen_" + table);
      }
      if (!engine.awaitJobs(Duration.ofMinutes(1))) {
        throw new IllegalStateException("Writing the Nexmark CSV files failed");
      }
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static RowType h2Schema(String... columns) {
    return new RowType(Stream.of(columns).map(c -> {
      String[] parts = c.split(" ");
      return new Column(parts[0], parts[1].equals("BIGINT") ? DataType.of(TypeRoot.BIGINT) : DataType.string());
    }).toList());
  }
}
