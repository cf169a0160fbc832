package io.sluice.executor.checkpoint.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.state.KeyGroupRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointMetadataFormatTest {
  private static final CheckpointMetadata METADATA = new CheckpointMetadata(7, "3f2a", CheckpointKind.SAVEPOINT,
      1_700_000_000_000L, 1_700_000_000_120L, 128, List.of(
          new OperatorSnapshot("src", List.of(
              new SubtaskSnapshot(0, new KeyGroupRange(0, -1), List.of(), new byte[] {0, 0, 3, (byte) 0xe8}),
              new SubtaskSnapshot(1, new KeyGroupRange(0, -1), List.of(), new byte[0]))),
          new OperatorSnapshot("agg", List.of(
              new SubtaskSnapshot(0, new KeyGroupRange(0, 63), List.of(new StateHandle("keyed-agg-0", 5120)), null),
              new SubtaskSnapshot(1, new KeyGroupRange(64, 127), List.of(), null)))));

  @Test
  void roundTrip() throws IOException {
    byte[] bytes = CheckpointMetadataFormat.write(METADATA);
    assertThat(CheckpointMetadataFormat.read(bytes, "test")).isEqualTo(METADATA);
  }

  @Test
  void readableJsonWithFormatAndVersion() {
    String json = new String(CheckpointMetadataFormat.write(METADATA), StandardCharsets.UTF_8);
    assertThat(json).contains("\"format\" : \"sluice-checkpoint-metadata\"", "\"version\" : 1",
        "\"keyGroups\" : [ 0, 63 ]", "\"name\" : \"keyed-agg-0\"", "\"operatorState\" : \"AAAD6A==\"",
        "\"operatorState\" : null", "\"kind\" : \"SAVEPOINT\"");
  }

  @Test
  void everyTruncationIsDetected() {
    byte[] bytes = CheckpointMetadataFormat.write(METADATA);
    // Trailing whitespace aside, no prefix of the file is valid metadata.
    int end = new String(bytes, StandardCharsets.UTF_8).stripTrailing().length();
    for (int length = 0; length < end; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> CheckpointMetadataFormat.read(truncated, "chk-7/_metadata"))
          .as("truncated to %d bytes", length)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("chk-7/_metadata");
    }
  }

  @Test
  void refusesOtherFilesAndVersions() {
    assertThatThrownBy(() -> read("{\"format\":\"something-else\",\"version\":1}"))
        .hasMessageContaining("is not Sluice checkpoint metadata");
    assertThatThrownBy(() -> read("{\"format\":\"sluice-checkpoint-metadata\",\"version\":2}"))
        .hasMessageContaining("format version 2; this build reads version 1");
    assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("Empty or truncated");
    assertThatThrownBy(() -> read("not json")).hasMessageContaining("Truncated or corrupt");
  }

  @Test
  void inconsistentContentIsNamed() {
    String json = new String(CheckpointMetadataFormat.write(METADATA), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(json.replace("\"jobId\"", "\"job\""))).hasMessageContaining("'jobId'");
    assertThatThrownBy(() -> read(json.replace("keyed-agg-0", "../x"))).hasMessageContaining("Invalid state name");
    assertThatThrownBy(() -> read(json.replace("SAVEPOINT", "SNAPSHOT"))).hasMessageContaining("Inconsistent");
  }

  @Test
  void ignoresFieldsItDoesNotKnow() throws IOException {
    String json = new String(CheckpointMetadataFormat.write(METADATA), StandardCharsets.UTF_8);
    assertThat(read(json.replace("\"jobId\"", "\"addedLater\" : [1], \"jobId\""))).isEqualTo(METADATA);
  }

  private static CheckpointMetadata read(String json) throws IOException {
    return CheckpointMetadataFormat.read(json.getBytes(StandardCharsets.UTF_8), "test");
  }
}
