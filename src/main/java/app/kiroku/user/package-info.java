@NullMarked
package app.kiroku.user;

import org.jspecify.annotations.NullMarked;
