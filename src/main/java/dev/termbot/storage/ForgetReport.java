package dev.termbot.storage;

/** What {@link PrivacyRequests#forget} deleted. */
public record ForgetReport(String userHash, int events, int optOuts, int explained) {
    public int total() {
        return events + optOuts + explained;
    }
}
