package io.sluice.bench.nexmark;

import java.util.List;
import java.util.Optional;

/**
 * The Nexmark queries Sluice runs, written from the benchmark's definitions (the Nexmark SQL benchmark as run by
 * Flink), plus the variants the Flink harness ({@code bench-flink}) measures under its own names. Where a
 * definition needs what Sluice lacks, the query is left out or changed, and the change is said here:
 * <ul>
 *   <li>q10 (writes files partitioned by date and hour) is left out;</li>
 *   <li>q12 counts each bidder's bids per 10-second window of processing time with the window table function
 *       {@code TUMBLE} over a {@code PROCTIME()} column (the benchmark writes it with the older GROUP BY
 *       {@code TUMBLE(...)});</li>
 *   <li>q13 looks up a {@code side_input} CSV file of 10,000 keys that the benchmark writes itself
 *       ({@link NexmarkTables#sideInput}), as Flink's Nexmark ships one;</li>
 *   <li>q14 calls the benchmark's UDF {@code count_char(extra, 'c')}; here it is the same count by
 *       {@code CHAR_LENGTH} and {@code REPLACE};</li>
 *   <li>q5 and q8 use window table functions and regular joins of their results, as the Flink harness does.</li>
 * </ul>
 */
public final class NexmarkQueries {
  private NexmarkQueries() {}

  private static final String HOP_COUNT = "SELECT auction, COUNT(*) AS num, window_start AS starttime, "
      + "window_end AS endtime FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, "
      + "INTERVAL '10' SECOND)) GROUP BY auction, window_start, window_end";

  private static final String RANK_COUNTS = "COUNT(*) FILTER (WHERE price < 10000) AS rank1_bids, "
      + "COUNT(*) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bids, "
      + "COUNT(*) FILTER (WHERE price >= 1000000) AS rank3_bids";

  private static final String BID_COLUMNS = "auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, "
      + "url STRING, `dateTime` TIMESTAMP(3), extra STRING";

  public static final List<NexmarkQuery> ALL = List.of(
      new NexmarkQuery("q0", List.of("bid"),
          "SELECT auction, bidder, price, channel, url, `dateTime`, extra FROM bid", BID_COLUMNS, false, "q0"),
      new NexmarkQuery("q1", List.of("bid"),
          "SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid",
          "auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), `dateTime` TIMESTAMP(3), extra STRING", false, "q1"),
      new NexmarkQuery("q2", List.of("bid"),
          "SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0", "auction BIGINT, price BIGINT", false,
          "q2"),
      new NexmarkQuery("q3", List.of("person", "auction"),
          "SELECT P.name, P.city, P.state, A.id FROM auction AS A INNER JOIN person AS P ON A.seller = P.id "
              + "WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA')",
          "name STRING, city STRING, state STRING, id BIGINT", true, "q3-join"),
      new NexmarkQuery("q4", List.of("auction", "bid"),
          "SELECT Q.category, AVG(Q.final) AS avg_final FROM (SELECT MAX(B.price) AS final, A.category "
              + "FROM auction A, bid B WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires "
              + "GROUP BY A.id, A.category) Q GROUP BY Q.category",
          "category BIGINT, avg_final BIGINT", true, null),
      new NexmarkQuery("q5", List.of("bid"),
          "SELECT AuctionBids.auction, AuctionBids.num FROM (" + HOP_COUNT + ") AS AuctionBids JOIN ("
              + "SELECT MAX(CountBids.num) AS maxn, CountBids.starttime, CountBids.endtime FROM (" + HOP_COUNT
              + ") AS CountBids GROUP BY CountBids.starttime, CountBids.endtime) AS MaxBids "
              + "ON AuctionBids.starttime = MaxBids.starttime AND AuctionBids.endtime = MaxBids.endtime "
              + "AND AuctionBids.num >= MaxBids.maxn",
          "auction BIGINT, num BIGINT", true, "q5-hot-items"),
      new NexmarkQuery("q5a-hop-count", List.of("bid"), HOP_COUNT,
          "auction BIGINT, num BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)", true, "q5a-hop-count"),
      new NexmarkQuery("q7-tumble-max", List.of("bid"),
          "SELECT window_start, window_end, MAX(price) AS maxprice FROM TABLE(TUMBLE(TABLE bid, "
              + "DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) GROUP BY window_start, window_end",
          "window_start TIMESTAMP(3), window_end TIMESTAMP(3), maxprice BIGINT", true, "q7-tumble-max"),
      new NexmarkQuery("q7", List.of("bid"),
          "SELECT B.auction, B.price, B.bidder, B.`dateTime`, B.extra FROM bid B JOIN ("
              + "SELECT MAX(price) AS maxprice, window_end AS `dateTime` FROM TABLE(TUMBLE(TABLE bid, "
              + "DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) GROUP BY window_start, window_end) B1 "
              + "ON B.price = B1.maxprice "
              + "WHERE B.`dateTime` BETWEEN B1.`dateTime` - INTERVAL '10' SECOND AND B1.`dateTime`",
          "auction BIGINT, price BIGINT, bidder BIGINT, `dateTime` TIMESTAMP(3), extra STRING", true, null),
      new NexmarkQuery("q8", List.of("person", "auction"),
          "SELECT P.id, P.name, P.starttime FROM (SELECT id, name, window_start AS starttime, "
              + "window_end AS endtime FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(`dateTime`), "
              + "INTERVAL '10' SECOND)) GROUP BY id, name, window_start, window_end) P "
              + "JOIN (SELECT seller, window_start AS starttime, window_end AS endtime "
              + "FROM TABLE(TUMBLE(TABLE auction, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) "
              + "GROUP BY seller, window_start, window_end) A "
              + "ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime",
          "id BIGINT, name STRING, starttime TIMESTAMP(3)", true, "q8-window-join"),
      new NexmarkQuery("q9", List.of("auction", "bid"),
          "SELECT id, itemName, description, initialBid, reserve, `dateTime`, expires, seller, category, extra, "
              + "auction, bidder, price, bid_dateTime, bid_extra FROM (SELECT A.*, B.auction, B.bidder, B.price, "
              + "B.`dateTime` AS bid_dateTime, B.extra AS bid_extra, ROW_NUMBER() OVER (PARTITION BY A.id "
              + "ORDER BY B.price DESC, B.`dateTime` ASC) AS rownum FROM auction A, bid B "
              + "WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires) WHERE rownum <= 1",
          "id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, "
              + "`dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra STRING, "
              + "auction BIGINT, bidder BIGINT, price BIGINT, bid_dateTime TIMESTAMP(3), bid_extra STRING",
          true, null),
      new NexmarkQuery("q11", List.of("bid"),
          "SELECT bidder, COUNT(*) AS bid_count, window_start AS starttime, window_end AS endtime "
              + "FROM TABLE(SESSION(TABLE bid PARTITION BY bidder, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) "
              + "GROUP BY bidder, window_start, window_end",
          "bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)", true, null),
      new NexmarkQuery("q12", List.of("bid"),
          "SELECT bidder, COUNT(*) AS bid_count, window_start AS starttime, window_end AS endtime FROM TABLE("
              + "TUMBLE((SELECT *, PROCTIME() AS p_time FROM bid), DESCRIPTOR(p_time), INTERVAL '10' SECOND)) "
              + "GROUP BY bidder, window_start, window_end",
          "bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)", true, null),
      new NexmarkQuery("q13", List.of("bid", NexmarkTables.SIDE_INPUT),
          "SELECT B.auction, B.bidder, B.price, B.`dateTime`, S.`value` FROM (SELECT *, PROCTIME() AS p_time "
              + "FROM bid) B JOIN side_input FOR SYSTEM_TIME AS OF B.p_time AS S ON MOD(B.auction, 10000) = S.key",
          "auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), `value` STRING", false, null),
      new NexmarkQuery("q14", List.of("bid"),
          "SELECT auction, bidder, 0.908 * price AS price, CASE WHEN HOUR(`dateTime`) >= 8 AND "
              + "HOUR(`dateTime`) <= 18 THEN 'dayTime' WHEN HOUR(`dateTime`) <= 6 OR HOUR(`dateTime`) >= 20 "
              + "THEN 'nightTime' ELSE 'otherTime' END AS bidTimeType, `dateTime`, extra, "
              + "CHAR_LENGTH(extra) - CHAR_LENGTH(REPLACE(extra, 'c', '')) AS c_counts FROM bid "
              + "WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000",
          "auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), bidTimeType STRING, `dateTime` TIMESTAMP(3), "
              + "extra STRING, c_counts INT", false, null),
      new NexmarkQuery("q15", List.of("bid"),
          "SELECT DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, COUNT(*) AS total_bids, " + RANK_COUNTS + ", "
              + "COUNT(DISTINCT bidder) AS total_bidders, "
              + "COUNT(DISTINCT bidder) FILTER (WHERE price < 10000) AS rank1_bidders, "
              + "COUNT(DISTINCT bidder) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bidders, "
              + "COUNT(DISTINCT bidder) FILTER (WHERE price >= 1000000) AS rank3_bidders, "
              + "COUNT(DISTINCT auction) AS total_auctions, "
              + "COUNT(DISTINCT auction) FILTER (WHERE price < 10000) AS rank1_auctions, "
              + "COUNT(DISTINCT auction) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_auctions, "
              + "COUNT(DISTINCT auction) FILTER (WHERE price >= 1000000) AS rank3_auctions "
              + "FROM bid GROUP BY DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
          "`day` STRING, total_bids BIGINT, rank1_bids BIGINT, rank2_bids BIGINT, rank3_bids BIGINT, "
              + "total_bidders BIGINT, rank1_bidders BIGINT, rank2_bidders BIGINT, rank3_bidders BIGINT, "
              + "total_auctions BIGINT, rank1_auctions BIGINT, rank2_auctions BIGINT, rank3_auctions BIGINT",
          true, null),
      new NexmarkQuery("q16", List.of("bid"),
          "SELECT channel, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, MAX(DATE_FORMAT(`dateTime`, 'HH:mm')) "
              + "AS `minute`, COUNT(*) AS total_bids, " + RANK_COUNTS + ", COUNT(DISTINCT bidder) AS total_bidders, "
              + "COUNT(DISTINCT auction) AS total_auctions FROM bid "
              + "GROUP BY channel, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
          "channel STRING, `day` STRING, `minute` STRING, total_bids BIGINT, rank1_bids BIGINT, "
              + "rank2_bids BIGINT, rank3_bids BIGINT, total_bidders BIGINT, total_auctions BIGINT", true, null),
      new NexmarkQuery("q17", List.of("bid"),
          "SELECT auction, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, COUNT(*) AS total_bids, "
              + RANK_COUNTS + ", MIN(price) AS min_price, MAX(price) AS max_price, AVG(price) AS avg_price, "
              + "SUM(price) AS sum_price FROM bid GROUP BY auction, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
          "auction BIGINT, `day` STRING, total_bids BIGINT, rank1_bids BIGINT, rank2_bids BIGINT, "
              + "rank3_bids BIGINT, min_price BIGINT, max_price BIGINT, avg_price BIGINT, sum_price BIGINT",
          true, null),
      new NexmarkQuery("q18", List.of("bid"),
          "SELECT auction, bidder, price, channel, url, `dateTime`, extra FROM (SELECT *, ROW_NUMBER() OVER "
              + "(PARTITION BY bidder, auction ORDER BY `dateTime` DESC) AS rank_number FROM bid) "
              + "WHERE rank_number <= 1", BID_COLUMNS, true, null),
      new NexmarkQuery("q19", List.of("bid"),
          "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number "
              + "FROM bid) WHERE rank_number <= 10", BID_COLUMNS + ", rank_number BIGINT", true, null),
      new NexmarkQuery("q20", List.of("auction", "bid"),
          "SELECT auction, bidder, price, channel, url, B.`dateTime`, B.extra, itemName, description, initialBid, "
              + "reserve, A.`dateTime`, expires, seller, category, A.extra FROM bid AS B INNER JOIN auction AS A "
              + "ON B.auction = A.id WHERE A.category = 10",
          BID_COLUMNS + ", itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, "
              + "a_dateTime TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, a_extra STRING",
          true, null),
      new NexmarkQuery("q21", List.of("bid"),
          "SELECT auction, bidder, price, channel, CASE WHEN LOWER(channel) = 'apple' THEN '0' "
              + "WHEN LOWER(channel) = 'google' THEN '1' WHEN LOWER(channel) = 'facebook' THEN '2' "
              + "WHEN LOWER(channel) = 'baidu' THEN '3' "
              + "ELSE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) END AS channel_id FROM bid "
              + "WHERE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) IS NOT NULL "
              + "OR LOWER(channel) IN ('apple', 'google', 'facebook', 'baidu')",
          "auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, channel_id STRING", false, null),
      new NexmarkQuery("q22", List.of("bid"),
          "SELECT auction, bidder, price, channel, SPLIT_INDEX(url, '/', 3) AS dir1, SPLIT_INDEX(url, '/', 4) "
              + "AS dir2, SPLIT_INDEX(url, '/', 5) AS dir3 FROM bid",
          "auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, dir1 STRING, dir2 STRING, dir3 STRING",
          false, null),
      new NexmarkQuery("agg-bidder", List.of("bid"),
          "SELECT bidder, COUNT(*) AS cnt, SUM(price) AS total FROM bid GROUP BY bidder",
          "bidder BIGINT, cnt BIGINT, total BIGINT", true, "agg-bidder"));

  public static Optional<NexmarkQuery> named(String name) {
    return ALL.stream().filter(q -> q.name().equals(name)).findFirst();
  }
}
