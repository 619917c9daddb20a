package dev.crashplan4j.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** A device registered in an org of the fake tenant, with the agent properties it reports. */
final class FakeDevice {

  final String guid;
  final String name;
  final Map<String, String> agentProperties;
  boolean active = true;

  FakeDevice(String guid, String name, Map<String, String> agentProperties) {
    this.guid = guid;
    this.name = name;
    this.agentProperties = new LinkedHashMap<>(agentProperties);
  }

  /** The element of {@code agent-state/view-by-organization-id} for one property. */
  Map<String, Object> agentState(String property, long orgId) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deviceGuid", guid);
    json.put("deviceName", name);
    json.put("orgId", orgId);
    json.put("propertyName", property);
    json.put("value", agentProperties.get(property));
    json.put("active", active);
    return json;
  }
}
