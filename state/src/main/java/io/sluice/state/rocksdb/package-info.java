/**
 * The RocksDB keyed state backend: {@link io.sluice.state.rocksdb.RocksDbKeyedStateBackend} stores each state's
 * bytes in a column family of an embedded RocksDB, within a fixed memory budget, and writes the canonical snapshot
 * format as well as native checkpoints; {@link io.sluice.state.rocksdb.SharedSstRegistry} is the reference
 * counting behind incremental checkpoints. The only package that imports {@code org.rocksdb}.
 */
package io.sluice.state.rocksdb;
