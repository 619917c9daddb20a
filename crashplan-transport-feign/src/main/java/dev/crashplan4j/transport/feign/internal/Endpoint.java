package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import feign.codec.EncodeException;
import feign.template.UriUtils;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One method of {@link ConsoleApi}, compiled once from its Feign annotations, read as Feign's
 * {@code DefaultContract} reads them (without running it: the contract and the template classes
 * it loads were most of the cost of building the transport in a fresh JVM), into the pieces of
 * its request: literal path and query pieces with the slots
 * of the arguments between them, the fixed headers, the body's argument. A call appends its
 * values to the pieces, encoded as Feign's templates encode them, and writes the OkHttp request
 * directly: Feign's per-request expansion (a template copied, resolved and rendered, its URL
 * rendered twice more, its headers copied into maps) was a sixth of a call's client CPU.
 *
 * <p>Only the template forms {@code ConsoleApi} uses are compiled ({@code {name}} in the path,
 * the query and headers, a {@code @QueryMap}, one body); any other is refused when the
 * method is compiled (ConsoleCallsTest compiles them all), not sent differently.
 */
final class Endpoint {

  private static final Pattern EXPRESSION = Pattern.compile("\\{([A-Za-z0-9_]+)}");
  private static final byte[] NO_BODY = new byte[0];
  // Feign's request line: a method in capitals, spaces, then the path and query.
  private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+) *(/[^?#]*(?:\\?[^#]+)?)");
  private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
  // The methods for which Feign sends an empty body when there is none.
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  final String configKey;
  final String httpMethod;
  final Type returnType;
  private final boolean withBody;
  private final Piece[] path;
  private final Parameter[] query;
  private final int queryMapIndex;
  private final Header[] headers;
  private final int bodyIndex;
  private final ObjectMapper json;
  private final Type bodyJavaType;
  // Made on the first body sent: a writer makes Jackson load its serializers, which a
  // program that only reads would load for nothing while the transport is built.
  private volatile ObjectWriter bodyWriter;
  private final MediaType bodyType;

  // Deprecated as they are, Feign's contract still reads the encoded flags; one set is refused.
  @SuppressWarnings("deprecation")
  private Endpoint(Method method, ObjectMapper json, String userAgent) {
    this.configKey = configKey(method);
    refuseWhatIsNotRead(method, configKey);
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (line == null) {
      throw refused(configKey, "no @RequestLine");
    }
    if (line.decodeSlash()) {
      throw refused(configKey, "only decodeSlash = false is compiled");
    }
    Matcher request = REQUEST_LINE.matcher(line.value());
    if (!request.matches() || !HTTP_METHODS.contains(request.group(1))) {
      throw refused(configKey, "a request line other than METHOD /path?name=value: " + line.value());
    }
    Map<String, Integer> slots = new LinkedHashMap<>();
    int queryMap = -1;
    int body = -1;
    Class<?>[] types = method.getParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < types.length; i++) {
      Param param = null;
      boolean inQueryMap = false;
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Param named) {
          param = named;
        } else if (annotation instanceof QueryMap map) {
          if (map.encoded() || map.mapEncoder() != QueryMap.MapEncoder.DEFAULT || !Map.class.isAssignableFrom(types[i])) {
            throw refused(configKey, "only a @QueryMap of a Map, not encoded, with the default encoder is compiled");
          }
          inQueryMap = true;
        } else if (fromFeign(annotation)) {
          throw refused(configKey, "@" + annotation.annotationType().getSimpleName() + " is not compiled");
        }
      }
      if (param != null && inQueryMap) {
        throw refused(configKey, "parameter " + i + " is both a @Param and a @QueryMap");
      } else if (param != null) {
        if (param.value().isEmpty() || param.encoded() || param.expander() != Param.ToStringExpander.class
            || types[i].isArray() || Iterable.class.isAssignableFrom(types[i]) || Map.class.isAssignableFrom(types[i])) {
          throw refused(configKey, "only a named @Param of a single value, not encoded, with no expander is compiled");
        }
        slots.put(param.value(), i);
      } else if (inQueryMap) {
        if (queryMap >= 0) {
          throw refused(configKey, "more than one @QueryMap");
        }
        queryMap = i;
      } else {
        // Feign's contract: a parameter with none of its annotations is the body.
        if (body >= 0 || types[i] == URI.class || types[i].getName().startsWith("feign.")) {
          throw refused(configKey, "parameter " + i + " is neither a @Param, a @QueryMap nor the one body");
        }
        body = i;
      }
    }
    Set<String> unused = new HashSet<>(slots.keySet());
    this.httpMethod = request.group(1);
    this.returnType = method.getGenericReturnType();
    this.withBody = WITH_BODY.contains(httpMethod);
    String uri = request.group(2);
    int question = uri.indexOf('?');
    this.path = pieces(question < 0 ? uri : uri.substring(0, question), slots, unused, configKey);
    Map<String, List<Piece[]>> queries = new LinkedHashMap<>();
    if (question >= 0) {
      for (String pair : uri.substring(question + 1).split("&", -1)) {
        int equals = pair.indexOf('=');
        if (equals <= 0 || equals == pair.length() - 1) {
          throw refused(configKey, "a query parameter other than name=value: " + pair);
        }
        String name = pair.substring(0, equals);
        queries.computeIfAbsent(literal(name, configKey), key -> new ArrayList<>(1))
            .add(pieces(pair.substring(equals + 1), slots, unused, configKey));
      }
    }
    this.query = queries.entrySet().stream()
        .map(parameter -> new Parameter(parameter.getKey(), UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8),
            parameter.getValue().toArray(Piece[][]::new)))
        .toArray(Parameter[]::new);
    this.queryMapIndex = queryMap;
    // Feign kept headers in a case-insensitive sorted map and sent them in that order; its
    // contract kept a header's name as written and trimmed its value.
    Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Headers fixedHeaders = method.getAnnotation(Headers.class);
    if (fixedHeaders != null) {
      if (fixedHeaders.value().length == 0) {
        throw refused(configKey, "an empty @Headers");
      }
      for (String header : fixedHeaders.value()) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          throw refused(configKey, "a header other than Name: value: " + header);
        }
        sorted.computeIfAbsent(literal(header.substring(0, colon), configKey), key -> new ArrayList<>(1))
            .add(header.substring(colon + 1).trim());
      }
    }
    if (sorted.containsKey("User-Agent") || sorted.containsKey("Content-Length")) {
      throw refused(configKey, "the user agent and the length are the transport's headers");
    }
    sorted.put("User-Agent", List.of(userAgent));
    if (body >= 0) {
      // Feign's template carried the length among its headers, where an interceptor of the
      // caller's client saw it; its value is the body's, set per call.
      sorted.put("Content-Length", List.of(""));
    }
    List<Header> fixed = new ArrayList<>();
    MediaType contentType = null;
    for (Map.Entry<String, List<String>> header : sorted.entrySet()) {
      for (String value : header.getValue()) {
        fixed.add(header.getKey().equalsIgnoreCase("Content-Length")
            ? new Header(header.getKey(), null) : new Header(header.getKey(), pieces(value, slots, unused, configKey)));
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = MediaType.parse(value);
        }
      }
    }
    if (!unused.isEmpty()) {
      // Feign's contract made them form parameters.
      throw refused(configKey, "@Param " + unused + " in no template");
    }
    this.headers = fixed.toArray(Header[]::new);
    this.bodyIndex = body;
    this.json = json;
    this.bodyJavaType = body < 0 ? null : method.getGenericParameterTypes()[body];
    this.bodyType = contentType;
  }

  /**
   * Compiles {@code method} of a Feign-annotated interface, its annotations read as Feign's
   * {@code DefaultContract} reads them, for requests with this user agent.
   *
   * @throws IllegalStateException for a form of the annotations that is not compiled
   */
  static Endpoint of(Method method, ObjectMapper json, String userAgent) {
    return new Endpoint(method, json, userAgent);
  }

  /**
   * Compiles every method of {@code api}, an interface of Feign's annotations not generic,
   * of no other interface and with no annotation of Feign's on the type itself: the transport
   * compiles each method on its first call, ConsoleCallsTest all of {@code ConsoleApi} at once.
   */
  static Map<Method, Endpoint> of(Class<?> api, ObjectMapper json, String userAgent) {
    if (!api.isInterface() || api.getTypeParameters().length > 0 || api.getInterfaces().length > 0
        || Arrays.stream(api.getAnnotations()).anyMatch(Endpoint::fromFeign)) {
      throw new IllegalStateException(api.getSimpleName() + " cannot be compiled: only a plain interface"
          + " with Feign's annotations on its methods is");
    }
    Map<Method, Endpoint> endpoints = new HashMap<>();
    for (Method method : api.getMethods()) {
      if (!Modifier.isAbstract(method.getModifiers()) || method.getTypeParameters().length > 0) {
        throw refused(configKey(method), "only abstract methods that are not generic are compiled");
      }
      endpoints.put(method, of(method, json, userAgent));
    }
    return endpoints;
  }

  // As Feign names a method in its exceptions: its type's and its parameters' simple names.
  private static String configKey(Method method) {
    StringJoiner key = new StringJoiner(",", method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "(", ")");
    for (Class<?> type : method.getParameterTypes()) {
      key.add(type.getSimpleName());
    }
    return key.toString();
  }

  // By name: testing for each of Feign's other annotations would load each of them.
  private static boolean fromFeign(Annotation annotation) {
    return annotation.annotationType().getName().startsWith("feign.");
  }

  private static void refuseWhatIsNotRead(Method method, String configKey) {
    for (Annotation annotation : method.getAnnotations()) {
      if (fromFeign(annotation) && !(annotation instanceof RequestLine) && !(annotation instanceof Headers)) {
        throw refused(configKey, "@" + annotation.annotationType().getSimpleName() + " is not compiled");
      }
    }
  }

  /** The request for the arguments {@code args}, against the console at {@code baseUrl}. */
  Request request(String baseUrl, Object[] args) {
    StringBuilder url = new StringBuilder(baseUrl.length() + 96).append(baseUrl);
    for (Piece piece : path) {
      piece.appendEncoded(url, args);
    }
    appendQuery(url, args);
    Request.Builder call = new Request.Builder().url(url.toString());
    byte[] body = body(args);
    for (Header header : headers) {
      if (header.value != null) {
        header.addTo(call, args);
      } else if (body.length > 0) {
        call.addHeader(header.name, Integer.toString(body.length));
      }
    }
    if (body == null && withBody) {
      body = NO_BODY;
    }
    return call.method(httpMethod, body == null ? null : RequestBody.create(body, bodyType)).build();
  }

  private byte[] body(Object[] args) {
    if (bodyIndex < 0) {
      return null;
    }
    Object value = args[bodyIndex];
    if (value == null) {
      throw new IllegalArgumentException("Body parameter " + bodyIndex + " was null");
    }
    ObjectWriter writer = bodyWriter;
    if (writer == null) {
      writer = json.writerFor(json.getTypeFactory().constructType(bodyJavaType));
      bodyWriter = writer;
    }
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException unwritable) {
      throw new EncodeException(unwritable.getMessage(), unwritable);
    }
  }

  // Feign's rules: a value that is absent is left out with its name; an empty one keeps its
  // name alone; the query map's values join those of a parameter of the same name.
  private void appendQuery(StringBuilder url, Object[] args) {
    Map<String, List<String>> extra = queryMap(args);
    char separator = '?';
    for (Parameter parameter : query) {
      List<String> more = extra == null ? null : extra.remove(parameter.name);
      for (Piece[] value : parameter.values) {
        separator = appendParameter(url, separator, parameter.encodedName, expand(value, args, true));
      }
      if (more != null) {
        for (String value : more) {
          separator = appendParameter(url, separator, parameter.encodedName, value);
        }
      }
    }
    if (extra != null) {
      for (Map.Entry<String, List<String>> parameter : extra.entrySet()) {
        String name = encode(parameter.getKey());
        for (String value : parameter.getValue()) {
          separator = appendParameter(url, separator, name, value);
        }
      }
    }
  }

  private static char appendParameter(StringBuilder url, char separator, String name, String value) {
    if (value == null) {
      return separator;
    }
    url.append(separator).append(name);
    if (!value.isEmpty()) {
      url.append('=').append(value);
    }
    return '&';
  }

  private Map<String, List<String>> queryMap(Object[] args) {
    if (queryMapIndex < 0 || !(args[queryMapIndex] instanceof Map<?, ?> map) || map.isEmpty()) {
      return null;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    map.forEach((name, value) -> {
      if (value != null) {
        values.computeIfAbsent(name.toString(), key -> new ArrayList<>(1)).add(encode(value.toString()));
      }
    });
    return values;
  }

  // A piece list expanded; null when it is all values and none of them is given.
  private static String expand(Piece[] pieces, Object[] args, boolean encoded) {
    StringBuilder expanded = new StringBuilder();
    boolean given = false;
    for (Piece piece : pieces) {
      if (piece.slot < 0) {
        expanded.append(piece.literal);
        given = true;
      } else if (args[piece.slot] != null) {
        String value = args[piece.slot].toString();
        expanded.append(encoded ? encode(value) : value);
        given = true;
      }
    }
    return given ? expanded.toString() : null;
  }

  /**
   * {@code value} as Feign's templates encode a value: every byte of its UTF-8 that is not
   * unreserved ({@code A-Z a-z 0-9 - . _ ~}) percent-encoded, a {@code %XX} already there kept.
   * Ids and names of plain letters and digits, nearly all of them, are appended as they are.
   */
  static String encode(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!unreserved(value.charAt(i))) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
      }
    }
    return value;
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static Piece[] pieces(String template, Map<String, Integer> slots, Set<String> unused, String configKey) {
    List<Piece> pieces = new ArrayList<>();
    var expressions = EXPRESSION.matcher(template);
    int at = 0;
    while (expressions.find()) {
      if (expressions.start() > at) {
        pieces.add(new Piece(literal(template.substring(at, expressions.start()), configKey), -1));
      }
      Integer slot = slots.get(expressions.group(1));
      if (slot == null) {
        throw refused(configKey, "{" + expressions.group(1) + "} names no parameter");
      }
      unused.remove(expressions.group(1));
      pieces.add(new Piece(null, slot));
      at = expressions.end();
    }
    if (at < template.length()) {
      pieces.add(new Piece(literal(template.substring(at), configKey), -1));
    }
    return pieces.toArray(Piece[]::new);
  }

  private static String literal(String text, String configKey) {
    if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0 || text.indexOf('#') >= 0) {
      throw refused(configKey, "a template expression other than {name}: " + text);
    }
    return text;
  }

  static IllegalStateException refused(String configKey, String why) {
    return new IllegalStateException("ConsoleApi#" + configKey + " cannot be compiled: " + why);
  }

  /** A literal of a template, or the slot of the argument whose value goes in its place. */
  private record Piece(String literal, int slot) {

    void appendEncoded(StringBuilder url, Object[] args) {
      if (slot < 0) {
        url.append(literal);
      } else if (args[slot] != null) {
        url.append(encode(args[slot].toString()));
      }
    }
  }

  /** A query parameter of the request line: its name, as given and encoded, and its values. */
  private static final class Parameter {
    final String name;
    final String encodedName;
    final Piece[][] values;

    Parameter(String name, String encodedName, Piece[][] values) {
      this.name = name;
      this.encodedName = encodedName;
      this.values = values;
    }
  }

  /** A fixed header: its name and the pieces of its value, not encoded; no pieces for the body's length. */
  private static final class Header {
    private final String name;
    private final Piece[] value;

    Header(String name, Piece[] value) {
      this.name = name;
      this.value = value;
    }

    void addTo(Request.Builder call, Object[] args) {
      String expanded = expand(value, args, false);
      if (expanded != null && !expanded.isEmpty()) {
        call.addHeader(name, expanded);
      }
    }
  }
}
