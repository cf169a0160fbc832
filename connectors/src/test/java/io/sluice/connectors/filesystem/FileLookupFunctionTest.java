package io.sluice.connectors.filesystem;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups in a filesystem table: by value, several rows per key, NULLs, and reading again after the TTL. */
class FileLookupFunctionTest {
  private static final List<Column> COLUMNS =
      List.of(column("k", DataType.of(TypeRoot.INTEGER)), column("name", DataType.string()));

  @TempDir
  Path directory;

  private final AtomicLong now = new AtomicLong(1_000);

  private FileLookupFunction lookupByK(String... options) {
    FileSourceSpec spec = (FileSourceSpec) REGISTRY.createSource(table(COLUMNS, concat(
        new String[] {"connector", "filesystem", "path", directory.toString()}, options))).readerFactory();
    return new FileLookupFunction(spec, List.of(0), 60_000, now::get);
  }

  @Test
  void findsEveryRowOfAKeyComparingNumbersByValue() throws Exception {
    Files.writeString(directory.resolve("a.csv"), "1,one\n2,two\n1,uno\n,nobody\n");
    Files.writeString(directory.resolve("b.csv"), "3,three\n");
    FileLookupFunction lookup = lookupByK();

    assertThat(lookup.lookup(new Object[] {1})).extracting(Arrays::asList)
        .containsExactlyInAnyOrder(List.of(1, "one"), List.of(1, "uno"));
    assertThat(lookup.lookup(new Object[] {3L})).as("a BIGINT key finds the INT value")
        .extracting(Arrays::asList).containsExactly(List.of(3, "three"));
    assertThat(lookup.lookup(new Object[] {4})).isEmpty();
  }

  @Test
  void readsTheFilesAgainOnlyAfterTheTtl() throws Exception {
    Path file = Files.writeString(directory.resolve("a.csv"), "1,one\n");
    FileLookupFunction lookup = lookupByK();
    assertThat(lookup.lookup(new Object[] {1})).hasSize(1);

    Files.writeString(file, "1,one\n1,again\n");
    now.addAndGet(59_999);
    assertThat(lookup.lookup(new Object[] {1})).as("within the TTL: the copy read first").hasSize(1);
    now.addAndGet(1);
    assertThat(lookup.lookup(new Object[] {1})).as("after it: the files as they are now").hasSize(2);
  }

  @Test
  void aBadRecordFailsTheLookupNamingTheFileUnlessIgnored() throws Exception {
    Files.writeString(directory.resolve("a.csv"), "1,one\nnot a number,x\n");

    assertThatThrownBy(() -> lookupByK().lookup(new Object[] {1})).hasMessageContaining("a.csv");
    assertThat(lookupByK("csv.ignore-parse-errors", "true").lookup(new Object[] {1})).hasSize(1);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
