package io.sluice.bench.nexmark;

import java.util.List;

/**
 * One query of the Nexmark benchmark, written in Sluice SQL from the benchmark's definition.
 *
 * @param name the benchmark's name ({@code q0} ...) or a variant's ({@code q7-tumble-max})
 * @param tables the Nexmark tables it reads ({@code bid}, {@code auction}, {@code person})
 * @param select the query
 * @param sinkColumns the columns of the blackhole table it is inserted into, as in {@code CREATE TABLE}
 * @param stateful whether it keeps state (aggregates, joins, windows), so that state backends matter
 * @param flinkName the name of the same query in the Flink harness ({@code bench-flink}), null if it has none
 */
public record NexmarkQuery(String name, List<String> tables, String select, String sinkColumns, boolean stateful,
    String flinkName) {

  /** The statement that runs it into a blackhole table named {@code sink}. */
  public String insert() {
    return "INSERT INTO sink " + select;
  }

  public String createSink() {
    return "CREATE TABLE sink (" + sinkColumns + ") WITH ('connector' = 'blackhole')";
  }
}
