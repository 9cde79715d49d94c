package dev.termbot.detection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishFormsTest {
    @Test
    void proposes_regular_plurals() {
        assertThat(EnglishForms.plurals("attack")).containsExactly("attacks");
        assertThat(EnglishForms.plurals("batch")).containsExactly("batches");
        assertThat(EnglishForms.plurals("query")).contains("queries");
        assertThat(EnglishForms.plurals("analysis")).contains("analyses");
        assertThat(EnglishForms.plurals("leaf")).contains("leaves");
    }

    @Test
    void proposes_verb_forms_with_their_spelling_changes() {
        assertThat(EnglishForms.verbForms("attack")).contains("attacks", "attacked", "attacking");
        assertThat(EnglishForms.verbForms("distill")).contains("distills", "distilled", "distilling");
        assertThat(EnglishForms.verbForms("scrape")).contains("scraped", "scraping");
        assertThat(EnglishForms.verbForms("copy")).contains("copies", "copied", "copying");
        assertThat(EnglishForms.verbForms("stop")).contains("stopped", "stopping");
    }

    @Test
    void knows_noun_making_suffixes() {
        assertThat(EnglishForms.hasNounSuffix("injection")).isTrue();
        assertThat(EnglishForms.hasNounSuffix("attacker")).isTrue();
        assertThat(EnglishForms.hasNounSuffix("attack")).isFalse();
        assertThat(EnglishForms.hasNounSuffix("ring")).as("too short to carry a suffix").isFalse();
    }
}
