package dev.crashplan4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs in to the fake tenant: its API clients, the tokens it issued and to whom, and their
 * expiry on the tenant's clock. Users' passwords and two-factor secrets are the tenant's; it
 * asks this issuer for a token once it has checked them. Thread-safe (its own lock, taken
 * after the tenant's, never before).
 */
final class TokenIssuer {

  private final Clock clock;
  private final Map<String, String> apiClients = new LinkedHashMap<>();
  private final Map<String, Principal> tokens = new LinkedHashMap<>();
  private final List<String> issued = new ArrayList<>();
  private int revoked;
  private Duration apiClientTokenLifetime = FakeTenant.DEFAULT_API_CLIENT_TOKEN_LIFETIME;

  TokenIssuer(Clock clock) {
    this.clock = clock;
  }

  synchronized void addApiClient(String clientId, String secret) {
    apiClients.put(clientId, secret);
  }

  synchronized void apiClientTokenLifetime(Duration lifetime) {
    this.apiClientTokenLifetime = lifetime;
  }

  /** The client credentials flow: a token for a known API client with its secret, and its lifetime. */
  synchronized TokenGrant issueApiClientToken(String clientId, String secret) {
    String known = apiClients.get(clientId);
    if (known == null || !known.equals(secret)) {
      throw new ConsoleRefusal(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}");
    }
    String token = issue(new Principal(Principal.Kind.API_CLIENT, clientId, clock.instant().plus(apiClientTokenLifetime)));
    return new TokenGrant(token, apiClientTokenLifetime.toSeconds());
  }

  /** A user token for a user the tenant has signed in; user tokens do not expire here. */
  synchronized String issueUserToken(String username) {
    return issue(new Principal(Principal.Kind.USER, username, Instant.MAX));
  }

  /** Who {@code token} was issued to, if it is known and has not expired; a 401 otherwise. */
  synchronized Principal authenticate(String token) {
    Principal principal = token == null ? null : tokens.get(token);
    if (principal == null || !clock.instant().isBefore(principal.expiresAt())) {
      throw ConsoleRefusal.unauthorized();
    }
    return principal;
  }

  /** Forgets a token, as when it expires: the next request with it gets a 401. */
  synchronized void revoke(String token) {
    if (token != null && tokens.remove(token) != null) {
      revoked++;
    }
  }

  synchronized void expireAll() {
    tokens.clear();
  }

  synchronized int issuedCount() {
    return issued.size();
  }

  synchronized List<String> issued() {
    return List.copyOf(issued);
  }

  synchronized int revokedCount() {
    return revoked;
  }

  private String issue(Principal principal) {
    // Random, not seeded: a token must never be valid in another tenant or after a reset.
    String token = "fake-" + UUID.randomUUID() + "-" + (issued.size() + 1);
    tokens.put(token, principal);
    issued.add(token);
    return token;
  }

  /** Who a token was issued to, and until when it is valid. */
  record Principal(Kind kind, String name, Instant expiresAt) {
    enum Kind { API_CLIENT, USER }
  }

  /** An issued API-client token and its lifetime in seconds. */
  record TokenGrant(String token, long expiresInSeconds) {}
}
