package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.crashplan4j.core.error.AnswerBody;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import okhttp3.ResponseBody;

/**
 * Reads an answer of the console: {@code v1} endpoints wrap their payload in
 * {@code {"data": ...}}, {@code v3} ones mostly do not; what is an envelope is {@link Envelope}'s
 * rule, the one {@code JsonBodies} follows too. Sign-in answers are read the same way.
 */
final class ConsoleDecoder {

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  ConsoleDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Reads {@code body}, the answer of status {@code status} whose headers {@code header} gives
   * by name, as {@code type}; the body is read whole and closed.
   */
  Object decode(int status, ResponseBody body, UnaryOperator<String> header, Type type) throws IOException {
    return decode(status, readBody(body), header, type);
  }

  private Object decode(int status, byte[] body, UnaryOperator<String> header, Type type) {
    if (type == NoContent.class) {
      // Nothing is expected, but a body that is not JSON (an HTML error page from a proxy,
      // say) means the console did not do what was asked.
      if (body.length > 0 && !isJson(body)) {
        throw new UnreadableBody(status, "no body or a JSON one", AnswerBody.of(RequestLog.forMessage(text(body))), null);
      }
      return NoContent.INSTANCE;
    }
    ObjectReader reader = readers.computeIfAbsent(type, key -> mapper.readerFor(mapper.constructType(key)));
    try {
      Object value = read(body, reader);
      if (value == null) {
        throw new UnreadableBody(status, describe(type), AnswerBody.of(RequestLog.forMessage(text(body))), null);
      }
      if (value instanceof Shown shown) {
        shown.shownAs(RequestLog.forMessage(text(body)));
      }
      if (value instanceof Dated dated) {
        String date = header.apply("Date");
        if (date != null) {
          dated.answeredAt(date);
        }
      }
      return value;
    } catch (IOException notJson) {
      throw new UnreadableBody(status, describe(type), AnswerBody.of(RequestLog.forMessage(text(body))), notJson);
    }
  }

  // Streams straight into the target type, no tree in between, by Envelope's rule: "data" is
  // read in place when met, and the read is thrown away if a later key shows the object is a
  // bare payload after all.
  private Object read(byte[] body, ObjectReader reader) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        Object data = null;
        boolean sawData = false;
        boolean envelope = true;
        while (envelope && parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (!Envelope.isKey(field)) {
            envelope = false;
          } else if (field.equals(Envelope.DATA)) {
            sawData = true;
            data = value == JsonToken.VALUE_NULL ? null : reader.readValue(parser);
          } else {
            parser.skipChildren();
          }
        }
        if (envelope && sawData) {
          return data;
        }
      }
    }
    return reader.readValue(body);
  }

  private boolean isJson(byte[] body) {
    try {
      mapper.readTree(body);
      return true;
    } catch (IOException notJson) {
      return false;
    }
  }

  // A body of known length is read into an array of that length: readAllBytes would take a
  // 16 KB buffer and a copy for every answer, most of what a one-org call allocated (JFR).
  private static byte[] readBody(InputStream answer, Integer length) throws IOException {
    try (InputStream in = answer) {
      if (length == null) {
        return in.readAllBytes();
      }
      byte[] body = in.readNBytes(length);
      if (body.length < length) {
        throw new EOFException("the answer ended after " + body.length + " of its " + length + " bytes");
      }
      return body;
    }
  }

  // OkHttp's length is -1 when the answer did not say it.
  private static byte[] readBody(ResponseBody answer) throws IOException {
    try (answer) {
      long length = answer.contentLength();
      if (length == 0) {
        return new byte[0];
      }
      return readBody(answer.byteStream(), length > 0 && length <= Integer.MAX_VALUE ? Integer.valueOf((int) length) : null);
    }
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  // Names the payload as the message will say it: "a JSON OrgList", "a JSON list of AgentState".
  private static String describe(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return "a JSON list of " + name(parameterized.getActualTypeArguments()[0]);
    }
    return "a JSON " + name(type);
  }

  private static String name(Type type) {
    String name = type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    return name.endsWith("Dto") ? name.substring(0, name.length() - 3) : name;
  }

  /** An answer that keeps its body, masked, for a message that must say what came. */
  interface Shown {
    void shownAs(String maskedBody);
  }

  /** An answer that keeps when the console sent it, by the console's clock ({@code Date}). */
  interface Dated {
    void answeredAt(String dateHeader);
  }

  /** A success answer whose body is not the JSON the operation expects. */
  static final class UnreadableBody extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String expected;
    // Feign wraps it in a DecodeException that the transport unwraps at once; never serialized.
    final transient AnswerBody body;

    UnreadableBody(int status, String expected, AnswerBody body, Throwable cause) {
      super(expected, cause, false, false);
      this.status = status;
      this.expected = expected;
      this.body = body;
    }
  }
}
