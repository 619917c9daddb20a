package dev.crashplan4j.testkit;

import java.util.Map;

/**
 * One request the fake server received, as it came, except that credentials in the
 * {@code Authorization} header are masked.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the path, such as {@code /api/v3/orgs/abc/block}
 * @param query the raw query string, {@code ""} when none
 * @param headers the headers, names in lower case, credentials masked
 * @param body the body as text, {@code ""} when none
 * @param status the status the fake answered
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, String> headers, String body, int status) {

  /** Reads as {@code POST /api/v3/orgs -> 200}. */
  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
  }

  /** Returns {@code METHOD path}, the form tests compare against. */
  public String line() {
    return method + " " + path;
  }
}
