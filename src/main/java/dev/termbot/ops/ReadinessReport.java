package dev.termbot.ops;

import java.util.List;

/**
 * The answers of all readiness checks at one moment, and the plain-text body of {@code /readyz}:
 * one line per check, {@code name: ok} or {@code name: not ready (reason)}.
 */
record ReadinessReport(boolean ready, String body) {

    static ReadinessReport of(List<OpsServer.NamedCheck> checks) {
        if (checks.isEmpty()) {
            return new ReadinessReport(true, "ok (no readiness checks registered)\n");
        }
        boolean ready = true;
        StringBuilder body = new StringBuilder();
        for (OpsServer.NamedCheck named : checks) {
            Readiness answer = ask(named.check());
            ready &= answer.ready();
            body.append(named.name()).append(": ")
                    .append(answer.ready() ? "ok" : "not ready (" + oneLine(answer.detail()) + ")")
                    .append('\n');
        }
        return new ReadinessReport(ready, body.toString());
    }

    private static Readiness ask(ReadinessCheck check) {
        try {
            Readiness answer = check.check();
            return answer == null ? Readiness.notReady("check gave no answer") : answer;
        } catch (RuntimeException e) {
            return Readiness.notReady("check failed: " + e.getClass().getSimpleName());
        }
    }

    /** Details come from other parts (driver messages); keep them to one line and free of secrets. */
    private static String oneLine(String detail) {
        String text = detail.isBlank() ? "no reason given" : detail.strip().replaceAll("\\s+", " ");
        return SecretRedactor.current().redact(text);
    }
}
