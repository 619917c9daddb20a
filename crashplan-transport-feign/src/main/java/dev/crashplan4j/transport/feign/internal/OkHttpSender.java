package dev.crashplan4j.transport.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Sends Feign's requests to the console with OkHttp, doing no more than that: the request built
 * once, its path resolved against the console's base URL ({@link ConsoleTarget} leaves it
 * relative), the answer's headers copied once, and OkHttp's own timeouts left as the client
 * was built.
 *
 * <p>Feign's own OkHttp adapter copies the answer's headers three times and builds the response
 * twice, and, when Feign's per-request options differ from the client's timeouts (always, for
 * a client the caller configured with other timeouts), builds a whole new OkHttp client for
 * every request. The timeouts here are the OkHttp client's, so Feign's options are not used.
 */
final class OkHttpSender implements Client {

  private static final byte[] NO_BODY = new byte[0];

  private final OkHttpClient http;
  private final String baseUrl;

  /** Sends with {@code http} to the console at {@code baseUrl}, given without a trailing slash. */
  OkHttpSender(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  @Override
  public Response execute(Request request, Request.Options ignored) throws IOException {
    okhttp3.Request.Builder call = new okhttp3.Request.Builder().url(baseUrl + request.url());
    MediaType type = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      for (String value : header.getValue()) {
        call.addHeader(name, value);
        if (name.equalsIgnoreCase("Content-Type")) {
          type = MediaType.parse(value);
        }
      }
    }
    byte[] body = request.body();
    if (body == null && request.httpMethod().isWithBody()) {
      body = NO_BODY;
    }
    call.method(request.httpMethod().name(), body == null ? null : RequestBody.create(body, type));
    okhttp3.Response answer = http.newCall(call.build()).execute();
    return Response.builder()
        .status(answer.code())
        .reason(answer.message())
        .request(request)
        .headers(headers(answer.headers()))
        .body(body(answer.body()))
        .build();
  }

  // Feign copies the map into a case-insensitive one of its own: the copy here only groups values.
  private static Map<String, Collection<String>> headers(Headers headers) {
    Map<String, Collection<String>> grouped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.size(); i++) {
      grouped.computeIfAbsent(headers.name(i), name -> new ArrayList<>(1)).add(headers.value(i));
    }
    return grouped;
  }

  private static Response.Body body(ResponseBody answer) {
    long length = answer.contentLength();
    if (length == 0) {
      answer.close();
      return null;
    }
    return new Answer(answer, length > 0 && length <= Integer.MAX_VALUE ? Integer.valueOf((int) length) : null);
  }

  /** The answer's body as OkHttp streams it, read once. */
  private static final class Answer implements Response.Body {
    private final ResponseBody body;
    private final Integer length;

    Answer(ResponseBody body, Integer length) {
      this.body = body;
      this.length = length;
    }

    @Override
    public Integer length() {
      return length;
    }

    @Override
    public boolean isRepeatable() {
      return false;
    }

    @Override
    public InputStream asInputStream() {
      return body.byteStream();
    }

    @Override
    @Deprecated
    public Reader asReader() {
      return body.charStream();
    }

    @Override
    public Reader asReader(Charset charset) {
      return new InputStreamReader(body.byteStream(), charset);
    }

    @Override
    public void close() {
      body.close();
    }
  }
}
