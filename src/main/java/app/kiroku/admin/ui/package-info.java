@NullMarked
package app.kiroku.admin.ui;

import org.jspecify.annotations.NullMarked;
