@NullMarked
package app.kiroku.schedule.feed.ui;

import org.jspecify.annotations.NullMarked;
