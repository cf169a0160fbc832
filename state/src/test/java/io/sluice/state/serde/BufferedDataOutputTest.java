package io.sluice.state.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BufferedDataOutput} writes what {@link DataOutputStream} writes, across its block boundaries. */
class BufferedDataOutputTest {
  /** Many small writes of every kind and a few larger than a block, the same sequence for any seed. */
  private static void writeMix(DataOutput out, long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < 40_000; i++) {
      switch (random.nextInt(10)) {
        case 0 -> out.writeInt(random.nextInt());
        case 1 -> out.writeLong(random.nextLong());
        case 2 -> VarInts.write(out, random.nextInt(1 << 20));
        case 3 -> out.writeUTF("key-" + i + "-é€");
        case 4 -> out.writeDouble(random.nextDouble());
        case 5 -> out.writeBoolean(random.nextBoolean());
        case 6 -> out.writeShort(random.nextInt());
        case 7 -> out.write(random.nextInt(256));
        case 8 -> {
          byte[] bytes = new byte[random.nextInt(300)];
          random.nextBytes(bytes);
          out.write(bytes, 0, bytes.length);
        }
        default -> {
          if (random.nextInt(2_000) == 0) {
            byte[] large = new byte[100_000 + random.nextInt(50_000)];
            random.nextBytes(large);
            out.write(large);
          } else {
            out.writeByte(i);
          }
        }
      }
    }
  }

  @Test
  void writesTheBytesOfADataOutputStream() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DataOutputStream reference = new DataOutputStream(expected);
    writeMix(reference, 42);
    reference.flush();

    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    BufferedDataOutput buffered = new BufferedDataOutput(actual);
    writeMix(buffered, 42);
    buffered.flush();

    assertThat(expected.size()).isGreaterThan(3 * 64 * 1024);
    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
  }
}
