@NullMarked
package app.kiroku.schedule.ui;

import org.jspecify.annotations.NullMarked;
