package dev.termbot.storage;

/** What {@link PrivacyRequests#forget} deleted. */
public record ForgetReport(String userHash, int events, int optOuts, int explained, int noteVotes, int noteRemovals,
                           int suggestions) {
    /** A report with no answers to notes and no glossary suggestions touched. */
    public ForgetReport(String userHash, int events, int optOuts, int explained) {
        this(userHash, events, optOuts, explained, 0, 0, 0);
    }

    /**
     * @return every row deleted or made anonymous, glossary suggestions included (see
     * {@link PrivacyRequests#forget})
     */
    public int total() {
        return events + optOuts + explained + noteVotes + noteRemovals + suggestions;
    }
}
