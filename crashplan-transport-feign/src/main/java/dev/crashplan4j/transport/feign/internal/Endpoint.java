package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.MethodMetadata;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.template.UriUtils;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One method of {@link ConsoleApi}, compiled once from what Feign's {@code Contract} read in
 * its annotations into the pieces of its request: literal path and query pieces with the slots
 * of the arguments between them, the fixed headers, the body's argument. A call appends its
 * values to the pieces, encoded as Feign's templates encode them, and writes the OkHttp request
 * directly: Feign's per-request expansion (a template copied, resolved and rendered, its URL
 * rendered twice more, its headers copied into maps) was a sixth of a call's client CPU.
 *
 * <p>Only the template forms {@code ConsoleApi} uses are compiled ({@code {name}} in the path,
 * the query and headers, a {@code @QueryMap}, one body); any other is refused when the
 * transport is built, not sent differently.
 */
final class Endpoint {

  private static final Pattern EXPRESSION = Pattern.compile("\\{([A-Za-z0-9_]+)}");
  private static final byte[] NO_BODY = new byte[0];

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

  private Endpoint(MethodMetadata metadata, ObjectMapper json, String userAgent) {
    refuseWhatIsNotCompiled(metadata);
    RequestTemplate template = metadata.template();
    Map<String, Integer> slots = slots(metadata);
    this.configKey = metadata.configKey();
    this.httpMethod = template.method();
    this.returnType = metadata.returnType();
    this.withBody = feign.Request.HttpMethod.valueOf(httpMethod).isWithBody();
    this.path = pieces(template.path(), slots, metadata);
    this.query = template.queries().entrySet().stream()
        .map(parameter -> new Parameter(parameter.getKey(), UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8),
            parameter.getValue().stream().map(value -> pieces(value, slots, metadata)).toArray(Piece[][]::new)))
        .toArray(Parameter[]::new);
    this.queryMapIndex = metadata.queryMapIndex() == null ? -1 : metadata.queryMapIndex();
    // Feign kept headers in a case-insensitive sorted map and sent them in that order.
    Map<String, Collection<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sorted.putAll(template.headers());
    sorted.put("User-Agent", List.of(userAgent));
    if (metadata.bodyIndex() != null) {
      // Feign's template carried the length among its headers, where an interceptor of the
      // caller's client saw it; its value is the body's, set per call.
      sorted.put("Content-Length", List.of(""));
    }
    List<Header> fixed = new ArrayList<>();
    MediaType contentType = null;
    for (Map.Entry<String, Collection<String>> header : sorted.entrySet()) {
      for (String value : header.getValue()) {
        fixed.add(header.getKey().equalsIgnoreCase("Content-Length")
            ? new Header(header.getKey(), null) : new Header(header.getKey(), pieces(value, slots, metadata)));
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = MediaType.parse(value);
        }
      }
    }
    this.headers = fixed.toArray(Header[]::new);
    this.bodyIndex = metadata.bodyIndex() == null ? -1 : metadata.bodyIndex();
    this.json = json;
    this.bodyJavaType = metadata.bodyType();
    this.bodyType = contentType;
  }

  /** Compiles {@code metadata}, read by Feign's contract, for requests with this user agent. */
  static Endpoint of(MethodMetadata metadata, ObjectMapper json, String userAgent) {
    return new Endpoint(metadata, json, userAgent);
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

  private static Map<String, Integer> slots(MethodMetadata metadata) {
    Map<String, Integer> slots = new LinkedHashMap<>();
    metadata.indexToName().forEach((index, names) -> names.forEach(name -> slots.put(name, index)));
    return slots;
  }

  private static Piece[] pieces(String template, Map<String, Integer> slots, MethodMetadata metadata) {
    List<Piece> pieces = new ArrayList<>();
    var expressions = EXPRESSION.matcher(template);
    int at = 0;
    while (expressions.find()) {
      if (expressions.start() > at) {
        pieces.add(Piece.literal(template.substring(at, expressions.start()), metadata));
      }
      Integer slot = slots.get(expressions.group(1));
      if (slot == null) {
        throw refused(metadata, "{" + expressions.group(1) + "} names no parameter");
      }
      pieces.add(new Piece(null, slot));
      at = expressions.end();
    }
    if (at < template.length()) {
      pieces.add(Piece.literal(template.substring(at), metadata));
    }
    return pieces.toArray(Piece[]::new);
  }

  private static void refuseWhatIsNotCompiled(MethodMetadata metadata) {
    if (metadata.urlIndex() != null || metadata.headerMapIndex() != null || !metadata.formParams().isEmpty()
        || (metadata.indexToExpander() != null && !metadata.indexToExpander().isEmpty())
        || !metadata.indexToExpanderClass().isEmpty()
        || metadata.template().bodyTemplate() != null || metadata.template().decodeSlash()) {
      throw refused(metadata, "only {name} values (with decodeSlash = false), a @QueryMap, fixed headers and one body are compiled");
    }
    metadata.indexToEncoded().forEach((index, encoded) -> {
      if (encoded) {
        throw refused(metadata, "encoded parameters are not compiled");
      }
    });
  }

  static IllegalStateException refused(MethodMetadata metadata, String why) {
    return new IllegalStateException("ConsoleApi#" + metadata.configKey() + " cannot be compiled: " + why);
  }

  /** A literal of a template, or the slot of the argument whose value goes in its place. */
  private record Piece(String literal, int slot) {
    static Piece literal(String text, MethodMetadata metadata) {
      if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
        throw refused(metadata, "a template expression other than {name}: " + text);
      }
      return new Piece(text, -1);
    }

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
