@NullMarked
package app.kiroku.master.ui;

import org.jspecify.annotations.NullMarked;
