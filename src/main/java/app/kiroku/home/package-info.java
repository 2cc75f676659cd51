@NullMarked
package app.kiroku.home;

import org.jspecify.annotations.NullMarked;
