package io.sluice.connectors.filesystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a filesystem sink writer keeps in a checkpoint: which of its files the checkpoint covers. Every row the
 * writer received before the barrier is in one of them, so once the checkpoint completes they may all be made
 * visible: the pending files (rolled, waiting for a checkpoint to complete) as they are, the in-progress file up
 * to {@code validLength} bytes (what was written after the barrier is cut off).
 *
 * <p>Encoding, version 1: byte 1, the writer's names (UTF prefix, int subtask, UTF extension), long next part
 * number, boolean in-progress present [long part, long valid length], int pending count, pending part numbers as
 * longs.
 *
 * @param names the names of the writer's files
 * @param nextPart the part number the writer would give its next file
 * @param inProgressPart part number of the in-progress file, -1 for none
 * @param validLength bytes of the in-progress file the checkpoint covers
 * @param pendingParts part numbers of the rolled files not yet committed
 */
record FileSinkState(PartFileNames names, long nextPart, long inProgressPart, long validLength,
    List<Long> pendingParts) {
  private static final byte VERSION = 1;

  FileSinkState {
    pendingParts = List.copyOf(pendingParts);
  }

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(names.prefix());
      out.writeInt(names.subtask());
      out.writeUTF(names.extension());
      out.writeLong(nextPart);
      out.writeBoolean(inProgressPart >= 0);
      if (inProgressPart >= 0) {
        out.writeLong(inProgressPart);
        out.writeLong(validLength);
      }
      out.writeInt(pendingParts.size());
      for (long part : pendingParts) {
        out.writeLong(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static FileSinkState decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown filesystem sink state version " + version);
      }
      PartFileNames names = new PartFileNames(in.readUTF(), in.readInt(), in.readUTF());
      long nextPart = in.readLong();
      long inProgressPart = -1;
      long validLength = 0;
      if (in.readBoolean()) {
        inProgressPart = in.readLong();
        validLength = in.readLong();
      }
      List<Long> pending = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        pending.add(in.readLong());
      }
      return new FileSinkState(names, nextPart, inProgressPart, validLength, pending);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
