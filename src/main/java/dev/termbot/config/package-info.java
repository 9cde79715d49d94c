/**
 * Reading the YAML files people edit (glossary, settings) so that every mistake is reported at its
 * line and column: located mappings and texts, problem collection, "did you mean" hints.
 */
package dev.termbot.config;
