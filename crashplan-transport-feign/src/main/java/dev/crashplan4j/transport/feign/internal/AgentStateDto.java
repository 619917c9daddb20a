package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One device's state of one agent property; the console does not document the fields. */
final class AgentStateDto {
  public String deviceGuid;
  public String propertyName;
  public String value;
  public final Map<String, Object> other = new LinkedHashMap<>();

  @JsonAnySetter
  void other(String name, Object value) {
    other.put(name, value);
  }
}
