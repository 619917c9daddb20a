package dev.crashplan4j.transport.feign.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The console's endpoints, as Feign calls them; one method per request of the port. */
interface ConsoleApi {

  @RequestLine("POST /api/v3/oauth/token?grant_type=client_credentials")
  @Headers("Authorization: {basic}")
  TokenDtos.OAuthToken apiClientToken(@Param("basic") String basic);

  @RequestLine("GET /api/v3/auth/jwt?useBody=true")
  @Headers({"Authorization: {basic}", "totp-auth: {totp}"})
  TokenDtos.UserToken userToken(@Param("basic") String basic, @Param("totp") String totp);

  @RequestLine("GET /api/v3/LoginConfiguration?username={username}")
  TokenDtos.LoginConfiguration loginConfiguration(@Param("username") String username);

  @RequestLine("GET /api/v1/Org?pgNum={pgNum}&pgSize={pgSize}")
  @Headers("Authorization: Bearer {token}")
  OrgListDto listOrgs(
      @Param("token") String token,
      @Param("pgNum") int pgNum,
      @Param("pgSize") int pgSize,
      @QueryMap Map<String, String> extra);

  @RequestLine("GET /api/v3/orgs/{guid}")
  @Headers("Authorization: Bearer {token}")
  OrgDto getOrg(@Param("token") String token, @Param("guid") String guid, @QueryMap Map<String, String> extra);

  @RequestLine("GET /api/v1/Org/my")
  @Headers("Authorization: Bearer {token}")
  OrgDto currentOrg(@Param("token") String token, @QueryMap Map<String, String> extra);

  @RequestLine("POST /api/v3/orgs")
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto createOrg(@Param("token") String token, OrgWriteDtos.Create body);

  @RequestLine("PUT /api/v3/orgs/{guid}")
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto updateOrg(@Param("token") String token, @Param("guid") String guid, OrgWriteDtos.Update body);

  @RequestLine("POST /api/v3/orgs/{guid}/{action}")
  @Headers("Authorization: Bearer {token}")
  NoContent orgAction(@Param("token") String token, @Param("guid") String guid, @Param("action") String action);

  @RequestLine("GET /api/v1/Org/{orgId}?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true")
  @Headers("Authorization: Bearer {token}")
  Map<String, Object> orgDocument(@Param("token") String token, @Param("orgId") long orgId);

  @RequestLine("PUT /api/v1/Org/{orgId}")
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  OrgDto putOrgDocument(@Param("token") String token, @Param("orgId") long orgId, Map<String, Object> document);

  @RequestLine("GET /api/v1/OrgSetting/{orgId}")
  @Headers("Authorization: Bearer {token}")
  Map<String, TSettingDto> tSettings(@Param("token") String token, @Param("orgId") long orgId);

  @RequestLine("PUT /api/v1/OrgSetting/{orgId}")
  @Headers({"Authorization: Bearer {token}", "Content-Type: application/json"})
  NoContent putTSettings(@Param("token") String token, @Param("orgId") long orgId, TSettingDto.Packets packets);

  @RequestLine("GET /api/v38/agent-state/view-by-organization-id?orgId={orgId}&propertyName={propertyName}")
  @Headers("Authorization: Bearer {token}")
  List<AgentStateDto> agentStates(
      @Param("token") String token, @Param("orgId") long orgId, @Param("propertyName") String propertyName);
}
