package dev.crashplan4j.core.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test documents: the two settings documents beside these tests, read as a transport would. */
final class Documents {

  static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

  private Documents() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      return JSON.readValue(in, LinkedHashMap.class);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  static OrgSettings own() {
    return OrgSettings.of(read("own-settings.json"),
        Map.of("device_webRestore_enabled", new TSetting("device_webRestore_enabled", "false", false)));
  }

  static OrgSettings inherited() {
    return OrgSettings.of(read("inherited-settings.json"), Map.of());
  }

  static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
