package io.sluice.connectors.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.bench.jmh.BidSample;
import org.junit.jupiter.api.Test;

/** The CSV benchmark decodes a whole bid, not a record the decoder rejects. */
class CsvDecodeBenchmarkTest {
  @Test
  void theBenchmarkedLineDecodesToTheBid() throws BadRecordException {
    assertThat(new CsvDecodeBenchmark().decodeBid()).containsExactly(BidSample.row().fields());
  }
}
