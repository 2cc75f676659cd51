@NullMarked
package app.kiroku.mail.ui;

import org.jspecify.annotations.NullMarked;
