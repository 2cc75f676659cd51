package app.kiroku.user;

/**
 * What a user chose in アカウント設定 about mail for their visits.
 *
 * @param invitations 「訪問の招待をメールで受け取る」: an iCalendar invitation when someone else gives them a visit or
 *        moves one of theirs, and its cancellation
 * @param reminders 「訪問のリマインダーをメールで受け取る」: tomorrow's visits the evening before, overdue plans in
 *        the morning
 */
public record CalendarMailChoices(boolean invitations, boolean reminders) {}
