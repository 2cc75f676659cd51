@NullMarked
package app.kiroku.schedule;

import org.jspecify.annotations.NullMarked;
