@NullMarked
package app.kiroku.shared.chart;

import org.jspecify.annotations.NullMarked;
