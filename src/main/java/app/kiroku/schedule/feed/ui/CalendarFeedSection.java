package app.kiroku.schedule.feed.ui;

import app.kiroku.schedule.feed.CalendarFeedService;
import app.kiroku.user.ui.AccountSection;
import com.vaadin.flow.component.Component;

/** Puts the calendar feed panel into アカウント設定. */
@org.springframework.stereotype.Component
class CalendarFeedSection implements AccountSection {

    private final CalendarFeedService feeds;

    CalendarFeedSection(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public Component create() {
        return new CalendarFeedPanel(feeds);
    }
}
