package dev.termbot.glossary;

import java.time.LocalDate;

/**
 * When an entry was last checked by a person, and where in the file that date is written, so a
 * warning about an old review can point at the line to edit. Immutable.
 *
 * @param termId   the entry's id
 * @param reviewed the entry's {@code reviewed} date
 * @param line     line of the date in the file, from 1
 * @param column   column of the date, from 1
 */
public record ReviewDate(String termId, LocalDate reviewed, int line, int column) {
}
