package dev.termbot.detection.stance;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.core.StanceJudge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges whether the writer uses each hit or already disputes it. A cheap {@link DisputeScreen}
 * passes a message on only when some cue could be present; then the message is split into
 * sentences, tokenized and tagged (OpenNLP), and the cue checks look at the sentence around each
 * hit (and the next one, for replies and corrections).
 *
 * <p>Strong evidence (a judgement, a correction, "so-called", "the term X", ...) makes a dispute;
 * weak evidence (scare quotes, mockery) needs support from another cue. A question that only asks
 * whether the name fits, and a denied judgement, keep the hit a use.
 *
 * <p>Never throws: a failure in the analysis leaves the hits as uses, because a needless note costs
 * less than a lost one. Thread-safe.
 */
public final class StanceAnalyzer implements StanceJudge {
    private final Map<String, CueLexicon> lexicons;
    private final Map<String, DisputeScreen> screens;

    private StanceAnalyzer(Map<String, CueLexicon> lexicons, Map<String, DisputeScreen> screens) {
        this.lexicons = lexicons;
        this.screens = screens;
    }

    /** An analyzer for these rules, each with its cue words (shared cues already merged in). */
    public static StanceAnalyzer forRules(Collection<MisuseRule> rules) {
        Map<String, MisuseRule> byId = rules.stream().collect(Collectors.toMap(MisuseRule::id, Function.identity(), (a, b) -> a));
        Map<String, CueLexicon> lexicons = byId.values().stream()
                .collect(Collectors.toUnmodifiableMap(MisuseRule::id, rule -> CueLexicon.of(rule.cues())));
        Map<String, DisputeScreen> screens = byId.values().stream()
                .collect(Collectors.toUnmodifiableMap(MisuseRule::id, rule -> DisputeScreen.of(rule.cues())));
        return new StanceAnalyzer(lexicons, screens);
    }

    @Override
    public List<Hit> judge(String text, Markup markup, List<Hit> hits) {
        try {
            if (hits.stream().noneMatch(hit -> screen(hit).mightDispute(text, hit))) {
                return hits;
            }
            MessageView view = new MessageView(text, markup);
            List<Hit> judged = new ArrayList<>(hits.size());
            for (Hit hit : hits) {
                judged.add(hit.withStance(decide(evidence(view, hit))));
            }
            return judged;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return hits;
        }
    }

    /** What the grammar found around one hit (for tests and for reading a judgement). */
    Set<Evidence> evidence(String text, Markup markup, Hit hit) {
        return evidence(new MessageView(text, markup), hit);
    }

    private Set<Evidence> evidence(MessageView view, Hit hit) {
        Set<Evidence> found = EnumSet.noneOf(Evidence.class);
        CueLexicon cues = lexicons.get(hit.ruleId());
        int index = view.sentenceAt(hit.start());
        if (cues == null || index < 0) {
            return found;
        }
        Sentence sentence = view.sentence(index);
        int first = sentence.tokenAt(hit.start(), hit.end());
        int last = sentence.lastTokenAt(hit.start(), hit.end());
        if (first < 0) {
            return found;
        }
        HitSite site = new HitSite(view, index, first, last, cues, hit);
        if (sentence.quoted) {
            return QuotedReply.judge(site, inOwnWords(site));
        }
        return inOwnWords(site);
    }

    /** The evidence around a hit, read as if its sentence were the writer's own. */
    private static Set<Evidence> inOwnWords(HitSite site) {
        Set<Evidence> found = EnumSet.noneOf(Evidence.class);
        TermTalk.find(site, found);
        NamingFrames.find(site, found);
        Corrections.find(site, found);
        if (!site.sentence.quoted) {
            Anaphora.find(site, found);
        }
        if (found.contains(Evidence.SCARE_QUOTED) || found.contains(Evidence.MOCKED)) {
            Support.find(site, found);
        }
        return found;
    }

    static Stance decide(Set<Evidence> found) {
        Set<Evidence> strong = EnumSet.noneOf(Evidence.class);
        found.stream().filter(Evidence::strong).forEach(strong::add);
        if (found.contains(Evidence.DEFENDED)) {
            // a denied or disowned judgement says nothing against the term
            strong.remove(Evidence.JUDGED);
            strong.remove(Evidence.REFRAMED);
        }
        if (!strong.isEmpty()) {
            return Stance.DISPUTED;
        }
        if (found.contains(Evidence.DEFENDED) || found.contains(Evidence.ASKED)) {
            // quotes around a term whose judgement is denied, or asked about, do not dispute it
            return Stance.USE;
        }
        boolean weak = found.contains(Evidence.SCARE_QUOTED) || found.contains(Evidence.MOCKED);
        return weak && found.contains(Evidence.SUPPORTED) ? Stance.DISPUTED : Stance.USE;
    }

    private DisputeScreen screen(Hit hit) {
        return screens.getOrDefault(hit.ruleId(), DisputeScreen.PASS_ALL);
    }
}
