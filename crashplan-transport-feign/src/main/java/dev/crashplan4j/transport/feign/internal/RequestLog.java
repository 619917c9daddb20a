package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * bodies at trace, with the values of secret fields masked. Headers are never logged, so
 * neither are credentials.
 */
final class RequestLog implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger("dev.crashplan4j.http");
  private static final long MAX_LOGGED_BODY = 16 * 1024;
  private static final Pattern SECRET_FIELDS = Pattern.compile(
      "(\"(?:access_token|refresh_token|v3_user_token|token|password|secret|client_secret)\"\\s*:\\s*\")[^\"]*(\")");

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

  /** Masks the values of fields that hold secrets in a JSON text. */
  static String mask(String text) {
    return SECRET_FIELDS.matcher(text).replaceAll("$1****$2");
  }

  private static String pathAndQuery(HttpUrl url) {
    return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
