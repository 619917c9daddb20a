package dev.crashplan4j.testkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.OrgSeed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A tenant described in a JSON or YAML file, for the standalone fake: API clients, local users
 * and an org tree with users, devices and settings. Strict: a field it does not know is an
 * error naming it and its line, so that a typo does not seed a tenant other than the one meant.
 *
 * <pre>
 * apiClients:
 *   - {id: ci, secret: ci-secret}
 * localUsers:
 *   - {username: ana, password: pw, totpSecret: JBSWY3DPEHPK3PXP}
 * orgs:
 *   - name: Acme
 *     externalReference: CUST-1
 *     users: [ana@acme.example]
 *     settings: {archiveHoldDays: 90}
 *     tSettings: {device_webRestore_enabled: {value: "false", locked: true}}
 *     children:
 *       - name: Acme Sales
 *         devices: [{name: mac-ana, agentProperties: {fullDiskAccess: "true"}}]
 * </pre>
 */
public record TenantFile(List<ApiClient> apiClients, List<LocalUser> localUsers, List<OrgEntry> orgs) {

  /** An API client that signs in with the client credentials flow. */
  public record ApiClient(String id, String secret) {}

  /** A local user of the root org; {@code totpSecret} (Base32) turns two-factor sign-in on. */
  public record LocalUser(String username, String password, String totpSecret) {}

  /** An org, its children below it. */
  public record OrgEntry(
      String name,
      String externalReference,
      String notes,
      boolean blocked,
      boolean deactivated,
      List<String> users,
      List<Device> devices,
      Map<String, Object> settings,
      Map<String, TSetting> tSettings,
      List<OrgEntry> children) {}

  /** A device and the agent properties it reports. */
  public record Device(String name, Map<String, String> agentProperties) {}

  /** A t-setting's value, locked or not. */
  public record TSetting(String value, boolean locked) {}

  /**
   * Reads the file: YAML when its name ends in {@code .yaml} or {@code .yml}, JSON when in
   * {@code .json}.
   *
   * @throws IllegalArgumentException naming the file, and the line and field where it can
   */
  public static TenantFile read(Path file) {
    ObjectMapper mapper = mapperFor(file);
    try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
      try {
        TenantFile tenant = mapper.readValue(parser, TenantFile.class);
        if (tenant == null) {
          throw new IllegalArgumentException(file + " is empty: it needs apiClients, localUsers or orgs");
        }
        tenant.check(file);
        return tenant;
      } catch (JacksonException problem) {
        // Where the token read last starts: the parser's own position is past it, on the next line.
        // Not for an unknown field: records are read whole first, so that token ends the object;
        // the path says where the field is.
        String where = problem instanceof UnrecognizedPropertyException ? ": " : where(parser.currentTokenLocation());
        throw new IllegalArgumentException(file + where + what(problem, mapper), problem);
      }
    } catch (NoSuchFileException missing) {
      throw new IllegalArgumentException(file + " does not exist", missing);
    } catch (IOException unreadable) {
      throw new IllegalArgumentException(file + " cannot be read: " + unreadable.getMessage(), unreadable);
    }
  }

  private static String what(JacksonException problem, ObjectMapper mapper) {
    for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml) {
        return "not valid YAML: " + yaml.getContext() + ", " + yaml.getProblem();
      }
    }
    if (problem instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "' in " + path(unknown, 1) + "; known there: "
          + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
    if (problem instanceof JsonMappingException wrongShape) {
      return path(wrongShape, 0) + ": " + firstLine(wrongShape.getOriginalMessage());
    }
    return "not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON") + ": " + firstLine(problem.getOriginalMessage());
  }

  /**
   * Seeds {@code tenant} with what the file describes: its API clients and local users, and its
   * orgs under the root org.
   *
   * @throws IllegalArgumentException when a TOTP secret is not Base32, naming the user
   */
  public void seed(FakeTenant tenant) {
    for (ApiClient client : list(apiClients)) {
      tenant.addApiClient(client.id(), client.secret());
    }
    for (LocalUser user : list(localUsers)) {
      if (user.totpSecret() == null) {
        tenant.addLocalUser(user.username(), user.password());
      } else {
        try {
          tenant.addLocalUser(user.username(), user.password(), user.totpSecret());
        } catch (IllegalArgumentException notBase32) {
          throw new IllegalArgumentException("local user " + user.username() + ": " + notBase32.getMessage(), notBase32);
        }
      }
    }
    tenant.seed(list(orgs).stream().map(TenantFile::toSeed).toArray(OrgSeed[]::new));
  }

  /** Whether the file names an API client: without one, nobody could sign in as a client. */
  public boolean hasApiClients() {
    return !list(apiClients).isEmpty();
  }

  private void check(Path file) {
    List<ApiClient> clients = list(apiClients);
    for (int i = 0; i < clients.size(); i++) {
      if (blank(clients.get(i).id()) || blank(clients.get(i).secret())) {
        throw new IllegalArgumentException(file + ": apiClients[" + i + "] needs an id and a secret");
      }
    }
    List<LocalUser> users = list(localUsers);
    for (int i = 0; i < users.size(); i++) {
      if (blank(users.get(i).username()) || blank(users.get(i).password())) {
        throw new IllegalArgumentException(file + ": localUsers[" + i + "] needs a username and a password");
      }
    }
    checkOrgs(file, "orgs", list(orgs));
  }

  private static void checkOrgs(Path file, String at, List<OrgEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      OrgEntry org = entries.get(i);
      String here = at + "[" + i + "]";
      if (org == null || blank(org.name())) {
        throw new IllegalArgumentException(file + ": " + here + " needs a name");
      }
      for (Device device : list(org.devices())) {
        if (device == null || blank(device.name())) {
          throw new IllegalArgumentException(file + ": a device of " + here + " (" + org.name() + ") needs a name");
        }
      }
      if (org.tSettings() != null) {
        org.tSettings().forEach((key, setting) -> {
          if (setting == null || setting.value() == null) {
            throw new IllegalArgumentException(file + ": t-setting " + key + " of " + here + " (" + org.name()
                + ") needs a value");
          }
        });
      }
      checkOrgs(file, here + ".children", list(org.children()));
    }
  }

  private static OrgSeed toSeed(OrgEntry entry) {
    OrgSeed seed = OrgSeed.org(entry.name());
    if (entry.externalReference() != null) {
      seed.externalReference(entry.externalReference());
    }
    if (entry.notes() != null) {
      seed.notes(entry.notes());
    }
    if (entry.blocked()) {
      seed.blocked();
    }
    if (entry.deactivated()) {
      seed.deactivated();
    }
    list(entry.users()).forEach(seed::user);
    list(entry.devices()).forEach(device ->
        seed.device(device.name(), device.agentProperties() == null ? Map.of() : device.agentProperties()));
    if (entry.settings() != null) {
      seed.settings(entry.settings());
    }
    if (entry.tSettings() != null) {
      entry.tSettings().forEach((key, setting) -> seed.tSetting(key, setting.value(), setting.locked()));
    }
    list(entry.children()).forEach(child -> seed.child(toSeed(child)));
    return seed;
  }

  private static ObjectMapper mapperFor(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = new YAMLMapper();
    } else if (name.endsWith(".json")) {
      mapper = new JsonMapper();
    } else {
      throw new IllegalArgumentException(file + " is neither JSON (.json) nor YAML (.yaml, .yml)");
    }
    return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ": " : ": line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /** Where in the file the problem is, as {@code orgs[0].children[1]}, less its last {@code drop} steps. */
  private static String path(JsonMappingException problem, int drop) {
    StringBuilder path = new StringBuilder();
    List<JsonMappingException.Reference> steps = problem.getPath();
    for (JsonMappingException.Reference step : steps.subList(0, Math.max(0, steps.size() - drop))) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "the file" : path.toString();
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : new ArrayList<>(values);
  }
}
