@NullMarked
package app.kiroku.bench;

import org.jspecify.annotations.NullMarked;
