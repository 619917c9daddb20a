package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request through SLF4J: one debug line with method, path, status and time; the
 * bodies at trace. The value of every secret field of a body, at any depth, and of every secret
 * query parameter is masked; a name is secret when, in any case, it holds {@code password},
 * {@code secret}, {@code token} or {@code key} ({@code accessToken}, {@code new_password},
 * {@code apiKey}), or is a known secret name without those words ({@code totp},
 * {@code authorization}...). Headers are never logged, so neither are credentials.
 */
public final class RequestLog implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger("dev.crashplan4j.http");
  private static final long MAX_LOGGED_BODY = 16 * 1024;
  private static final JsonFactory JSON = new JsonFactory();
  // A rule, not a list of names: bodies of client.http() carry names no list foresees
  // (accessToken, newPassword, privateKey). Words are looked for in the lower-case name, so
  // camelCase, snake_case and kebab-case all match; a false match only hides a value.
  // A name, then = or : (quoted or not), then the value up to a separator: the pairs of a form,
  // a query string, a header-like line or JSON-like text that does not parse.
  private static final Pattern NAMED_VALUE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)(\"?\\s*[:=]\\s*\"?)([^\\s&\",;<>]*)");
  private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "key");
  // Secret names that hold none of the words, compared in lower case without '_' and '-'.
  private static final Set<String> SECRET_NAMES = Set.of(
      "totp", "totpcode", "totpauth", "otp", "authorization", "passwd", "pwd", "passphrase", "credential", "credentials");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String line = request.method() + " " + pathAndQuery(request.url());
    if (LOG.isTraceEnabled() && request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      LOG.trace("{} request body: {}", line, mask(body.readUtf8()));
    }
    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException failed) {
      LOG.debug("{} -> failed after {} ms: {}", line, millisSince(started), failed.toString());
      throw failed;
    }
    LOG.debug("{} -> {} in {} ms", line, response.code(), millisSince(started));
    if (LOG.isTraceEnabled()) {
      LOG.trace("{} response body: {}", line, mask(response.peekBody(MAX_LOGGED_BODY).string()));
    }
    return response;
  }

  /**
   * The JSON {@code text} with the value of every secret field, at any depth, replaced by
   * {@code "****"}, read token by token so that no escaping can hide a secret. A text that is
   * not JSON is not shown at all; one cut short is shown up to where it was cut.
   */
  static String mask(String text) {
    return mask(text, RequestLog::notShown);
  }

  /**
   * {@code body} as an exception message may show it: JSON masked as {@link #mask(String)} masks
   * it; any other text (an HTML page, a form) with the value of every {@code name=value} or
   * {@code name: value} pair whose name is secret by the same rule replaced by {@code ****}.
   */
  public static String forMessage(String body) {
    if (body == null || body.isBlank()) {
      return body == null ? "" : body;
    }
    return mask(body, RequestLog::maskText);
  }

  private static String maskText(String text) {
    Matcher pairs = NAMED_VALUE.matcher(text);
    StringBuilder masked = new StringBuilder(text.length());
    while (pairs.find()) {
      String value = isSecret(pairs.group(1)) ? "****" : pairs.group(3);
      pairs.appendReplacement(masked, Matcher.quoteReplacement(pairs.group(1) + pairs.group(2) + value));
    }
    pairs.appendTail(masked);
    return masked.toString();
  }

  private static String mask(String text, UnaryOperator<String> notJson) {
    StringWriter masked = new StringWriter(text.length());
    boolean wroteAny = false;
    try (JsonParser parser = JSON.createParser(text);
        JsonGenerator out = JSON.createGenerator(masked)) {
      boolean secretValue = false;
      JsonToken token;
      try {
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.FIELD_NAME) {
            secretValue = isSecret(parser.currentName());
            out.copyCurrentEvent(parser);
          } else if (secretValue) {
            secretValue = false;
            parser.skipChildren();
            out.writeString("****");
          } else {
            out.copyCurrentEvent(parser);
          }
          wroteAny = true;
        }
      } catch (JsonProcessingException cut) {
        out.flush();
        return wroteAny ? masked + " ...(cut short: not JSON from here)" : notJson.apply(text);
      }
    } catch (IOException unreadable) {
      return notJson.apply(text);
    }
    return masked.toString();
  }

  private static String notShown(String text) {
    return "(" + text.length() + " characters, not JSON: not shown)";
  }

  /** Whether a field or parameter of this name holds a secret, by the rule above. */
  static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return SECRET_NAMES.contains(lower.replace("_", "").replace("-", ""));
  }

  /** The path and query as sent, with the value of every secret query parameter masked. */
  static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    if (query == null) {
      return url.encodedPath();
    }
    StringJoiner masked = new StringJoiner("&", url.encodedPath() + "?", "");
    for (String parameter : query.split("&", -1)) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      masked.add(equals >= 0 && secretParameter(name) ? name + "=****" : parameter);
    }
    return masked.toString();
  }

  private static boolean secretParameter(String encodedName) {
    try {
      return isSecret(URLDecoder.decode(encodedName, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException badEscape) {
      return true; // a name that cannot be read cannot be shown to be harmless
    }
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
