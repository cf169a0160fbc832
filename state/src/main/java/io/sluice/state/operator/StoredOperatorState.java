package io.sluice.state.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of one operator state: the serialized elements of a list state in order, or the serialized entries of
 * a broadcast state ordered by unsigned key bytes. Arrays are never changed once stored, so copying the containers
 * copies the state.
 */
final class StoredOperatorState {
  private final OperatorStateMeta meta;
  private final List<byte[]> elements = new ArrayList<>();
  private final TreeMap<byte[], byte[]> entries = new TreeMap<>(Arrays::compareUnsigned);

  StoredOperatorState(OperatorStateMeta meta) {
    this.meta = meta;
  }

  OperatorStateMeta meta() {
    return meta;
  }

  boolean isBroadcast() {
    return meta.mode() == OperatorStateMode.BROADCAST;
  }

  /** The list's elements (list and union list state); empty for broadcast state. */
  List<byte[]> elements() {
    return elements;
  }

  /** The map's entries (broadcast state); empty for list state. */
  TreeMap<byte[], byte[]> entries() {
    return entries;
  }

  /** The number of elements or map entries. */
  int size() {
    return isBroadcast() ? entries.size() : elements.size();
  }

  /** A state with this one's meta and the given contents. */
  StoredOperatorState with(List<byte[]> newElements, Map<byte[], byte[]> newEntries) {
    StoredOperatorState copy = new StoredOperatorState(meta);
    copy.elements.addAll(newElements);
    copy.entries.putAll(newEntries);
    return copy;
  }
}
