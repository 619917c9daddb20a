package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.Checks;
import java.util.Objects;

/**
 * What {@link CrashPlanTransport#requestApiClientToken} sends in its
 * {@code POST /api/v3/oauth/token?grant_type=client_credentials}: the API client's id and its
 * secret (HTTP Basic). Its {@code toString()} never shows the secret.
 *
 * <pre>{@code
 * ApiClientTokenRequest.builder().clientId("key-7f3a").secret(secret).build()
 * }</pre>
 */
public final class ApiClientTokenRequest {

  private final String clientId;
  private final String secret;

  private ApiClientTokenRequest(Builder builder) {
    this.clientId = Checks.notBlank(builder.clientId, "clientId");
    this.secret = Checks.notBlank(builder.secret, "secret");
  }

  /** Returns a builder; {@code clientId} and {@code secret} are required and must not be blank. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder filled with this request, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder().clientId(clientId).secret(secret);
  }

  /** The API client's id, as the console shows it. */
  public String clientId() {
    return clientId;
  }

  /** The API client's secret. */
  public String secret() {
    return secret;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiClientTokenRequest that && clientId.equals(that.clientId) && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, secret);
  }

  @Override
  public String toString() {
    return "ApiClientTokenRequest{clientId=" + clientId + "}";
  }

  /** Builds an {@link ApiClientTokenRequest}; {@link ApiClientTokenRequest#builder()} returns one. Not thread-safe. */
  public static final class Builder {
    private String clientId;
    private String secret;

    private Builder() {}

    /** Sets {@link ApiClientTokenRequest#clientId()}. */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** Sets {@link ApiClientTokenRequest#secret()}. */
    public Builder secret(String secret) {
      this.secret = secret;
      return this;
    }

    /**
     * Builds the request; throws {@link NullPointerException} naming the id or the secret when
     * it was not set, {@link IllegalArgumentException} when it is blank.
     */
    public ApiClientTokenRequest build() {
      return new ApiClientTokenRequest(this);
    }
  }
}
