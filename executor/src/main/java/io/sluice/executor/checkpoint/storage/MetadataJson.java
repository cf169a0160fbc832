package io.sluice.executor.checkpoint.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.state.KeyGroupRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON tree of {@link CheckpointMetadataFormat} version 1 into the metadata records. A missing or
 * mistyped field throws {@link IllegalArgumentException} naming it; the records' own checks do the rest.
 */
final class MetadataJson {
  private MetadataJson() {}

  static CheckpointMetadata metadata(JsonNode root) throws IOException {
    List<OperatorSnapshot> operators = new ArrayList<>();
    for (JsonNode op : array(root, "operators")) {
      List<SubtaskSnapshot> subtasks = new ArrayList<>();
      for (JsonNode st : array(op, "subtasks")) {
        subtasks.add(subtask(st));
      }
      operators.add(new OperatorSnapshot(text(op, "operatorId"), subtasks));
    }
    return new CheckpointMetadata(number(root, "checkpointId"), text(root, "jobId"),
        CheckpointKind.valueOf(text(root, "kind")), number(root, "triggerTimestamp"),
        number(root, "completionTimestamp"), (int) number(root, "maxParallelism"), operators);
  }

  private static SubtaskSnapshot subtask(JsonNode st) throws IOException {
    JsonNode range = array(st, "keyGroups");
    if (range.size() != 2 || !range.get(0).canConvertToInt() || !range.get(1).canConvertToInt()) {
      throw new IllegalArgumentException("field 'keyGroups' must be [first, last]");
    }
    List<StateHandle> keyed = new ArrayList<>();
    for (JsonNode handle : array(st, "keyedState")) {
      keyed.add(new StateHandle(text(handle, "name"), number(handle, "size")));
    }
    JsonNode position = st.path("operatorState");
    return new SubtaskSnapshot((int) number(st, "subtask"),
        new KeyGroupRange(range.get(0).asInt(), range.get(1).asInt()), keyed,
        position.isNull() || position.isMissingNode() ? null : position.binaryValue());
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("missing array field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing text field '" + field + "'");
    }
    return value.asText();
  }

  private static long number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("missing whole-number field '" + field + "'");
    }
    return value.asLong();
  }
}
