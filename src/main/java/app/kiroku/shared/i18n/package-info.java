@NullMarked
package app.kiroku.shared.i18n;

import org.jspecify.annotations.NullMarked;
