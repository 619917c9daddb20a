package dev.crashplan4j.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code METHOD /path/{param}/...} or {@code *}, matched against a request: how routes, faults
 * and scripted answers name the endpoints they apply to. A {@code {name}} or {@code *} stands
 * for one path segment.
 */
record EndpointPattern(String text, String method, Pattern path) {

  static final EndpointPattern ANY = new EndpointPattern("*", "*", Pattern.compile(".*"));

  static EndpointPattern parse(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (endpoint.equals("*")) {
      return ANY;
    }
    String[] parts = endpoint.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[1].startsWith("/")) {
      throw new IllegalArgumentException(
          "endpoint must be * or a method and a path such as \"GET /api/v3/orgs/{orgGuid}\", was \"" + endpoint + "\"");
    }
    StringBuilder regex = new StringBuilder();
    for (String segment : parts[1].split("/", -1)) {
      if (regex.length() > 0 || !segment.isEmpty()) {
        regex.append('/');
      }
      boolean wildcard = segment.equals("*") || (segment.startsWith("{") && segment.endsWith("}"));
      regex.append(wildcard ? "([^/]+)" : Pattern.quote(segment));
    }
    String method = parts[0].toUpperCase(Locale.ROOT);
    return new EndpointPattern(method + " " + parts[1], method, Pattern.compile(regex.toString()));
  }

  /** The path's matcher, its groups the path parameters, when method and path match; null otherwise. */
  Matcher match(String requestMethod, String requestPath) {
    if (!method.equals("*") && !method.equals(requestMethod)) {
      return null;
    }
    Matcher matcher = path.matcher(requestPath);
    return matcher.matches() ? matcher : null;
  }

  boolean matches(ConsoleRequest request) {
    return match(request.method(), request.path()) != null;
  }

  boolean matchesPath(String requestPath) {
    return path.matcher(requestPath).matches();
  }
}
