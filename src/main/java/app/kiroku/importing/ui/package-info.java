@NullMarked
package app.kiroku.importing.ui;

import org.jspecify.annotations.NullMarked;
