package dev.crashplan4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How orgs are shown: a table that fits the terminal, CSV with a header (column names as the
 * bulk CSV spells them, so a listing can be cut down and fed back), or JSON, one array of
 * objects with the same names.
 */
final class OrgView {

  /** One JSON mapper for the program: its output is indented, for people and jq alike. */
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  /** The columns of a CSV listing, in order. */
  static final List<String> CSV_COLUMNS = List.of("orgId", "orgUid", "name", "externalReference", "status", "blocked",
      "parentOrgId", "parentOrgUid", "notes");

  private OrgView() {}

  /** The org's fields by name, as JSON and CSV show them; absent values are null. */
  static Map<String, Object> fields(Org org) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("orgId", org.id().value());
    fields.put("orgUid", org.uid().value());
    fields.put("orgGuid", org.guid().toString());
    fields.put("name", org.name());
    fields.put("externalReference", org.externalReference().orElse(null));
    fields.put("status", status(org));
    fields.put("blocked", org.blocked());
    fields.put("parentOrgId", org.parentId().map(id -> (Object) id.value()).orElse(null));
    fields.put("parentOrgUid", org.parentUid().map(Object::toString).orElse(null));
    fields.put("notes", org.notes().orElse(null));
    fields.put("creationDate", org.creationDate().map(Object::toString).orElse(null));
    fields.put("modificationDate", org.modificationDate().map(Object::toString).orElse(null));
    fields.put("deactivationDate", org.deactivationDate().map(Object::toString).orElse(null));
    return fields;
  }

  /** {@code active} or {@code deactivated}, or the console's word for a status the SDK does not know. */
  static String status(Org org) {
    return org.status() == OrgStatus.UNKNOWN ? org.statusText().toLowerCase(java.util.Locale.ROOT)
        : org.status().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The state a table shows: the status, and {@code blocked} when it is. */
  static String state(Org org) {
    return status(org) + (org.blocked() ? ", blocked" : "");
  }

  /** Writes orgs one at a time as a JSON array, so that a listing of any size takes flat memory. */
  static final class JsonArray implements AutoCloseable {
    private final SequenceWriter writer;

    JsonArray(Writer out) {
      try {
        writer = JSON.writer().writeValuesAsArray(out);
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }

    void write(Org org) {
      try {
        writer.write(fields(org));
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }

    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }
  }

  /** Writes orgs one at a time as CSV rows under a header of {@link #CSV_COLUMNS}. */
  static final class CsvRows implements AutoCloseable {
    private final SequenceWriter writer;

    CsvRows(Writer out) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      CSV_COLUMNS.forEach(schema::addColumn);
      try {
        writer = CSV.writerFor(Map.class).with(schema.build()).writeValues(out);
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }

    void write(Org org) {
      Map<String, Object> fields = fields(org);
      Map<String, Object> row = new LinkedHashMap<>();
      CSV_COLUMNS.forEach(column -> row.put(column, fields.get(column) == null ? "" : fields.get(column)));
      try {
        writer.write(row);
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }

    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException unwritable) {
        throw new UncheckedIOException("cannot write to standard output", unwritable);
      }
    }
  }

  /**
   * Writes {@code orgs} as a table {@code width} columns wide at most: id, uid, name, external
   * reference and state, and from 120 columns the parent's id; names and references that do
   * not fit end in {@code ~}.
   */
  static void table(List<Org> orgs, int width, Writer out) {
    List<Column> columns = new ArrayList<>(List.of(
        new Column("ID", org -> org.id().toString(), false),
        new Column("UID", org -> org.uid().value(), false),
        new Column("NAME", Org::name, true),
        new Column("EXT REF", org -> org.externalReference().orElse(""), true),
        new Column("STATE", OrgView::state, false)));
    if (width >= 120) {
      columns.add(new Column("PARENT", org -> org.parentId().map(Object::toString).orElse(""), false));
    }
    Table.write(columns, orgs, width, out);
  }

  /** Writes the org's fields as {@code name  value} lines. */
  static void details(Org org, Writer out) {
    Map<String, Object> fields = fields(org);
    int keyWidth = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
    try {
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        out.write(String.format("%-" + keyWidth + "s  %s%n", field.getKey(), Objects.toString(field.getValue(), "")));
      }
      out.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write to standard output", unwritable);
    }
  }

  /** Writes the org as one JSON object. */
  static void json(Org org, Writer out) {
    try {
      JSON.writeValue(out, fields(org));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write to standard output", unwritable);
    }
  }

  /** A column of a table: its heading, its text for a row, and whether it may be cut to fit. */
  record Column(String heading, Function<Org, String> text, boolean shrinks) {}
}
