package io.sluice.bench.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness end to end on a tiny stream (the real benchmark is {@code bench/nexmark.sh}, outside the
 * build): queries run over the generator, results are appended, reported and written into the Markdown section.
 */
class NexmarkBenchmarkSmokeTest {
  @TempDir
  Path directory;

  @Test
  void runsQueriesAndWritesTheTableIntoItsSection() throws Exception {
    Path results = directory.resolve("results.tsv");
    Path markdown = Files.writeString(directory.resolve("benchmarks.md"),
        "# Benchmarks\n\n" + NexmarkBenchmark.BEGIN + "\nold\n" + NexmarkBenchmark.END + "\n\nAfter.\n");
    BenchmarkSettings settings = new BenchmarkSettings(List.of("nexmark"), List.of("q0", "q5", "q3"), List.of(1),
        List.of("none"), 1, 0, directory, 5_000, null, markdown, results, false);

    List<BenchmarkResult> measured = NexmarkBenchmark.run(settings);
    NexmarkBenchmark.writeSection(markdown, NexmarkBenchmark.report(settings, measured));

    assertThat(measured).extracting(BenchmarkResult::query).containsExactly("q0", "q5", "q3");
    assertThat(measured).extracting(BenchmarkResult::rows).containsExactly(4_600L, 4_600L, 400L);
    assertThat(Files.readAllLines(results)).hasSize(3);
    String text = Files.readString(markdown);
    assertThat(text).startsWith("# Benchmarks").endsWith("After.\n").doesNotContain("old")
        .contains("| q5 | nexmark | 1 | none | 4,600 |");
  }
}
