/**
 * データ取込: customers and records from Excel or CSV files. A file is checked in a dry run, then imported in the
 * background a batch at a time, each batch in its own transaction; the history keeps who imported what and how it
 * went. Who may import: ADMIN, and STAFF users an admin allowed.
 */
@NullMarked
package app.kiroku.importing;

import org.jspecify.annotations.NullMarked;
