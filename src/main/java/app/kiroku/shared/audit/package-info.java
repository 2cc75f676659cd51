@NullMarked
package app.kiroku.shared.audit;

import org.jspecify.annotations.NullMarked;
