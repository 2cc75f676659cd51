@NullMarked
package app.kiroku.shared.text;

import org.jspecify.annotations.NullMarked;
