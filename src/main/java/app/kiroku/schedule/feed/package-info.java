@NullMarked
package app.kiroku.schedule.feed;

import org.jspecify.annotations.NullMarked;
