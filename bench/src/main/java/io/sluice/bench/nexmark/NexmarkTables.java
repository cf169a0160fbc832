package io.sluice.bench.nexmark;

import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code person}, {@code auction} and {@code bid} tables of the benchmark, with the columns of the Nexmark SQL
 * benchmark and the watermark it declares ({@code dateTime - 4 s}), read either from the {@code nexmark}
 * generator or from the CSV files of the Flink harness ({@code bench-flink}) through the {@code filesystem}
 * source.
 */
public final class NexmarkTables {
  private NexmarkTables() {}

  static final Map<String, String> COLUMNS = Map.of(
      "bid", "auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, `dateTime` TIMESTAMP(3), "
          + "extra STRING",
      "auction", "id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, "
          + "`dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra STRING",
      "person", "id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING, state STRING, "
          + "`dateTime` TIMESTAMP(3), extra STRING");

  /** The columns of a table, as in {@code CREATE TABLE}. */
  public static String columns(String table) {
    return COLUMNS.get(table);
  }

  private static final String WATERMARK = ", WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND";

  /** The table read from the generator: a stream of {@code events} events of all kinds. */
  public static String generated(String table, long events) {
    return "CREATE TABLE " + table + " (" + COLUMNS.get(table) + WATERMARK + ") WITH ('connector' = 'nexmark', "
        + "'table' = '" + table + "', 'events.num' = '" + events + "')";
  }

  /** The table read from {@code <directory>/<table>/} (CSV files as bench-flink's NexmarkGen writes them). */
  public static String csv(String table, Path directory) {
    return "CREATE TABLE " + table + " (" + COLUMNS.get(table) + WATERMARK + ") WITH ('connector' = "
        + "'filesystem', 'path' = '" + directory.resolve(table) + "', 'format' = 'csv')";
  }
}
