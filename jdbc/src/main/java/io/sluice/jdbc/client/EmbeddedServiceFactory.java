package io.sluice.jdbc.client;

import io.sluice.engine.SessionUser;
import io.sluice.engine.SluiceEngine;
import io.sluice.jdbc.meta.SluiceMeta;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.remote.Service;

/**
 * The service behind a {@code jdbc:sluice:} connection: an engine of its own in this process, reached through
 * Avatica's {@link LocalService} (requests as objects, no serialization), and closed with the connection.
 */
public final class EmbeddedServiceFactory implements Service.Factory {
  @Override
  public Service create(AvaticaConnection connection) {
    SluiceEngine engine = SluiceEngine.start();
    SluiceMeta meta = new SluiceMeta(engine, SessionUser.LOCAL);
    return new LocalService(meta) {
      @Override
      public CloseConnectionResponse apply(CloseConnectionRequest request) {
        try {
          return super.apply(request);
        } finally {
          engine.close();
        }
      }
    };
  }
}
