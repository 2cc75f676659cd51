/** Scheduled work that runs once across all Kiroku nodes sharing one database. */
@NullMarked
package app.kiroku.shared.jobs;

import org.jspecify.annotations.NullMarked;
