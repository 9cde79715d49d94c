package dev.termbot.storage;

/**
 * What the bot did in a stretch of time (the digest's chart asks per day).
 *
 * @param notes      notes posted
 * @param suppressed hits whose note was held back (cooldown, already explained, opted out, muted,
 *                   bot author); duplicate deliveries are not counted
 * @param disputed   hits whose writer already disputed the term
 */
public record ActivityCounts(long notes, long suppressed, long disputed) {
    public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0);
}
