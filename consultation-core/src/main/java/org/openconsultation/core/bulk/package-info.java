/**
 * Bulk imports for facilitators: the outcome of importing a file of workshops ({@link
 * org.openconsultation.core.bulk.BulkImportReport}), either everything it recorded or every bad row
 * with its line, column and reason ({@link org.openconsultation.core.bulk.RowError}).
 */
@NullMarked
package org.openconsultation.core.bulk;

import org.jspecify.annotations.NullMarked;
