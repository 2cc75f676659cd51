@NullMarked
package app.kiroku.negotiation;

import org.jspecify.annotations.NullMarked;
