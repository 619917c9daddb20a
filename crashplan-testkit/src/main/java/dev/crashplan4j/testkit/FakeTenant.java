package dev.crashplan4j.testkit;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.settings.JsonTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The state of one fake CrashPlan tenant, with the console's rules: an org tree under one root
 * org, ids, uids and guids, block and deactivation cascading to descendants, API clients and
 * local users. Signing in and the tokens issued are its {@link TokenIssuer}'s. Shared by
 * {@link FakeCrashPlanServer} and {@link InMemoryTransport}; thread-safe (one lock; every call
 * is short).
 *
 * <pre>{@code
 * FakeTenant tenant = server.tenant();
 * Org sales = tenant.addOrg("Sales");
 * tenant.addOrg("Sales EMEA", sales.id());
 * tenant.addDevice(sales.id(), "laptop-1", Map.of("fullDiskAccess", "true"));
 * }</pre>
 */
public final class FakeTenant {

  /** The name of the org every fake tenant starts with. */
  public static final String ROOT_ORG_NAME = "Root Org";

  /** How long API-client tokens live unless set otherwise: the console's 15 minutes. */
  public static final Duration DEFAULT_API_CLIENT_TOKEN_LIFETIME = Duration.ofMinutes(15);

  private final Clock clock;
  private final Random random = new Random(42);
  private final Map<Long, FakeOrg> orgsById = new LinkedHashMap<>();
  // Ids only grow, so this list is in id order and pages are views of it.
  private final List<FakeOrg> orgsInIdOrder = new ArrayList<>();
  private final Map<String, FakeOrg> orgsByGuid = new LinkedHashMap<>();
  private final Map<String, FakeUser> users = new LinkedHashMap<>();
  private final TokenIssuer tokens;
  private final String tenantUid;
  private final FakeOrg root;
  private long nextOrgId = 1;
  private long nextUserId = 1;

  /** Creates a tenant with its root org, on the system clock. */
  public FakeTenant() {
    this(Clock.systemUTC());
  }

  /** Creates a tenant with its root org; token expiry follows {@code clock}. */
  public FakeTenant(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = new TokenIssuer(clock);
    this.tenantUid = uuid();
    this.root = newOrg(ROOT_ORG_NAME, null);
  }

  // ---- seeding ----------------------------------------------------------------------------

  /** Returns the root org, the parent of orgs created without one. */
  public synchronized Org rootOrg() {
    return root.toOrg();
  }

  /** Adds an org under the root org and returns it. */
  public synchronized Org addOrg(String name) {
    return newOrg(name, root).toOrg();
  }

  /** Adds an org under {@code parent} and returns it. */
  public synchronized Org addOrg(String name, OrgId parent) {
    return newOrg(name, org(parent.value())).toOrg();
  }

  /** Adds {@code count} orgs under the root org, named {@code Org 1}, {@code Org 2}... */
  public synchronized void addOrgs(int count) {
    for (int i = 0; i < count; i++) {
      newOrg("Org " + nextOrgId, root);
    }
  }

  /** Registers a device in the org, reporting the given agent properties. */
  public synchronized void addDevice(OrgId org, String name, Map<String, String> agentProperties) {
    org(org.value()).devices.add(new FakeDevice(uuid(), name, agentProperties));
  }

  /** Registers an API client that signs in with the client credentials flow. */
  public void addApiClient(String clientId, String secret) {
    tokens.addApiClient(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(secret, "secret"));
  }

  /** Registers a local user of the root org who signs in with a password. */
  public synchronized void addLocalUser(String username, String password) {
    newUser(username, root, Objects.requireNonNull(password, "password"), null, false);
  }

  /**
   * Registers a local user of the root org with two-factor authentication: every sign-in needs
   * the RFC 6238 code (HMAC-SHA1, 30 s steps, 6 digits) of {@code totpSecret}, Base32 text as an
   * authenticator app takes it, such as {@code JBSWY3DPEHPK3PXP}.
   *
   * @throws IllegalArgumentException when the secret is not Base32
   */
  public synchronized void addLocalUser(String username, String password, String totpSecret) {
    Totp.checkSecret(Objects.requireNonNull(totpSecret, "totpSecret"));
    newUser(username, root, Objects.requireNonNull(password, "password"), totpSecret, false);
  }

  /** Registers a user who signs in through SSO: the console refuses their password sign-in. */
  public synchronized void addSsoUser(String username) {
    newUser(username, root, null, null, true);
  }

  /** Sets how long API-client tokens issued from now on live; 900 seconds unless set. */
  public void apiClientTokenLifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive, was " + lifetime);
    }
    tokens.apiClientTokenLifetime(lifetime);
  }

  /**
   * Seeds the described orgs under the root org, with their users, devices and children, and
   * returns every org seeded, by name.
   */
  public synchronized Map<String, Org> seed(OrgSeed... orgs) {
    Map<String, Org> seeded = new LinkedHashMap<>();
    for (OrgSeed org : orgs) {
      seed(org, root, seeded);
    }
    return seeded;
  }

  private void seed(OrgSeed seed, FakeOrg parent, Map<String, Org> seeded) {
    FakeOrg org = newOrg(seed.name, parent);
    org.extRef = seed.externalReference;
    org.notes = seed.notes;
    seed.users.forEach(username -> newUser(username, org, null, null, false));
    seed.devices.forEach((name, properties) -> org.devices.add(new FakeDevice(uuid(), name, properties)));
    if (!seed.settings.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> own = (Map<String, Object>) settingsOf(org).get("settings");
      own.putAll(copyOf(seed.settings));
    }
    seed.tSettings.forEach((key, setting) -> putTSettings(org.id, List.of(Map.of(
        "key", key, "value", setting.get("value"), "locked", setting.get("locked")))));
    seed.children.forEach(child -> seed(child, org, seeded));
    if (seed.blocked) {
      setBlocked(org, true);
    }
    if (seed.deactivated) {
      deactivate(org.guid);
    }
    seeded.put(seed.name, org.toOrg());
  }

  // ---- inspection -------------------------------------------------------------------------

  /** Returns the org with this id as the console has it now, if it exists. */
  public synchronized Optional<Org> org(OrgId id) {
    return Optional.ofNullable(orgsById.get(id.value())).map(FakeOrg::toOrg);
  }

  /** Returns every org, in id order. */
  public synchronized List<Org> orgs() {
    return orgsById.values().stream().map(FakeOrg::toOrg).collect(Collectors.toList());
  }

  /** Whether the user exists and is active: deactivating their org deactivates them. */
  public synchronized boolean userActive(String username) {
    FakeUser user = users.get(username);
    return user != null && user.active;
  }

  /** How many devices of the org are active: deactivating the org stops them. */
  public synchronized long activeDevices(OrgId org) {
    return org(org.value()).devices.stream().filter(device -> device.active).count();
  }

  /**
   * Returns the org document that {@code GET /api/v1/Org/<orgId>?incSettings=true...} serves
   * for this org now: its fields, settings and device defaults, as plain Java values (a copy).
   */
  public synchronized Map<String, Object> settingsDocument(OrgId org) {
    return settingsDocument(org(org.value()));
  }

  /**
   * Changes the org's settings document in place, for shapes a test needs (a locked value, a
   * set without paths...); the org's own fields follow the org, not the document.
   */
  public synchronized void editSettingsDocument(OrgId org, Consumer<Map<String, Object>> edit) {
    FakeOrg fake = org(org.value());
    edit.accept(settingsOf(fake));
  }

  /** Returns the org's t-settings as {@code GET /api/v1/OrgSetting/<orgId>} serves them (a copy). */
  public synchronized Map<String, Map<String, Object>> tSettings(OrgId org) {
    return copyOf(tSettingsOf(org(org.value())));
  }

  /** How many tokens the tenant has issued, of both flows: each is new, so renewals show. */
  public int tokensIssued() {
    return tokens.issuedCount();
  }

  /**
   * Every token issued so far, oldest first: a test can look for them where they must never
   * appear (logs, exception messages).
   */
  public List<String> issuedTokens() {
    return tokens.issued();
  }

  /** How many valid tokens were made invalid by {@link Fault#expiredToken()}: each is one expiry. */
  public int tokensRevoked() {
    return tokens.revokedCount();
  }

  /** Makes every issued token invalid, as if they all expired: the next call gets a 401. */
  public void expireAllTokens() {
    tokens.expireAll();
  }

  /** Returns the current two-factor code of the Base32 {@code totpSecret}, as an authenticator app shows it. */
  public String totpCode(String totpSecret) {
    return Totp.code(totpSecret, clock.instant());
  }

  // ---- the console's behaviour ------------------------------------------------------------

  /** The tenant's sign-in desk: API clients and the tokens issued. */
  TokenIssuer tokens() {
    return tokens;
  }

  /** Signs a local user in: a user token when the password, and the TOTP code where needed, are right. */
  synchronized String issueUserToken(String username, String password, String totpCode) {
    FakeUser user = users.get(username);
    if (user == null || user.sso || user.password == null || !user.password.equals(password) || !user.active) {
      throw ConsoleRefusal.unauthorized();
    }
    if (user.totpSecret != null && !Totp.accepts(user.totpSecret, totpCode, clock.instant())) {
      throw ConsoleRefusal.of(401, "TOTP_AUTH_CONFIGURATION_REQUIRED_FOR_USER", "A valid TOTP code is required");
    }
    return tokens.issueUserToken(username);
  }

  synchronized String loginType(String username) {
    FakeUser user = users.get(username);
    // The console does not tell strangers that a user does not exist.
    return user == null ? "LOCAL_2FA" : user.loginType();
  }

  String tenantUid() {
    return tenantUid;
  }

  /** The time by the console's clock, as its answers' Date header would say. */
  Instant consoleTime() {
    return clock.instant();
  }

  synchronized List<FakeOrg> page(int pageNum, int pageSize) {
    long from = (long) (pageNum - 1) * pageSize;
    if (from >= orgsInIdOrder.size()) {
      return List.of();
    }
    return List.copyOf(orgsInIdOrder.subList((int) from, (int) Math.min(orgsInIdOrder.size(), from + pageSize)));
  }

  /** The users, as {@code GET /api/v1/User} lists them, of the org with {@code orgUid} or of all when null. */
  synchronized List<Map<String, Object>> users(String orgUid) {
    return users.values().stream().filter(user -> orgUid == null || user.org.uid.equals(orgUid))
        .map(FakeUser::toWire).collect(Collectors.toList());
  }

  synchronized FakeUser currentUser(TokenIssuer.Principal principal) {
    if (principal.kind() == TokenIssuer.Principal.Kind.API_CLIENT) {
      throw ConsoleRefusal.of(500, "SYSTEM", "An unexpected error occurred");
    }
    return users.get(principal.name());
  }

  synchronized int orgCount() {
    return orgsById.size();
  }

  synchronized FakeOrg orgByGuid(String guid) {
    FakeOrg org = orgsByGuid.get(guid);
    if (org == null) {
      throw ConsoleRefusal.orgNotFound("orgGuid " + guid);
    }
    return org;
  }

  synchronized FakeOrg orgById(long id) {
    FakeOrg org = orgsById.get(id);
    if (org == null) {
      throw ConsoleRefusal.orgNotFound("orgId " + id);
    }
    return org;
  }

  synchronized FakeOrg currentOrg(TokenIssuer.Principal principal) {
    // What the real console does: Org/my looks up a user that an API client does not have.
    return currentUser(principal).org;
  }

  synchronized FakeOrg createOrg(String name, String extRef, String notes, String parentGuid) {
    if (name == null || name.isBlank()) {
      throw ConsoleRefusal.badRequest("orgName is required");
    }
    FakeOrg parent = root;
    if (parentGuid != null) {
      parent = orgsByGuid.get(parentGuid);
      if (parent == null) {
        throw ConsoleRefusal.badRequest("Invalid parentOrgGuid " + parentGuid);
      }
    }
    FakeOrg org = newOrg(name, parent);
    org.extRef = extRef;
    org.notes = notes;
    return org;
  }

  /** Changes the fields present in {@code fields} ({@code orgName}, {@code orgExtRef}, {@code notes}). */
  synchronized FakeOrg updateOrg(String guid, Map<String, ?> fields) {
    FakeOrg org = orgByGuid(guid);
    if (fields.containsKey("orgName")) {
      Object name = fields.get("orgName");
      if (!(name instanceof String text) || text.isBlank()) {
        throw ConsoleRefusal.badRequest("orgName must not be blank");
      }
      org.name = text;
    }
    if (fields.containsKey("orgExtRef")) {
      org.extRef = (String) fields.get("orgExtRef");
    }
    if (fields.containsKey("notes")) {
      org.notes = (String) fields.get("notes");
    }
    org.modified = now();
    return org;
  }

  synchronized void block(String guid) {
    setBlocked(orgByGuid(guid), true);
  }

  synchronized void unblock(String guid) {
    setBlocked(orgByGuid(guid), false);
  }

  /** Deactivates the org and its descendants, with their devices: backups stop. */
  synchronized void deactivate(String guid) {
    OffsetDateTime now = now();
    for (FakeOrg org : orgByGuid(guid).withDescendants()) {
      if (org.active) {
        org.active = false;
        org.deactivated = now;
        org.modified = now;
        org.devices.forEach(device -> device.active = false);
        users.values().stream().filter(user -> user.org == org).forEach(user -> user.active = false);
      }
    }
  }

  /**
   * Reactivates the org and its descendants; their users and devices stay deactivated, so
   * backups do not restart until they are reactivated one by one.
   */
  synchronized void reactivate(String guid) {
    OffsetDateTime now = now();
    for (FakeOrg org : orgByGuid(guid).withDescendants()) {
      if (!org.active) {
        org.active = true;
        org.deactivated = null;
        org.modified = now;
      }
    }
  }

  synchronized List<Map<String, Object>> agentStates(long orgId, String property) {
    FakeOrg org = orgById(orgId);
    return org.devices.stream().map(device -> device.agentState(property, org.id)).collect(Collectors.toList());
  }

  synchronized Map<String, Object> settingsDocument(long orgId) {
    return settingsDocument(orgById(orgId));
  }

  /** Saves a whole org document sent back by a client: its org fields and its settings. */
  synchronized Map<String, Object> putSettingsDocument(long orgId, Map<String, Object> document) {
    FakeOrg org = orgById(orgId);
    Object id = document.get("orgId");
    if (!(id instanceof Number number) || number.longValue() != orgId) {
      throw ConsoleRefusal.badRequest("the document's orgId must be " + orgId);
    }
    Object name = document.get("orgName");
    if (!(name instanceof String text) || text.isBlank()) {
      throw ConsoleRefusal.badRequest("orgName must not be blank");
    }
    org.name = text;
    org.extRef = document.get("orgExtRef") == null ? null : document.get("orgExtRef").toString();
    org.notes = document.get("notes") == null ? null : document.get("notes").toString();
    org.modified = now();
    // A document read without some parts (no incDeviceDefaults, say) leaves those parts alone.
    Map<String, Object> settings = settingsOf(org);
    document.forEach((key, value) -> settings.put(key, JsonTree.copy(value)));
    org.toWire().keySet().forEach(settings::remove);
    return settingsDocument(org);
  }

  synchronized Map<String, Map<String, Object>> tSettings(long orgId) {
    return copyOf(tSettingsOf(orgById(orgId)));
  }

  /** Applies t-setting packets ({@code key}, {@code value}, {@code locked}). */
  synchronized void putTSettings(long orgId, List<Map<String, Object>> packets) {
    Map<String, Map<String, Object>> settings = tSettingsOf(orgById(orgId));
    for (Map<String, Object> packet : packets) {
      Object key = packet.get("key");
      Object value = packet.get("value");
      if (!(key instanceof String name) || name.isBlank() || value == null) {
        throw ConsoleRefusal.badRequest("each packet needs a key and a value");
      }
      Map<String, Object> setting = settings.computeIfAbsent(name, k -> new LinkedHashMap<>());
      setting.put("scope", "ORG");
      setting.put("value", value.toString());
      setting.put("locked", Boolean.TRUE.equals(packet.get("locked")));
      setting.putIfAbsent("id", settings.size());
    }
  }

  // ---- internals --------------------------------------------------------------------------

  private Map<String, Object> settingsDocument(FakeOrg org) {
    Map<String, Object> document = org.toWire();
    document.putAll(copyOf(settingsOf(org)));
    return document;
  }

  private Map<String, Object> settingsOf(FakeOrg org) {
    if (org.settings == null) {
      org.settings = SettingsTemplate.newSettings(org == root);
    }
    return org.settings;
  }

  private Map<String, Map<String, Object>> tSettingsOf(FakeOrg org) {
    if (org.tSettings.isEmpty()) {
      org.tSettings.putAll(SettingsTemplate.newTSettings());
    }
    return org.tSettings;
  }

  @SuppressWarnings("unchecked")
  private static <T> T copyOf(T tree) {
    return (T) JsonTree.copy(tree);
  }

  private FakeOrg org(long id) {
    FakeOrg org = orgsById.get(id);
    if (org == null) {
      throw new IllegalArgumentException("the fake tenant has no org " + id);
    }
    return org;
  }

  private FakeOrg newOrg(String name, FakeOrg parent) {
    long id = nextOrgId++;
    // Uids and guids that look like the console's and never equal the id, so a mix-up shows.
    String uid = Long.toString(880_000_000_000_000_000L + id * 7919L);
    String registrationKey = String.format("%04X-%04X-%04X-%04X",
        random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    FakeOrg org = new FakeOrg(id, uid, uuid(), parent, name, registrationKey, now());
    if (parent != null) {
      parent.children.add(org);
    }
    orgsById.put(id, org);
    orgsInIdOrder.add(org);
    orgsByGuid.put(org.guid, org);
    return org;
  }

  private void newUser(String username, FakeOrg org, String password, String totpSecret, boolean sso) {
    Objects.requireNonNull(username, "username");
    long id = nextUserId++;
    users.put(username, new FakeUser(id, Long.toString(770_000_000_000_000_000L + id * 104_729L),
        username, org, password, totpSecret, sso));
  }

  private void setBlocked(FakeOrg top, boolean blocked) {
    OffsetDateTime now = now();
    for (FakeOrg org : top.withDescendants()) {
      org.blocked = blocked;
      org.modified = now;
    }
  }

  private OffsetDateTime now() {
    // The console stores milliseconds.
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  private String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
