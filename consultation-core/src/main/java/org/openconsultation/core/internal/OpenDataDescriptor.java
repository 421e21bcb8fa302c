package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.OpenDataLicence;
import org.openconsultation.core.model.Consultation;

/**
 * The Frictionless {@code datapackage.json} of an open-data package: a tabular data package whose
 * resources are the CSV files, each with its Table Schema (fields with name, type and description,
 * constraints, primary and foreign keys), the licence and the source. It carries no creation date,
 * so that the same data always gives the same descriptor.
 */
final class OpenDataDescriptor {

  /** The descriptor's name in the package. */
  static final String FILE = "datapackage.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private OpenDataDescriptor() {}

  /** Writes the descriptor of a package holding {@code tables} to {@code out}, not closing it. */
  static void write(
      Consultation c, ExportOptions options, List<ExportTable> tables, OutputStream out) {
    try {
      WRITER.writeValue(out, descriptor(c, options, tables));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor as a JSON tree. */
  static ObjectNode descriptor(Consultation c, ExportOptions options, List<ExportTable> tables) {
    ObjectNode root = NODES.objectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", name(c.slug()));
    root.put("title", c.title());
    if (!c.description().isBlank()) {
      root.put("description", c.description());
    }
    OpenDataLicence licence = options.licence();
    root.putArray("licenses")
        .addObject()
        .put("name", licence.name())
        .put("title", licence.title())
        .put("path", licence.path());
    String source = options.source();
    if (source != null) {
      root.putArray("sources").addObject().put("title", c.title()).put("path", source);
    }
    ArrayNode resources = root.putArray("resources");
    for (ExportTable table : tables) {
      resources.add(resource(Tables.of(table), tables));
    }
    return root;
  }

  private static ObjectNode resource(TableDefinition<?, ?> definition, List<ExportTable> tables) {
    ObjectNode resource = NODES.objectNode();
    resource.put("profile", "tabular-data-resource");
    resource.put("name", definition.table().fileStem());
    resource.put("path", definition.fileName());
    resource.put("title", definition.title());
    resource.put("description", definition.description());
    resource.put("format", "csv");
    resource.put("mediatype", "text/csv");
    resource.put("encoding", "utf-8");
    ObjectNode schema = resource.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    for (TableColumn<?> column : definition.columns()) {
      fields.add(field(column));
    }
    ArrayNode primaryKey = schema.putArray("primaryKey");
    definition.primaryKey().forEach(primaryKey::add);
    ArrayNode foreignKeys = NODES.arrayNode();
    for (TableForeignKey key : definition.foreignKeys()) {
      if (tables.contains(key.resource())) {
        ObjectNode fk = foreignKeys.addObject().put("fields", key.field());
        fk.putObject("reference")
            .put("resource", key.resource() == definition.table() ? "" : key.resource().fileStem())
            .put("fields", key.referenceField());
      }
    }
    if (!foreignKeys.isEmpty()) {
      schema.set("foreignKeys", foreignKeys);
    }
    return resource;
  }

  private static ObjectNode field(TableColumn<?> column) {
    ObjectNode field = NODES.objectNode();
    field.put("name", column.name());
    field.put("type", column.type().schemaType());
    String format = column.type().format();
    if (format != null) {
      field.put("format", format);
    }
    field.put("description", column.description());
    ObjectNode constraints = NODES.objectNode();
    if (column.required()) {
      constraints.put("required", true);
    }
    if (column.unique()) {
      constraints.put("unique", true);
    }
    if (!column.values().isEmpty()) {
      ArrayNode values = constraints.putArray("enum");
      column.values().forEach(values::add);
    }
    if (!constraints.isEmpty()) {
      field.set("constraints", constraints);
    }
    return field;
  }

  /** A package name as Frictionless wants it: lower case letters, digits, '-', '_' and '.'. */
  static String name(String slug) {
    String name = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    return name.isEmpty() ? "consultation" : name;
  }
}
