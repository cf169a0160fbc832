package io.sluice.state.rocksdb;

/** A RocksDB call failed while state was read or written; the backend should be considered broken. */
public final class RocksDbStateException extends RuntimeException {
  RocksDbStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
