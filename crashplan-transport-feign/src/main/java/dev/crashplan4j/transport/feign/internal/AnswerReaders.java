package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;

/**
 * Readers, written out, of the answers every client reads first: a page of the org listing
 * ({@link OrgListDto}), an org ({@link OrgDto}) and an API client's token
 * ({@link TokenDtos.OAuthToken}). They read what Jackson's bean binding of the same classes
 * reads, field by field with Jackson's own readers of each field's type (so a number in quotes,
 * a null or an unknown key comes out as it did), but without its introspection of the classes,
 * which was the largest share of a cold start's first call after the HTTP exchange itself
 * (about 60 ms of it: annotations, properties, creators). The other answers keep Jackson's
 * bean binding.
 */
final class AnswerReaders {

  private AnswerReaders() {}

  /** The readers, to register on the transport's mapper. */
  static Module module() {
    SimpleModule module = new SimpleModule("crashplan4j-answers");
    module.addDeserializer(OrgListDto.class, new OrgListReader());
    module.addDeserializer(OrgDto.class, new OrgReader());
    module.addDeserializer(TokenDtos.OAuthToken.class, new OAuthTokenReader());
    return module;
  }

  // One object, read as BeanDeserializer reads one: its fields by name, an unknown one handed
  // to unknown(), a failure in a field's value wrapped with the field's path as it wraps it.
  private abstract static class FieldsReader<T> extends StdDeserializer<T> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    // A creator by the default constructor, as a bean has: what a refusal of a string says.
    private final transient ValueInstantiator creator;

    FieldsReader(Class<T> type) {
      super(type);
      this.creator = new ValueInstantiator.Base(type) {
        @Override
        public boolean canCreateUsingDefault() {
          return true;
        }

        @Override
        public Object createUsingDefault(DeserializationContext ctxt) {
          return create();
        }
      };
    }

    @Override
    public ValueInstantiator getValueInstantiator() {
      return creator;
    }

    abstract T create();

    /** Reads the value of {@code name} into {@code value}; false when the field is not one of it. */
    abstract boolean field(T value, String name, JsonParser p, DeserializationContext ctxt) throws IOException;

    void unknown(T value, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
      ctxt.handleUnknownProperty(p, this, value, name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.START_OBJECT) {
        token = p.nextToken();
      } else if (token == JsonToken.VALUE_STRING) {
        // Refused as a bean refuses it, "" by the coercion rules of a POJO.
        return _deserializeFromString(p, ctxt);
      } else if (token == JsonToken.START_ARRAY) {
        return _deserializeFromArray(p, ctxt);
      } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      T value = create();
      for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        try {
          if (!field(value, name, p, ctxt)) {
            unknown(value, name, p, ctxt);
          }
        } catch (IOException | RuntimeException failed) {
          if (failed instanceof IOException io && !(failed instanceof JacksonException)) {
            throw io;
          }
          throw JsonMappingException.wrapWithPath(failed, value, name);
        }
      }
      return value;
    }

    // Once, when the mapper first needs this reader: the readers of the fields' types.
    @Override
    public abstract void resolve(DeserializationContext ctxt) throws JsonMappingException;

    // What coercions (of "" or [], say) to an object follow: those of a bean.
    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }

    // Kept by the mapper's cache, so that resolve runs once.
    @Override
    public boolean isCachable() {
      return true;
    }

    static JsonDeserializer<Object> readerOf(DeserializationContext ctxt, Class<?> type) throws JsonMappingException {
      return ctxt.findRootValueDeserializer(ctxt.constructType(type));
    }

    // As a bean's field reads its value: null through the type's reader's null value (0 for a long).
    static Object read(JsonDeserializer<Object> reader, JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.currentToken() == JsonToken.VALUE_NULL ? reader.getNullValue(ctxt) : reader.deserialize(p, ctxt);
    }
  }

  private static final class OrgListReader extends FieldsReader<OrgListDto> {
    private static final long serialVersionUID = 1L;
    private transient JsonDeserializer<Object> count;
    private transient JsonDeserializer<Object> orgs;

    OrgListReader() {
      super(OrgListDto.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      count = readerOf(ctxt, long.class);
      orgs = ctxt.findRootValueDeserializer(ctxt.getTypeFactory().constructCollectionType(List.class, OrgDto.class));
    }

    @Override
    OrgListDto create() {
      return new OrgListDto();
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean field(OrgListDto value, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (name) {
        case "totalCount" -> value.totalCount = (Long) read(count, p, ctxt);
        case "orgs" -> value.orgs = (List<OrgDto>) read(orgs, p, ctxt);
        // Not a field of the JSON but the answer's Date header (@JsonIgnore): skipped, as an
        // ignored property is while FAIL_ON_IGNORED_PROPERTIES is off, as it is in the transport.
        case "answeredAt" -> p.skipChildren();
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static final class OrgReader extends FieldsReader<OrgDto> {
    private static final long serialVersionUID = 1L;
    private transient JsonDeserializer<Object> text;
    private transient JsonDeserializer<Object> number;
    private transient JsonDeserializer<Object> flag;
    private transient JsonDeserializer<Object> any;

    OrgReader() {
      super(OrgDto.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      text = readerOf(ctxt, String.class);
      number = readerOf(ctxt, Long.class);
      flag = readerOf(ctxt, Boolean.class);
      any = readerOf(ctxt, Object.class);
    }

    @Override
    OrgDto create() {
      return new OrgDto();
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean field(OrgDto org, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (name) {
        case "orgId" -> org.orgId = (Long) read(number, p, ctxt);
        case "orgUid" -> org.orgUid = (String) read(text, p, ctxt);
        case "orgGuid" -> org.orgGuid = (String) read(text, p, ctxt);
        case "orgName" -> org.orgName = (String) read(text, p, ctxt);
        case "orgExtRef" -> org.orgExtRef = (String) read(text, p, ctxt);
        case "notes" -> org.notes = (String) read(text, p, ctxt);
        case "status" -> org.status = (String) read(text, p, ctxt);
        case "active" -> org.active = (Boolean) read(flag, p, ctxt);
        case "blocked" -> org.blocked = (Boolean) read(flag, p, ctxt);
        case "parentOrgId" -> org.parentOrgId = (Long) read(number, p, ctxt);
        case "parentOrgUid" -> org.parentOrgUid = (String) read(text, p, ctxt);
        case "parentOrgGuid" -> org.parentOrgGuid = (String) read(text, p, ctxt);
        case "type" -> org.type = (String) read(text, p, ctxt);
        case "classification" -> org.classification = (String) read(text, p, ctxt);
        case "creationDate" -> org.creationDate = (String) read(text, p, ctxt);
        case "modificationDate" -> org.modificationDate = (String) read(text, p, ctxt);
        case "deactivationDate" -> org.deactivationDate = (String) read(text, p, ctxt);
        case "registrationKey" -> org.registrationKey = (String) read(text, p, ctxt);
        default -> {
          return false;
        }
      }
      return true;
    }

    // Every other field is kept, as OrgDto's @JsonAnySetter keeps it.
    @Override
    void unknown(OrgDto org, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
      org.other.put(name, read(any, p, ctxt));
    }
  }

  private static final class OAuthTokenReader extends FieldsReader<TokenDtos.OAuthToken> {
    private static final long serialVersionUID = 1L;
    private transient JsonDeserializer<Object> text;
    private transient JsonDeserializer<Object> number;

    OAuthTokenReader() {
      super(TokenDtos.OAuthToken.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      text = readerOf(ctxt, String.class);
      number = readerOf(ctxt, Long.class);
    }

    @Override
    TokenDtos.OAuthToken create() {
      return new TokenDtos.OAuthToken();
    }

    @Override
    boolean field(TokenDtos.OAuthToken token, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (name) {
        case "access_token" -> token.accessToken = (String) read(text, p, ctxt);
        case "expires_in" -> token.expiresIn = (Long) read(number, p, ctxt);
        default -> {
          return false;
        }
      }
      return true;
    }
  }
}
