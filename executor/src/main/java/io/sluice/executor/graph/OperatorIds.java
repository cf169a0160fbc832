package io.sluice.executor.graph;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The stable id under which a node's state is stored in checkpoints and savepoints, and by which a job started
 * from one finds its state: {@code node-<position>-<kind>-<hash>}, e.g. {@code node-2-GroupAggregate-5f0c2a91}.
 *
 * <p>The position is the node's id in the stream graph, which the engine assigns in a fixed order while it walks
 * the plan, so the same query gets the same positions; the kind is the leading word of the node's name; the hash
 * (CRC-32) is of the whole name, which describes what the operator computes (grouping, aggregate calls, window,
 * table). So the same query, at any parallelism, finds its state; a changed query finds it only for the operators
 * that did not change, and the state of an operator that did change is left unclaimed, which a restore refuses
 * unless told to drop it ({@code execution.state-recovery.ignore-unclaimed-state}), naming the operator. Parallelism
 * is not part of the id: state is redistributed when it changes.
 */
public final class OperatorIds {
  private static final int MAX_KIND_LENGTH = 40;

  private OperatorIds() {}

  public static String of(StreamNode node) {
    CRC32 crc = new CRC32();
    crc.update(node.name().getBytes(StandardCharsets.UTF_8));
    return "node-" + node.id() + "-" + kind(node.name()) + "-" + String.format("%08x", crc.getValue());
  }

  /** The leading letters of the name ({@code GroupAggregate} of {@code GroupAggregate(groupBy=...)}). */
  private static String kind(String name) {
    int end = 0;
    while (end < name.length() && end < MAX_KIND_LENGTH && Character.isLetterOrDigit(name.charAt(end))
        && name.charAt(end) < 128) {
      end++;
    }
    return end == 0 ? "op" : name.substring(0, end);
  }
}
