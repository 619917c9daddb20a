package dev.crashplan4j.api.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.crashplan4j.api.bulk.SettingsValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an org tree document token by token from Jackson's parser (YAML or JSON alike), so that
 * every problem carries the line Jackson's location gives; reads on after a problem, to report
 * them all at once.
 */
final class TreeReader {

  private static final String ORG_KEYS = "externalReference, name, notes, state, settings, children";

  private final JsonParser parser;
  private final List<OrgTreeException.Problem> problems = new ArrayList<>();

  private TreeReader(JsonParser parser) {
    this.parser = parser;
  }

  static OrgTree read(JsonFactory format, String text, String source) {
    List<OrgTreeException.Problem> problems;
    List<DesiredOrg> orgs = List.of();
    try (JsonParser parser = format.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      TreeReader reader = new TreeReader(parser);
      try {
        orgs = reader.document();
      } catch (JsonProcessingException malformed) {
        reader.malformed(malformed);
      }
      problems = reader.problems;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + source, unreadable);
    }
    if (problems.isEmpty()) {
      problems = OrgTree.problems(orgs);
    }
    if (!problems.isEmpty()) {
      List<OrgTreeException.Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(problem -> problem.line().orElse(0)));
      throw new OrgTreeException(source, sorted);
    }
    return OrgTree.builder().orgs(orgs).build();
  }

  private List<DesiredOrg> document() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problem(1, "the document is empty; it needs an orgs list");
      return List.of();
    }
    if (first != JsonToken.START_OBJECT) {
      problem(line(), "the document must be a mapping with an orgs list, not " + describe(first));
      return List.of();
    }
    int line = line();
    List<DesiredOrg> orgs = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line();
      JsonToken value = parser.nextToken();
      if (key.equals("orgs")) {
        orgs = orgList(value, "orgs");
      } else {
        problem(keyLine, "unknown key \"" + key + "\" at the top of the document; it takes orgs");
        parser.skipChildren();
      }
    }
    if (orgs == null) {
      problem(line, "the document has no orgs list");
      return List.of();
    }
    return orgs;
  }

  private List<DesiredOrg> orgList(JsonToken value, String key) throws IOException {
    List<DesiredOrg> orgs = new ArrayList<>();
    if (value == JsonToken.VALUE_NULL) {
      return orgs;
    }
    if (value != JsonToken.START_ARRAY) {
      problem(line(), key + " must be a list of orgs, not " + describe(value));
      parser.skipChildren();
      return orgs;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      org().ifPresent(orgs::add);
    }
    return orgs;
  }

  private Optional<DesiredOrg> org() throws IOException {
    int line = line();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(line, "each org is a mapping of " + ORG_KEYS + ", not " + describe(parser.currentToken()));
      parser.skipChildren();
      return Optional.empty();
    }
    int before = problems.size();
    String reference = null;
    String name = null;
    boolean referenceBad = false;
    boolean nameBad = false;
    DesiredOrg.Builder org = DesiredOrg.builder().line(line);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line();
      JsonToken value = parser.nextToken();
      switch (key) {
        case "externalReference" -> {
          reference = text(key, value, false);
          referenceBad = reference == null;
        }
        case "name" -> {
          name = text(key, value, false);
          nameBad = name == null;
        }
        case "notes" -> Optional.ofNullable(text(key, value, true)).ifPresent(org::notes);
        case "state" -> {
          String state = text(key, value, false);
          if (state != null) {
            Optional<OrgState> known = OrgState.fromWire(state);
            if (known.isEmpty()) {
              problem(keyLine, "state \"" + state + "\" is none of " + OrgState.spelled());
            }
            known.ifPresent(org::state);
          }
        }
        case "settings" -> settings(value).ifPresent(org::settings);
        case "children" -> org.addAllChildren(orgList(value, "children"));
        default -> {
          problem(keyLine, "unknown key \"" + key + "\"" + in(reference) + "; an org takes " + ORG_KEYS);
          parser.skipChildren();
        }
      }
    }
    if (reference == null && !referenceBad) {
      problem(line, "an org" + (name == null ? "" : " (\"" + name + "\")") + " has no externalReference; each org needs one");
    }
    if (name == null && !nameBad) {
      problem(line, "org" + (reference == null ? "" : " " + reference) + " has no name; each org needs one");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(org.externalReference(reference).name(name).build());
  }

  private Optional<SettingsValues> settings(JsonToken value) throws IOException {
    int line = line();
    if (value != JsonToken.START_OBJECT) {
      problem(line, "settings must be a mapping of " + SettingKey.spelled() + ", not " + describe(value));
      parser.skipChildren();
      return Optional.empty();
    }
    SettingsValues.Builder values = SettingsValues.builder();
    boolean any = false;
    int before = problems.size();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line();
      JsonToken token = parser.nextToken();
      Optional<SettingKey> setting = SettingKey.named(key);
      if (setting.isEmpty()) {
        problem(keyLine, "unknown setting \"" + key + "\"; the settings are " + SettingKey.spelled());
        parser.skipChildren();
        continue;
      }
      Object read = settingValue(setting.get(), token);
      if (read == null) {
        continue;
      }
      // Each value alone first, so that a value out of range is reported on its own line.
      try {
        SettingsValues.Builder alone = SettingsValues.builder();
        setting.get().give(alone, read);
        alone.build();
        setting.get().give(values, read);
        any = true;
      } catch (IllegalArgumentException refused) {
        problem(keyLine, refused.getMessage());
      }
    }
    if (!any && problems.size() == before) {
      problem(line, "settings names no setting; leave it out, or give some of " + SettingKey.spelled());
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(values.build());
  }

  private Object settingValue(SettingKey setting, JsonToken token) throws IOException {
    int line = line();
    switch (setting) {
      case ARCHIVE_HOLD_DAYS, MAX_USERS -> {
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
          return parser.getIntValue();
        }
        problem(line, setting.key + " must be a whole number, not " + describe(token));
      }
      case ORG_BACKUP_QUOTA_GB, USER_BACKUP_QUOTA_GB -> {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return parser.getDoubleValue();
        }
        problem(line, setting.key + " must be a number of GB, not " + describe(token));
      }
      case WEB_RESTORE_ENABLED -> {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return token == JsonToken.VALUE_TRUE;
        }
        problem(line, setting.key + " must be true or false, not " + describe(token));
      }
      case BACKUP_ALERT_RECIPIENT_EMAILS -> {
        if (token != JsonToken.START_ARRAY) {
          problem(line, setting.key + " must be a list of email addresses, not " + describe(token));
          parser.skipChildren();
          return null;
        }
        List<String> emails = new ArrayList<>();
        boolean bad = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken() == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
            emails.add(parser.getText());
          } else {
            problem(line(), setting.key + " must hold email addresses, not " + describe(parser.currentToken()));
            parser.skipChildren();
            bad = true;
          }
        }
        return bad ? null : List.copyOf(emails);
      }
    }
    parser.skipChildren();
    return null;
  }

  // Text only: a YAML number or date where a reference belongs is a surprise the document should spell out.
  private String text(String key, JsonToken value, boolean blankAllowed) throws IOException {
    if (value == JsonToken.VALUE_STRING && (blankAllowed || !parser.getText().isBlank())) {
      return parser.getText();
    }
    if (value == JsonToken.VALUE_STRING) {
      problem(line(), key + " must not be blank");
    } else {
      problem(line(), key + " must be text, not " + describe(value)
          + (value != null && value.isScalarValue() ? "; put it in quotes" : ""));
      parser.skipChildren();
    }
    return null;
  }

  private String describe(JsonToken token) throws IOException {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the text \"" + parser.getText() + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
      case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE ? "true" : "false";
      case VALUE_NULL -> "an empty value";
      default -> token.toString();
    };
  }

  private static String in(String reference) {
    return reference == null ? "" : " in org " + reference;
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  // SnakeYAML's message spans lines and names the context's line first; the problem's own mark is
  // where the document goes wrong (a tab on line 2 inside a mapping that starts on line 1).
  private void malformed(JsonProcessingException malformed) {
    for (Throwable cause = malformed.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        String context = yaml.getContext() == null ? "" : oneLine(yaml.getContext()) + ": ";
        problem(yaml.getProblemMark().getLine() + 1, context + oneLine(yaml.getProblem()));
        return;
      }
    }
    JsonLocation at = malformed.getLocation();
    problem(at == null ? 0 : at.getLineNr(), oneLine(malformed.getOriginalMessage()));
  }

  private static String oneLine(String message) {
    return message == null ? "not YAML or JSON" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private void problem(int line, String message) {
    problems.add(new OrgTreeException.Problem(line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), message));
  }
}
