@NullMarked
package app.kiroku.dashboard.ui;

import org.jspecify.annotations.NullMarked;
