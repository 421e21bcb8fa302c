package org.openconsultation.core.internal;

import org.openconsultation.core.export.ExportTable;

/**
 * A column that names a row of another table (or of its own), declared in the open-data schema.
 *
 * @param field the column holding the reference
 * @param resource the table referred to
 * @param referenceField the column of that table it matches
 */
record TableForeignKey(String field, ExportTable resource, String referenceField) {}
