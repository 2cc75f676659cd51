@NullMarked
package app.kiroku.customer.ui;

import org.jspecify.annotations.NullMarked;
