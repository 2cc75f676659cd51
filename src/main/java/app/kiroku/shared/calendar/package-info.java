@NullMarked
package app.kiroku.shared.calendar;

import org.jspecify.annotations.NullMarked;
