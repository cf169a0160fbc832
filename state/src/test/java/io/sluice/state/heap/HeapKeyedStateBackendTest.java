package io.sluice.state.heap;

import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.KeyedStateBackendContractTest;

class HeapKeyedStateBackendTest extends KeyedStateBackendContractTest {
  @Override
  protected KeyedStateBackend createBackend(KeyedBackendParameters parameters) {
    return new HeapKeyedStateBackend(parameters);
  }
}
