@NullMarked
package app.kiroku.user.ui;

import org.jspecify.annotations.NullMarked;
