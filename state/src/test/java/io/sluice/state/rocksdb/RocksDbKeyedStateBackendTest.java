package io.sluice.state.rocksdb;

import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.KeyedStateBackendContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class RocksDbKeyedStateBackendTest extends KeyedStateBackendContractTest {
  @TempDir
  static Path localDir;

  @Override
  protected KeyedStateBackend createBackend(KeyedBackendParameters parameters) {
    return new RocksDbKeyedStateBackend(parameters, new RocksDbBackendOptions(localDir, 8L << 20));
  }
}
