package io.sluice.connectors.filesystem;

import io.sluice.bench.jmh.BidSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The filesystem source's CSV decoding of one Nexmark bid line, as the filesystem sink writes it, from the
 * reader's buffer into field values. In the decoder's package because the decoder is internal to the connector.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CsvDecodeBenchmark {
  private final CsvRecordDecoder decoder = new CsvRecordDecoder(BidSample.TYPE, ',');
  private final byte[] line = bidLine();
  private final Object[] fields = new Object[BidSample.TYPE.arity()];

  /** A bid as one CSV line, written by the sink's encoder. */
  public static byte[] bidLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CsvRowEncoder(BidSample.TYPE, "csv").write(BidSample.row(), out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Decodes the line into {@code fields}, returning where the record ends. */
  @Benchmark
  public Object[] decodeBid() throws BadRecordException {
    decoder.decode(line, 0, line.length, false, fields);
    return fields;
  }
}
