package dev.crashplan4j.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** A user of the fake tenant: who signs in, and in which org. Guarded by the tenant's lock. */
final class FakeUser {

  final long id;
  final String uid;
  final String username;
  final FakeOrg org;
  final String password;
  final String totpSecret;
  final boolean sso;
  boolean active = true;

  FakeUser(long id, String uid, String username, FakeOrg org, String password, String totpSecret, boolean sso) {
    this.id = id;
    this.uid = uid;
    this.username = username;
    this.org = org;
    this.password = password;
    this.totpSecret = totpSecret;
    this.sso = sso;
  }

  String loginType() {
    return sso ? "CLOUD_SSO" : totpSecret != null ? "LOCAL_2FA" : "LOCAL";
  }

  /** The user as {@code GET /api/v1/User/my} writes it. */
  Map<String, Object> toWire() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", id);
    json.put("userUid", uid);
    json.put("username", username);
    json.put("email", username.contains("@") ? username : null);
    json.put("orgId", org.id);
    json.put("orgUid", org.uid);
    json.put("orgName", org.name);
    json.put("active", active);
    json.put("blocked", org.blocked);
    json.put("status", active ? "Active" : "Deactivated");
    return json;
  }
}
