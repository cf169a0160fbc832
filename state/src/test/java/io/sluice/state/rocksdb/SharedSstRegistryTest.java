package io.sluice.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedSstRegistryTest {
  private final SharedSstRegistry registry = new SharedSstRegistry();

  @Test
  void onlyFilesNewSinceTheCompletedCheckpointsAreUploaded() {
    assertThat(registry.filesToUpload(1, List.of("b", "a"))).containsExactly("a", "b");
    registry.completed(1, List.of("a", "b"));
    assertThat(registry.filesToUpload(2, List.of("a", "b", "c"))).containsExactly("c");
    registry.completed(2, List.of("a", "b", "c"));
    assertThat(registry.filesToUpload(3, List.of("b", "c", "d"))).containsExactly("d");
  }

  @Test
  void filesAreDeletedWhenNoRetainedCheckpointReferencesThem() {
    registry.completed(1, List.of("a", "b"));
    registry.completed(2, List.of("b", "c"));
    registry.completed(3, List.of("c", "d"));
    assertThat(registry.referencedFileCount()).isEqualTo(4);
    assertThat(registry.retainLatest(2)).containsExactly("a");
    assertThat(registry.retainedCheckpoints()).containsExactly(2L, 3L);
    assertThat(registry.retainLatest(2)).isEmpty();
    assertThat(registry.discard(2)).containsExactly("b");
    assertThat(registry.discard(2)).as("unknown checkpoint").isEmpty();
    assertThat(registry.retainLatest(1)).isEmpty();
    assertThat(registry.discard(3)).containsExactly("c", "d");
    assertThat(registry.referencedFileCount()).isZero();
  }

  @Test
  void abortedCheckpointsGiveBackOnlyTheirOwnUnsharedUploads() {
    registry.completed(1, List.of("a"));
    assertThat(registry.filesToUpload(2, List.of("a", "b", "c"))).containsExactly("b", "c");
    assertThat(registry.filesToUpload(3, List.of("a", "c", "d"))).containsExactly("c", "d");
    assertThat(registry.aborted(2)).as("c is still being uploaded by checkpoint 3").containsExactly("b");
    registry.completed(3, List.of("a", "c", "d"));
    assertThat(registry.aborted(3)).as("completed, not in progress").isEmpty();
    assertThat(registry.retainLatest(1)).isEmpty();
    assertThat(registry.filesToUpload(4, List.of("a", "c", "e"))).containsExactly("e");
  }

  @Test
  void checkpointsCompleteInOrder() {
    registry.completed(5, List.of("a"));
    assertThatThrownBy(() -> registry.completed(5, List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.completed(4, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.retainLatest(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
