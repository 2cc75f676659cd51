/**
 * Reading tables from uploaded files (CSV in UTF-8, UTF-16 or Shift_JIS, comma or tab; Excel .xlsx) row by row,
 * and the parts an import shares whatever it brings in: fields, column mappings, row problems and batches.
 */
@NullMarked
package app.kiroku.shared.importing;

import org.jspecify.annotations.NullMarked;
