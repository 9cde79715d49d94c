package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escaping_defuses_mentions_and_links() {
        assertThat(Mrkdwn.escape("<!channel> & <@U1> <#C1|x> <https://evil|ok>"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;#C1|x&gt; &lt;https://evil|ok&gt;");
        assertThat(Mrkdwn.escape(null)).isEmpty();
    }

    @Test
    void links_are_built_only_for_http_urls_and_labels_cannot_break_out() {
        assertThat(Mrkdwn.link("https://arxiv.org/abs/1503.02531?a=1&b=2", "Hinton <et al> | 2015"))
                .isEqualTo("<https://arxiv.org/abs/1503.02531?a=1&amp;b=2|Hinton &lt;et al&gt; \u2758 2015>");
        assertThat(Mrkdwn.link("javascript:alert(1)", "click")).isEqualTo("click (javascript:alert(1))");
        assertThat(Mrkdwn.link("https://x.org/a|b", "t")).isEqualTo("t (https://x.org/a|b)");
    }

    @Test
    void digest_markdown_becomes_mrkdwn_and_user_text_in_it_stays_inert() {
        String markdown = "# Weekly digest\n\n## Top queries\n- **distillation** (4)\n- <!here> & friends\n"
                + "See [the glossary](https://example.org/g).\n";

        assertThat(Mrkdwn.fromMarkdown(markdown)).isEqualTo("*Weekly digest*\n\n*Top queries*\n\u2022 *distillation* (4)\n"
                + "\u2022 &lt;!here&gt; &amp; friends\nSee <https://example.org/g|the glossary>.");
    }

    @Test
    void shortening_keeps_surrogate_pairs_whole() {
        assertThat(Mrkdwn.shorten("abcdef", 10)).isEqualTo("abcdef");
        assertThat(Mrkdwn.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Mrkdwn.shorten("ab\ud83d\ude80cd", 4)).isEqualTo("ab\u2026");
    }
}
