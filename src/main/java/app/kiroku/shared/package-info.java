@NullMarked
package app.kiroku.shared;

import org.jspecify.annotations.NullMarked;
