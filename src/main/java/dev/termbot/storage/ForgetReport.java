package dev.termbot.storage;

/** What {@link PrivacyRequests#forget} deleted. */
public record ForgetReport(String userHash, int events, int optOuts, int explained, int suggestions) {
    public ForgetReport(String userHash, int events, int optOuts, int explained) {
        this(userHash, events, optOuts, explained, 0);
    }

    /**
     * @return every row deleted or made anonymous, glossary suggestions included (see
     * {@link PrivacyRequests#forget})
     */
    public int total() {
        return events + optOuts + explained + suggestions;
    }
}
