@NullMarked
package app.kiroku.dashboard;

import org.jspecify.annotations.NullMarked;
