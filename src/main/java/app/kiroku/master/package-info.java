@NullMarked
package app.kiroku.master;

import org.jspecify.annotations.NullMarked;
