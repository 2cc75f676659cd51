@NullMarked
package app.kiroku.demo;

import org.jspecify.annotations.NullMarked;
