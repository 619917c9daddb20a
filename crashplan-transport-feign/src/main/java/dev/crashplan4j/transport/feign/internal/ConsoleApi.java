package dev.crashplan4j.transport.feign.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/**
 * The console's endpoints in Feign's annotations, one method per request of the port:
 * {@link Endpoint} reads them once as Feign's contract reads them and {@link ConsoleCalls} sends
 * them. A slash in a value stays encoded
 * ({@code decodeSlash = false}): an id is one path segment, never two, and Feign's decoding ran a
 * regular expression over every value of every request.
 */
interface ConsoleApi {

  @RequestLine(value = "POST /api/v3/oauth/token?grant_type=client_credentials", decodeSlash = false)
  @Headers("Authorization: {basic}")
  TokenDtos.OAuthToken apiClientToken(@Param("basic") String basic);

  @RequestLine(value = "GET /api/v3/auth/jwt?useBody=true", decodeSlash = false)
  @Headers({"Authorization: {basic}", "totp-auth: {totp}"})
  TokenDtos.UserToken userToken(@Param("basic") String basic, @Param("totp") String totp);

  @RequestLine(value = "GET /api/v3/LoginConfiguration?username={username}", decodeSlash = false)
  TokenDtos.LoginConfiguration loginConfiguration(@Param("username") String username);

  @RequestLine(value = "GET /api/v1/Org?pgNum={pgNum}&pgSize={pgSize}", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  OrgListDto listOrgs(
      @Param("token") String token,
      @Param("pgNum") int pgNum,
      @Param("pgSize") int pgSize,
      @QueryMap Map<String, String> extra);

  @RequestLine(value = "GET /api/v3/orgs/{guid}", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  OrgDto getOrg(@Param("token") String token, @Param("guid") String guid, @QueryMap Map<String, String> extra);

  @RequestLine(value = "GET /api/v1/Org/my", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  OrgDto currentOrg(@Param("token") String token, @QueryMap Map<String, String> extra);

  @RequestLine(value = "POST /api/v3/orgs", decodeSlash = false)
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto createOrg(@Param("token") String token, OrgWriteDtos.Create body);

  @RequestLine(value = "PUT /api/v3/orgs/{guid}", decodeSlash = false)
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto updateOrg(@Param("token") String token, @Param("guid") String guid, OrgWriteDtos.Update body);

  @RequestLine(value = "POST /api/v3/orgs/{guid}/block", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  NoContent blockOrg(@Param("token") String token, @Param("guid") String guid);

  @RequestLine(value = "POST /api/v3/orgs/{guid}/unblock", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  NoContent unblockOrg(@Param("token") String token, @Param("guid") String guid);

  @RequestLine(value = "POST /api/v3/orgs/{guid}/deactivate", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  NoContent deactivateOrg(@Param("token") String token, @Param("guid") String guid);

  @RequestLine(value = "POST /api/v3/orgs/{guid}/activate", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  NoContent activateOrg(@Param("token") String token, @Param("guid") String guid);

  @RequestLine(value = "GET /api/v1/Org/{orgId}?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  Map<String, Object> orgDocument(@Param("token") String token, @Param("orgId") long orgId);

  @RequestLine(value = "PUT /api/v1/Org/{orgId}", decodeSlash = false)
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto putOrgDocument(@Param("token") String token, @Param("orgId") long orgId, Map<String, Object> document);

  @RequestLine(value = "GET /api/v1/OrgSetting/{orgId}", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  Map<String, TSettingDto> tSettings(@Param("token") String token, @Param("orgId") long orgId);

  @RequestLine(value = "PUT /api/v1/OrgSetting/{orgId}", decodeSlash = false)
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  NoContent putTSettings(@Param("token") String token, @Param("orgId") long orgId, TSettingDto.Packets packets);

  @RequestLine(value = "GET /api/v38/agent-state/view-by-organization-id?orgId={orgId}&propertyName={propertyName}", decodeSlash = false)
  @Headers("Authorization: Bearer {token}")
  List<AgentStateDto> agentStates(
      @Param("token") String token, @Param("orgId") long orgId, @Param("propertyName") String propertyName);
}
