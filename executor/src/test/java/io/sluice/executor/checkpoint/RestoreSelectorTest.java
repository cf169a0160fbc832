package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreSelectorTest {
  private record Fake(String pointer, CheckpointMetadata readable, String problem)
      implements RestoreSelector.Candidate {
    static Fake readable(long id) {
      return new Fake("chk-" + id, CheckpointFixtures.metadata(id), null);
    }

    static Fake broken(long id, String problem) {
      return new Fake("chk-" + id, null, problem);
    }

    @Override
    public CheckpointMetadata readMetadata() throws IOException {
      if (problem != null) {
        throw new IOException(problem);
      }
      return readable;
    }
  }

  @Test
  void takesTheNewestReadable() {
    RestoreSelector.Selection selection = RestoreSelector.select(List.of(Fake.readable(3), Fake.readable(2)));
    assertThat(selection.selected().orElseThrow().checkpointId()).isEqualTo(3);
    assertThat(selection.pointer()).isEqualTo("chk-3");
    assertThat(selection.warnings()).isEmpty();
  }

  @Test
  void skipsMissingAndTruncatedMetadataWithAWarningNamingEach() {
    RestoreSelector.Selection selection = RestoreSelector.select(List.of(
        Fake.broken(5, "No _metadata file in chk-5: the checkpoint did not complete"),
        Fake.broken(4, "Truncated or corrupt checkpoint metadata chk-4/_metadata"),
        Fake.readable(3), Fake.readable(2)));
    assertThat(selection.selected().orElseThrow().checkpointId()).isEqualTo(3);
    assertThat(selection.warnings()).containsExactly(
        "Skipping checkpoint chk-5: No _metadata file in chk-5: the checkpoint did not complete",
        "Skipping checkpoint chk-4: Truncated or corrupt checkpoint metadata chk-4/_metadata");
  }

  @Test
  void nothingToSelect() {
    assertThat(RestoreSelector.select(List.of()).selected()).isEmpty();
    RestoreSelector.Selection selection = RestoreSelector.select(List.of(Fake.broken(1, "gone")));
    assertThat(selection.selected()).isEmpty();
    assertThat(selection.pointer()).isNull();
    assertThat(selection.warnings()).containsExactly("Skipping checkpoint chk-1: gone");
  }
}
