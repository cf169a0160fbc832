package io.sluice.executor.checkpoint.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code _metadata} file of a checkpoint or savepoint: UTF-8 JSON, so that a person can read which
 * operators and files a checkpoint holds. Format version 1:
 *
 * <pre>
 * {
 *   "format": "sluice-checkpoint-metadata",      always this: what the file is
 *   "version": 1,                                 readers refuse versions they do not know
 *   "checkpointId": 7,
 *   "jobId": "3f2a...",
 *   "kind": "CHECKPOINT",                         or "SAVEPOINT"
 *   "triggerTimestamp": 1700000000000,            epoch milliseconds
 *   "completionTimestamp": 1700000000120,
 *   "maxParallelism": 128,                        the job's number of key groups
 *   "operators": [                                ordered by operatorId
 *     { "operatorId": "9c1e...",                  stable, derived from the plan
 *       "subtasks": [                             one per parallel instance, subtask 0 first
 *         { "subtask": 0,
 *           "keyGroups": [0, 63],                 first and last, inclusive; [0, -1] when none
 *           "keyedState": [ { "name": "keyed-9c1e...-0", "size": 5120 } ],
 *           "operatorState": "AAAAAAAAA+g=" }    base64 of the instance's own state, or null
 *       ] } ] }
 * </pre>
 *
 * State names are files in the same directory as {@code _metadata}. Each is either a full keyed-state snapshot in
 * the canonical format of {@code io.sluice.state.internal.KeyedSnapshotFormat} (magic "SLKH", which any backend
 * restores for any key-group range) followed by the instance's event-time timers
 * ({@code io.sluice.executor.runtime.state.EventTimerSnapshot}, "SLKT"), or, for an incremental RocksDB
 * checkpoint, a manifest of SST files in the job's {@code shared/} directory
 * ({@code io.sluice.executor.runtime.state.IncrementalManifest}, "SLKI") followed by the timers. Readers ignore fields they do not know, so a later version may
 * add fields without breaking older readers; it raises {@code version} only for changes older readers would
 * misread.
 */
public final class CheckpointMetadataFormat {
  public static final String FORMAT = "sluice-checkpoint-metadata";
  public static final int VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CheckpointMetadataFormat() {}

  public static byte[] write(CheckpointMetadata metadata) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("checkpointId", metadata.checkpointId())
        .put("jobId", metadata.jobId()).put("kind", metadata.kind().name())
        .put("triggerTimestamp", metadata.triggerTimestamp())
        .put("completionTimestamp", metadata.completionTimestamp())
        .put("maxParallelism", metadata.maxParallelism());
    ArrayNode operators = root.putArray("operators");
    for (OperatorSnapshot operator : metadata.operators()) {
      ObjectNode op = operators.addObject().put("operatorId", operator.operatorId());
      ArrayNode subtasks = op.putArray("subtasks");
      for (SubtaskSnapshot subtask : operator.subtasks()) {
        ObjectNode st = subtasks.addObject().put("subtask", subtask.subtask());
        st.putArray("keyGroups").add(subtask.keyGroups().start()).add(subtask.keyGroups().end());
        ArrayNode keyed = st.putArray("keyedState");
        for (StateHandle handle : subtask.keyedState()) {
          keyed.addObject().put("name", handle.name()).put("size", handle.size());
        }
        st.put("operatorState", subtask.operatorState());
      }
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot happen for a JSON tree", e);
    }
  }

  /**
   * Reads metadata written by {@link #write}.
   *
   * @param source names the file in error messages
   * @throws IOException naming the source when the bytes are empty, truncated, not JSON, not checkpoint
   *     metadata, of another version, or inconsistent
   */
  public static CheckpointMetadata read(byte[] bytes, String source) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException("Truncated or corrupt checkpoint metadata " + source + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw new IOException("Empty or truncated checkpoint metadata " + source);
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IOException(source + " is not Sluice checkpoint metadata");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException("Checkpoint metadata " + source + " has format version " + version
          + "; this build reads version " + VERSION);
    }
    try {
      return MetadataJson.metadata(root);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException("Inconsistent checkpoint metadata " + source + ": " + e.getMessage(), e);
    }
  }
}
