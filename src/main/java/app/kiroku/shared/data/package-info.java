@NullMarked
package app.kiroku.shared.data;

import org.jspecify.annotations.NullMarked;
