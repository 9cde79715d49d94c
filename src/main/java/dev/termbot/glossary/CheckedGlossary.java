package dev.termbot.glossary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A glossary as {@code glossary check} sees it: the validated entries and rules plus where each
 * review date is written, so that entries nobody has checked for a long time can be reported as
 * {@code file:line:col: warning: ...}. An old review is a warning, never an error: the entry is
 * still valid, it only deserves a fresh look. Immutable.
 *
 * @param glossary the validated glossary
 * @param fileName the name used in messages (the path as given, or the built-in resource)
 * @param reviews  every entry's review date with its position, in file order
 */
public record CheckedGlossary(Glossary glossary, String fileName, List<ReviewDate> reviews) {
    public CheckedGlossary {
        reviews = List.copyOf(reviews);
    }

    /** The reviews older than {@code maxAgeDays} on {@code today}, the same rule the weekly digest applies. */
    public List<ReviewDate> staleReviews(LocalDate today, int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maxAgeDays must not be negative");
        }
        LocalDate reviewedBy = today.minusDays(maxAgeDays);
        return reviews.stream().filter(review -> review.reviewed().isBefore(reviewedBy)).toList();
    }

    /** One {@code file:line:col: warning: ...} line per stale review. */
    public List<String> staleWarnings(LocalDate today, int maxAgeDays) {
        return staleReviews(today, maxAgeDays).stream()
                .map(review -> fileName + ":" + review.line() + ":" + review.column() + ": warning: term '" + review.termId()
                        + "' was last reviewed on " + review.reviewed() + ", " + ChronoUnit.DAYS.between(review.reviewed(), today)
                        + " days ago (more than " + maxAgeDays + "); check it and update 'reviewed'")
                .toList();
    }
}
