@NullMarked
package app.kiroku.home.ui;

import org.jspecify.annotations.NullMarked;
