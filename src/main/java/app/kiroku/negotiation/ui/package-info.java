@NullMarked
package app.kiroku.negotiation.ui;

import org.jspecify.annotations.NullMarked;
