package dev.termbot.storage;

/** What {@link PrivacyRequests#forget} deleted. */
public record ForgetReport(String userHash, int events, int optOuts, int explained, int noteVotes, int noteRemovals) {
    /** A report with no answers to notes deleted. */
    public ForgetReport(String userHash, int events, int optOuts, int explained) {
        this(userHash, events, optOuts, explained, 0, 0);
    }

    public int total() {
        return events + optOuts + explained + noteVotes + noteRemovals;
    }
}
