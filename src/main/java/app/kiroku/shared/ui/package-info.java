@NullMarked
package app.kiroku.shared.ui;

import org.jspecify.annotations.NullMarked;
