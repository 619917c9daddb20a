package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.JsonBody;
import java.util.Objects;

/**
 * Every console endpoint the SDK does not model (users, devices, legal holds...), with the
 * client's sign-in, token renewal, retries, typed errors and request log. Obtained from
 * {@link CrashPlanClient#http()}; thread-safe. A 2xx answer is returned; any other raises the
 * {@link CrashPlanException} subclass of its status.
 *
 * <pre>{@code
 * ApiResponse users = client.http().get("/api/v1/User", QueryParameters.of("pgSize", "100"));
 * JsonNode data = JsonBodies.data(users);   // with the Feign transport's Jackson
 * client.http().post("/api/v1/LegalHold", JsonBody.of("{\"name\": \"Case 42\"}"));
 * }</pre>
 */
public final class ConsoleHttp {

  private final CrashPlanTransport transport;
  private final Calls calls;

  ConsoleHttp(CrashPlanTransport transport, Calls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  /** {@code GET path}: a read, retried like every read. */
  public ApiResponse get(String path) {
    return send(ApiRequest.get(path), true);
  }

  /** {@code GET path?query}: a read, retried like every read. */
  public ApiResponse get(String path, QueryParameters query) {
    return send(ApiRequest.get(path, query), true);
  }

  /** {@code PUT path} with a JSON body: a whole replacement, which sent twice leaves the same result, so retried as a read is. */
  public ApiResponse put(String path, JsonBody body) {
    return send(ApiRequest.put(path, body), true);
  }

  /** {@code POST path} with a JSON body: never sent twice unless it surely never left. */
  public ApiResponse post(String path, JsonBody body) {
    return send(ApiRequest.post(path, body), false);
  }

  /**
   * Sends {@code request}; {@code safeToRepeat} says whether sending it twice does no harm:
   * then it is retried as a read after any transient failure, else only when it surely never
   * left or the console answered 429, and a lost answer raises {@code OutcomeUnknownException}.
   */
  public ApiResponse send(ApiRequest request, boolean safeToRepeat) {
    Objects.requireNonNull(request, "request");
    // A request names itself in its failures ("GET /api/v1/User"); listeners hear "http".
    Call<ApiResponse> call = Call.<ApiResponse>of(safeToRepeat ? Effect.READ : Effect.STATE_CHANGE, "http")
        .labelled(request.toString());
    return calls.run(call, token -> transport.send(token, request));
  }
}
