@NullMarked
package app.kiroku.customer;

import org.jspecify.annotations.NullMarked;
