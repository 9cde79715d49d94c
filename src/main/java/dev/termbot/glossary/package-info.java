/**
 * The glossary moderators edit ({@code config/glossary.yaml}): loading with located validation
 * errors, and {@code /define} lookup with typo tolerance and suggestions. Imports core and the YAML
 * library only.
 */
package dev.termbot.glossary;
