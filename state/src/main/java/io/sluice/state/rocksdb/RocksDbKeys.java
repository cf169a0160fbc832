package io.sluice.state.rocksdb;

/**
 * The RocksDB key of a stored entry: the key group as two big-endian bytes, then the store key of the typed
 * layer ({@code key ‖ namespace [‖ mapKey]}). RocksDB orders keys by unsigned bytes, so each key group is one
 * contiguous key range and the entries of one map (a common store-key prefix) are adjacent within it: key groups
 * and maps are read and deleted by range scans.
 */
final class RocksDbKeys {
  static final int KEY_GROUP_BYTES = 2;
  /** Two bytes hold key groups 0..65535. */
  static final int MAX_KEY_GROUPS = 1 << 16;

  private RocksDbKeys() {}

  /** {@code keyGroup ‖ key}. */
  static byte[] of(int keyGroup, byte[] key) {
    byte[] bytes = new byte[KEY_GROUP_BYTES + key.length];
    bytes[0] = (byte) (keyGroup >>> 8);
    bytes[1] = (byte) keyGroup;
    System.arraycopy(key, 0, bytes, KEY_GROUP_BYTES, key.length);
    return bytes;
  }

  /** The first key of the key group: every key of the group is at least this. */
  static byte[] keyGroupStart(int keyGroup) {
    return of(keyGroup, new byte[0]);
  }

  /** The key group of a RocksDB key. */
  static int keyGroup(byte[] rocksKey) {
    return ((rocksKey[0] & 0xFF) << 8) | (rocksKey[1] & 0xFF);
  }

  /** The store key, without the key group. */
  static byte[] storeKey(byte[] rocksKey) {
    byte[] key = new byte[rocksKey.length - KEY_GROUP_BYTES];
    System.arraycopy(rocksKey, KEY_GROUP_BYTES, key, 0, key.length);
    return key;
  }

  /**
   * The least key greater than every key that starts with {@code prefix}, as an exclusive upper bound: the prefix
   * with its last byte below 0xFF incremented and what follows dropped. Null when the prefix is all 0xFF bytes:
   * then the keys with the prefix run to the end of the key space, and there is no upper bound.
   */
  static byte[] prefixEnd(byte[] prefix) {
    for (int i = prefix.length - 1; i >= 0; i--) {
      if (prefix[i] != (byte) 0xFF) {
        byte[] end = new byte[i + 1];
        System.arraycopy(prefix, 0, end, 0, i + 1);
        end[i]++;
        return end;
      }
    }
    return null;
  }

  /** The least key greater than {@code key}: the key followed by a zero byte. */
  static byte[] successor(byte[] key) {
    byte[] next = new byte[key.length + 1];
    System.arraycopy(key, 0, next, 0, key.length);
    return next;
  }
}
