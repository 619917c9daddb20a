package dev.crashplan4j.api.tree;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crashplan4j.core.domain.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plan to and from its JSON, field by field: the JSON is the plan's interface, not a Java type's shape. */
final class PlanJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanJson() {}

  static String write(OrgPlan plan) {
    ObjectNode root = NODES.objectNode();
    ArrayNode changes = root.putArray("changes");
    for (OrgChange change : plan.changes()) {
      ObjectNode node = changes.addObject();
      change.externalReference().ifPresent(reference -> node.put("externalReference", reference));
      node.put("action", change.action().wireName());
      change.orgId().ifPresent(id -> node.put("orgId", id.value()));
      if (!change.before().isEmpty()) {
        node.set("before", values(change.before()));
      }
      if (!change.after().isEmpty()) {
        node.set("after", values(change.after()));
      }
      change.reason().ifPresent(reason -> node.put("reason", reason));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException cannot) {
      throw new IllegalStateException("a plan of text, numbers and booleans did not write as JSON", cannot);
    }
  }

  static OrgPlan read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException malformed) {
      throw new IllegalArgumentException("the plan is not JSON: " + malformed.getOriginalMessage()
          + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr() + ")"));
    }
    if (root == null || !root.path("changes").isArray()) {
      throw new IllegalArgumentException("the plan has no changes list: it is {\"changes\": [...]}");
    }
    List<OrgChange> changes = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.get("changes")) {
      try {
        changes.add(change(node));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException("change " + index + " of the plan: " + bad.getMessage(), bad);
      }
      index++;
    }
    return new OrgPlan(changes);
  }

  private static OrgChange change(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a change is an object, not " + node.getNodeType());
    }
    OrgChange.Builder change = OrgChange.builder();
    if (node.hasNonNull("externalReference")) {
      change.externalReference(text(node.get("externalReference"), "externalReference"));
    }
    change.action(ChangeAction.fromWire(text(node.path("action"), "action")));
    if (node.hasNonNull("orgId")) {
      if (!node.get("orgId").canConvertToLong() || !node.get("orgId").isIntegralNumber()) {
        throw new IllegalArgumentException("orgId is a whole number, not " + node.get("orgId"));
      }
      change.orgId(OrgId.of(node.get("orgId").longValue()));
    }
    change.before(values(node.path("before"), "before"));
    change.after(values(node.path("after"), "after"));
    if (node.hasNonNull("reason")) {
      change.reason(text(node.get("reason"), "reason"));
    }
    return change.build();
  }

  private static ObjectNode values(Map<String, Object> values) {
    ObjectNode node = NODES.objectNode();
    values.forEach((key, value) -> node.set(key, MAPPER.valueToTree(value)));
    return node;
  }

  private static Map<String, Object> values(JsonNode node, String name) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return values;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(name + " is an object, not " + node.getNodeType());
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Object value = MAPPER.convertValue(field.getValue(), Object.class);
      if (value == null) {
        continue;
      }
      Object normal = SettingKey.named(field.getKey()).map(setting -> setting.normal(value)).orElse(value);
      values.put(field.getKey(), normal);
    }
    return values;
  }

  private static String text(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException(name + " is text, not " + (node.isMissingNode() ? "missing" : node.toString()));
    }
    return node.asText();
  }
}
