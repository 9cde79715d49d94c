package dev.termbot.core;

import java.util.Optional;

/**
 * What a note's feedback and removal buttons carry, so a click can be judged without looking the
 * note up anywhere: the author of the answered message and the rule. Adapters put {@link #encode()}
 * in the button (a Slack {@code value}, after the Discord {@code custom_id}'s prefix); the platform
 * hands it back unchanged and authenticated (Slack signs the payload, Discord sends it over the
 * bot's own gateway). The author id comes first because platform user ids never contain a colon,
 * while a rule id might.
 *
 * @param authorId the raw id of the person the note answered
 * @param ruleId   the rule the note explains
 */
public record NoteButton(String authorId, String ruleId) {
    /** The three controls every passive note carries; the ids are the platforms' action / custom ids. */
    public enum Control {
        HELPFUL("feedback_helpful"),
        NOT_NEEDED("feedback_not_needed"),
        REMOVE("remove_note");

        private final String id;

        Control(String id) {
            this.id = id;
        }

        /** The Slack {@code action_id}, and the start of the Discord {@code custom_id}. */
        public String id() {
            return id;
        }
    }

    public String encode() {
        return authorId + ":" + ruleId;
    }

    /** The value {@link #encode()} made; empty for anything else. */
    public static Optional<NoteButton> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new NoteButton(value.substring(0, colon), value.substring(colon + 1)));
    }
}
