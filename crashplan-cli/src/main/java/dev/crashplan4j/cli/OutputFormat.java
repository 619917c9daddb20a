package dev.crashplan4j.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command writes its data: a table for people, CSV with a header, or JSON. */
enum OutputFormat {
  /** Columns fitting the terminal's width. */
  TABLE,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** JSON: one array for a listing, one object for one thing. */
  JSON;

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code table}, {@code csv} or {@code json}, any case; names the three otherwise. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.wireName().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a format: table, csv or json");
    }
  }

  /** The formats, as completion offers them. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(OutputFormat::wireName).iterator();
    }
  }

  /** The formats of a command that shows one thing: table or json. */
  static final class TableOrJson implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json").iterator();
    }
  }
}
