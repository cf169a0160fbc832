package io.sluice.server;

import io.sluice.jdbc.meta.CurrentUser;
import java.util.concurrent.Callable;
import org.apache.calcite.avatica.remote.AuthenticationType;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.apache.calcite.avatica.server.HttpRequestRemoteUserExtractor;
import org.apache.calcite.avatica.server.RemoteUserDisallowedException;
import org.apache.calcite.avatica.server.RemoteUserExtractor;

/**
 * Avatica's server configuration for HTTP Basic authentication against the users file. Jetty authenticates each
 * request ({@link UserFileLoginService}); Avatica then runs it "as the remote user", which here means with the
 * user as {@link CurrentUser}, so the engine knows whose session and jobs the request touches.
 */
final class UsersAuthentication implements AvaticaServerConfiguration {
  private final UserFile users;

  UsersAuthentication(UserFile users) {
    this.users = users;
  }

  @Override
  public AuthenticationType getAuthenticationType() {
    return AuthenticationType.BASIC;
  }

  @Override
  public String[] getAllowedRoles() {
    return new String[] {UserFileLoginService.USER_ROLE};
  }

  @Override
  public boolean supportsImpersonation() {
    return true;
  }

  @Override
  public <T> T doAsRemoteUser(String remoteUserName, String remoteAddress, Callable<T> action) throws Exception {
    UserFile.User user = users.user(remoteUserName)
        .orElseThrow(() -> new RemoteUserDisallowedException("Unknown user"));
    return CurrentUser.runAs(user.sessionUser(), action);
  }

  @Override
  public RemoteUserExtractor getRemoteUserExtractor() {
    return new HttpRequestRemoteUserExtractor();
  }

  @Override
  public String getHashLoginServiceRealm() {
    return "sluice";
  }

  @Override
  public String getHashLoginServiceProperties() {
    return null;
  }

  @Override
  public String getKerberosRealm() {
    return null;
  }

  @Override
  public String getKerberosServiceName() {
    return null;
  }

  @Override
  public String getKerberosHostName() {
    return null;
  }

  @Override
  public String getKerberosPrincipal() {
    return null;
  }
}
