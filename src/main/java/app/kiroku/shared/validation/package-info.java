@NullMarked
package app.kiroku.shared.validation;

import org.jspecify.annotations.NullMarked;
