package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request through SLF4J: one debug line with method, path, status and time; the
 * bodies at trace, with the values of secret fields masked. Headers are never logged, so
 * neither are credentials.
 */
final class RequestLog implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger("dev.crashplan4j.http");
  private static final long MAX_LOGGED_BODY = 16 * 1024;
  private static final JsonFactory JSON = new JsonFactory();
  // Compared in lower case, at any depth of a body.
  private static final Set<String> SECRET_FIELDS = Set.of(
      "password", "secret", "client_secret", "clientsecret", "access_token", "refresh_token", "id_token",
      "v3_user_token", "token", "registrationkey", "totp", "totpcode", "totp-auth", "authorization");

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
    StringWriter masked = new StringWriter(text.length());
    boolean wroteAny = false;
    try (JsonParser parser = JSON.createParser(text);
        JsonGenerator out = JSON.createGenerator(masked)) {
      boolean secretValue = false;
      JsonToken token;
      try {
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.FIELD_NAME) {
            secretValue = SECRET_FIELDS.contains(parser.currentName().toLowerCase(Locale.ROOT));
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
        return wroteAny ? masked + " ...(cut short: not JSON from here)" : notShown(text);
      }
    } catch (IOException unreadable) {
      return notShown(text);
    }
    return masked.toString();
  }

  private static String notShown(String text) {
    return "(" + text.length() + " characters, not JSON: not shown)";
  }

  private static String pathAndQuery(HttpUrl url) {
    return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
