package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import java.util.List;
import java.util.Map;

/**
 * The wire exchanges of the CrashPlan organizations API, one method per request: what the SDK's
 * services need from the console. Implementations send exactly one request per call (no
 * retries, no token handling: the services decide those) and report every failure as a
 * {@link CrashPlanException}, using {@link CrashPlanException#forStatus} for HTTP errors so that
 * every transport fails alike. They must be thread-safe.
 *
 * <p>Each org call takes the bearer token to send and, where it acts on one org, the org's
 * {@link OrgRef}, from which the transport takes the identifier its endpoint needs.
 */
public interface CrashPlanTransport extends AutoCloseable {

  /**
   * {@code POST /api/v3/oauth/token?grant_type=client_credentials} with HTTP Basic
   * {@code clientId:secret} of the request: returns a fresh API-client token and its lifetime.
   */
  BearerToken requestApiClientToken(ApiClientTokenRequest request);

  /**
   * {@code GET /api/v3/auth/jwt?useBody=true} with HTTP Basic {@code username:password} and,
   * when the request holds a TOTP code, the {@code totp-auth} header carrying it: returns a
   * fresh user token.
   */
  BearerToken requestUserToken(UserTokenRequest request);

  /** {@code GET /api/v3/LoginConfiguration?username=..} (no auth): how that user signs in. */
  LoginType loginType(String username);

  /** {@code GET /api/v1/Org?pgNum=..&pgSize=..}: returns one page of the org listing. */
  OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra);

  /** {@code GET /api/v3/orgs/<guid>}: returns the org. */
  Org getOrg(BearerToken token, OrgRef org, QueryParameters extra);

  /** {@code GET /api/v1/Org/my}: returns the org of the signed-in user. */
  Org getCurrentOrg(BearerToken token, QueryParameters extra);

  /**
   * {@code POST /api/v3/orgs}: creates the org under the request's parent (the tenant's top org
   * when it has none) and returns it.
   */
  Org createOrg(BearerToken token, CreateOrgRequest request);

  /** {@code PUT /api/v3/orgs/<guid>}: changes the given fields and returns the org as it now is. */
  Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update);

  /** {@code POST /api/v3/orgs/<guid>/block}: blocks the org and its descendants. */
  void blockOrg(BearerToken token, OrgRef org);

  /** {@code POST /api/v3/orgs/<guid>/unblock}: lifts the block on the org and its descendants. */
  void unblockOrg(BearerToken token, OrgRef org);

  /** {@code POST /api/v3/orgs/<guid>/deactivate}: deactivates the org and its descendants. */
  void deactivateOrg(BearerToken token, OrgRef org);

  /** {@code POST /api/v3/orgs/<guid>/activate}: reactivates the org and its descendants. */
  void reactivateOrg(BearerToken token, OrgRef org);

  /**
   * {@code GET /api/v38/agent-state/view-by-organization-id?orgId=..&propertyName=..}: returns
   * the state of that property on each device of the org.
   */
  List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName);

  /**
   * {@code GET /api/v1/Org/<orgId>?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true}:
   * returns the org document (the {@code data} payload) as plain Java values: objects as
   * {@code Map<String, Object>} in key order, arrays as {@code List<Object>}, scalars as
   * String, Number (decimals exact), Boolean or null. Nothing may be dropped or reordered.
   */
  Map<String, Object> getOrgDocument(BearerToken token, OrgRef org);

  /** {@code PUT /api/v1/Org/<orgId>}: saves the whole org document, written as it is given; returns the org. */
  Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document);

  /** {@code GET /api/v1/OrgSetting/<orgId>}: returns the org's t-settings by key. */
  Map<String, TSetting> getTSettings(BearerToken token, OrgRef org);

  /** {@code PUT /api/v1/OrgSetting/<orgId>} with {@code {"packets": [...]}}: changes t-settings. */
  void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets);

  /**
   * Sends {@code request} to any endpoint of the console, with the bearer token, and returns
   * the console's 2xx answer; any other status is reported through
   * {@link CrashPlanException#forStatus}, as for every other method.
   */
  ApiResponse send(BearerToken token, ApiRequest request);

  /** Releases connections and threads; the transport is not used afterwards. */
  @Override
  void close();
}
