package dev.crashplan4j.examples;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A transport of one's own, as the README's example plugs in: here one that counts the
 * requests of each kind it sends (a team's own metrics, say) and leaves the wire to the
 * default transport. The contract test next to it proves it speaks the port.
 */
final class MyTransport implements CrashPlanTransport {

  private final CrashPlanTransport wire;
  private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();

  MyTransport(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
    this.wire = new FeignTransportProvider().create(TransportConfig.builder()
        .baseUrl(baseUrl).connectTimeout(connectTimeout).readTimeout(readTimeout).build());
  }

  /** How many requests of each kind were sent. */
  Map<String, LongAdder> sent() {
    return sent;
  }

  private void count(String kind) {
    sent.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  @Override public BearerToken requestApiClientToken(ApiClientTokenRequest request) {
    count("token");
    return wire.requestApiClientToken(request);
  }

  @Override public BearerToken requestUserToken(UserTokenRequest request) {
    count("token");
    return wire.requestUserToken(request);
  }

  @Override public LoginType loginType(String username) {
    count("read");
    return wire.loginType(username);
  }

  @Override public OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra) {
    count("read");
    return wire.listOrgs(token, pageNum, pageSize, extra);
  }

  @Override public Org getOrg(BearerToken token, OrgRef org, QueryParameters extra) {
    count("read");
    return wire.getOrg(token, org, extra);
  }

  @Override public Org getCurrentOrg(BearerToken token, QueryParameters extra) {
    count("read");
    return wire.getCurrentOrg(token, extra);
  }

  @Override public Org createOrg(BearerToken token, CreateOrgRequest request) {
    count("write");
    return wire.createOrg(token, request);
  }

  @Override public Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update) {
    count("write");
    return wire.updateOrg(token, org, update);
  }

  @Override public void blockOrg(BearerToken token, OrgRef org) {
    count("write");
    wire.blockOrg(token, org);
  }

  @Override public void unblockOrg(BearerToken token, OrgRef org) {
    count("write");
    wire.unblockOrg(token, org);
  }

  @Override public void deactivateOrg(BearerToken token, OrgRef org) {
    count("write");
    wire.deactivateOrg(token, org);
  }

  @Override public void reactivateOrg(BearerToken token, OrgRef org) {
    count("write");
    wire.reactivateOrg(token, org);
  }

  @Override public List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName) {
    count("read");
    return wire.agentStates(token, org, propertyName);
  }

  @Override public Map<String, Object> getOrgDocument(BearerToken token, OrgRef org) {
    count("read");
    return wire.getOrgDocument(token, org);
  }

  @Override public Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document) {
    count("write");
    return wire.putOrgDocument(token, org, document);
  }

  @Override public Map<String, TSetting> getTSettings(BearerToken token, OrgRef org) {
    count("read");
    return wire.getTSettings(token, org);
  }

  @Override public void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets) {
    count("write");
    wire.putTSettings(token, org, packets);
  }

  @Override public ApiResponse send(BearerToken token, ApiRequest request) {
    count("other");
    return wire.send(token, request);
  }

  @Override public void close() {
    wire.close();
  }
}
