package app.kiroku.schedule.feed;

/** A freshly issued feed URL, for a calendar app ({@code webcal://}) and for pasting ({@code https://}). */
public record FeedLinks(String web, String webcal) {

    static FeedLinks of(String baseUrl, String token) {
        String web = baseUrl + CalendarFeedController.PATH + token + CalendarFeedController.SUFFIX;
        return new FeedLinks(web, web.replaceFirst("^https?://", "webcal://"));
    }
}
