package dev.termbot.cli;

import dev.termbot.core.Bot;
import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.Reply;
import dev.termbot.core.Suggestion;
import dev.termbot.core.Where;
import dev.termbot.detection.Inflections;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole road of a suggestion as {@code run} wires it: the real glossary file, the real SQLite
 * store, {@link OverlayDrafts} and {@link KnowledgeHolder}: suggested, approved, found by
 * {@code /define} without a restart, kept across file edits, and seen by a second process.
 */
class GlossarySuggestionsFlowTest {
    private static final Where CHANNEL = new Where("console", "local", "console", "");
    private static final String GROKKING = "suggest Grokking: A sudden jump from memorising the training set to"
            + " generalising, long after training loss stopped falling. https://arxiv.org/abs/2201.02177";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final List<AutoCloseable> open = new ArrayList<>();

    /** One termbot process: its glossary holder, store, suggestions and bot. */
    private record Process(KnowledgeHolder holder, Storage storage, GlossarySuggestions suggestions, Bot bot) {
    }

    private Process process() throws Exception {
        Path file = dir.resolve("glossary.yaml");
        if (!Files.exists(file)) {
            Files.copy(Path.of("config/glossary.yaml"), file);
        }
        GlossaryOption option = new GlossaryOption();
        option.file = file;
        KnowledgeHolder holder = KnowledgeHolder.load(new KnowledgeFactory(Inflections.NONE), option);
        Storage storage = Storage.open(dir.resolve("termbot.db"), clock, StorageOptions.defaults());
        open.add(storage);
        holder.mergeOverlay(() -> storage.suggestions().overlay().stream().map(e -> e.entryYaml()).toList(),
                storage.suggestions()::overlayVersion);
        GlossarySuggestions suggestions = new GlossarySuggestions(storage.suggestions(), new OverlayDrafts(holder), clock);
        Bot bot = new Bot(holder, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, new RecordingUsageLog(), clock);
        return new Process(holder, storage, suggestions, bot);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void an_approved_suggestion_is_found_by_define_at_once_and_survives_file_edits_until_the_file_has_it() throws Exception {
        Process bot = process();
        assertThat(bot.bot().define(CHANNEL, "alice", "grokking").kind()).isEqualTo(Reply.Kind.NOT_FOUND);

        // GIVEN a member's suggestion
        GlossarySuggestions.Submitted submitted = bot.suggestions().suggest(CHANNEL, "alice", BotCommand.parse(GROKKING));
        assertThat(submitted.answer().title()).isEqualTo("Suggestion sent");
        long id = submitted.suggestion().orElseThrow().id();

        // WHEN a moderator approves it
        GlossarySuggestions.Decided decided = bot.suggestions().decide(id, true, "mod");

        // THEN /define finds it, without a restart
        assertThat(decided.answer().title()).isEqualTo("Suggestion approved");
        assertThat(decided.suggestion().map(Suggestion::status)).contains(Suggestion.Status.APPROVED);
        Reply found = bot.bot().define(CHANNEL, "bob", "grokking");
        assertThat(found.kind()).isEqualTo(Reply.Kind.DEFINITION);
        assertThat(found.summary()).startsWith("A sudden jump from memorising");
        assertThat(found.links()).extracting(l -> l.url()).containsExactly("https://arxiv.org/abs/2201.02177");

        // AND an unrelated edit of the file keeps it merged
        Path file = dir.resolve("glossary.yaml");
        Files.writeString(file, Files.readString(file).replace("Training a model, usually a smaller one,",
                "Training a model, often a smaller one,"));
        assertThat(bot.holder().reload()).isEmpty();
        assertThat(bot.bot().define(CHANNEL, "bob", "distillation").summary()).startsWith("Training a model, often");
        assertThat(bot.bot().define(CHANNEL, "bob", "grokking").kind()).isEqualTo(Reply.Kind.DEFINITION);

        // AND once the file has its own entry (an export was committed, then edited), the file wins
        String exported = GlossaryExportCommandTest.export(file, dir.resolve("termbot.db"));
        Files.writeString(file, exported.replace("A sudden jump from memorising", "An abrupt jump from memorising"));
        assertThat(bot.holder().reload()).isEmpty();
        assertThat(bot.bot().define(CHANNEL, "bob", "grokking").summary()).startsWith("An abrupt jump");
    }

    @Test
    void a_suggestion_the_file_rules_refuse_is_explained_to_the_member_and_not_stored() throws Exception {
        Process bot = process();

        GlossarySuggestions.Submitted plainHttp = bot.suggestions().suggest(CHANNEL, "alice",
                BotCommand.parse("suggest Grokking: A sudden jump to generalising. http://example.org/grokking"));
        GlossarySuggestions.Submitted noColon = bot.suggestions().suggest(CHANNEL, "alice", BotCommand.parse("suggest Grokking"));
        GlossarySuggestions.Submitted known = bot.suggestions().suggest(CHANNEL, "alice",
                BotCommand.parse("suggest LLM: A big model. https://example.org/llm"));

        assertThat(plainHttp.suggestion()).isEmpty();
        assertThat(plainHttp.answer().body()).contains("must use https");
        assertThat(noColon.answer().title()).isEqualTo("How to suggest a term");
        assertThat(known.answer().body()).contains("clashes with");
        assertThat(bot.storage().suggestions().find(1)).isEmpty();
    }

    @Test
    void a_suggestion_without_a_source_waits_for_the_moderator_to_add_one_on_approval() throws Exception {
        Process bot = process();

        GlossarySuggestions.Submitted sent = bot.suggestions().suggest(CHANNEL, "alice",
                BotCommand.parse("suggest Grokking: A sudden jump from memorising the training set to generalising."));
        long id = sent.suggestion().orElseThrow().id();
        assertThat(sent.answer().body()).contains("It has no source link, so the moderator who approves it adds one");
        assertThat(GlossarySuggestions.card(sent.suggestion().get()).footer())
                .contains("No source link yet", "/termbot approve " + id + " https://a-source");

        // the Approve button (no source) and a source that is not one https link leave it pending, with the way out
        GlossarySuggestions.Decided button = bot.suggestions().decide(id, true, "carol");
        assertThat(button.changed()).isFalse();
        assertThat(button.answer().body()).contains("has no source link", "/termbot approve " + id + " https://a-source");
        GlossarySuggestions.Decided notALink = bot.suggestions().decide(id, true, "carol",
                BotCommand.parse("approve " + id + " arxiv.org/abs/2201.02177").approvalSource());
        assertThat(notALink.changed()).isFalse();
        assertThat(notALink.answer().body()).contains("A source is one https link");
        assertThat(bot.bot().define(CHANNEL, "bob", "grokking").kind()).isNotEqualTo(Reply.Kind.DEFINITION);

        GlossarySuggestions.Decided approved = bot.suggestions().decide(id, true, "carol",
                BotCommand.parse("approve #" + id + " https://arxiv.org/abs/2201.02177").approvalSource());

        assertThat(approved.changed()).isTrue();
        Reply definition = bot.bot().define(CHANNEL, "bob", "grokking");
        assertThat(definition.kind()).isEqualTo(Reply.Kind.DEFINITION);
        assertThat(definition.summary()).startsWith("A sudden jump").doesNotContain("https://");
        assertThat(definition.links()).extracting(link -> link.url()).containsExactly("https://arxiv.org/abs/2201.02177");
        // the member's own words are what the store keeps; the moderator's link is in the overlay entry only
        assertThat(bot.storage().suggestions().find(id).orElseThrow().entry().definition()).doesNotContain("https://");
    }

    @Test
    void a_member_may_have_five_suggestions_waiting_at_once() throws Exception {
        Process bot = process();
        String[] terms = {"Grokking", "Weight decay", "Dropout", "Label smoothing", "Early stopping", "Batch norm"};
        for (int i = 0; i < 5; i++) {
            assertThat(bot.suggestions().suggest(CHANNEL, "alice", BotCommand.parse("suggest " + terms[i]
                    + ": A training technique. https://example.org/" + i)).suggestion()).as(terms[i]).isPresent();
        }

        GlossarySuggestions.Submitted sixth = bot.suggestions().suggest(CHANNEL, "alice",
                BotCommand.parse("suggest Batch norm: A training technique. https://example.org/6"));
        GlossarySuggestions.Submitted someoneElse = bot.suggestions().suggest(CHANNEL, "bob",
                BotCommand.parse("suggest Batch norm: A training technique. https://example.org/6"));

        assertThat(sixth.suggestion()).isEmpty();
        assertThat(sixth.answer().body()).contains("5 suggestions waiting");
        assertThat(someoneElse.suggestion()).isPresent();
        bot.suggestions().decide(1, false, "mod");
        assertThat(bot.suggestions().suggest(CHANNEL, "alice", BotCommand.parse("suggest Batch norm: A training"
                + " technique. https://example.org/7")).suggestion()).as("after a decision").isPresent();
    }

    @Test
    void an_entry_that_no_longer_fits_when_approved_is_answered_clearly_and_stays_pending() throws Exception {
        Process bot = process();
        long first = bot.suggestions().suggest(CHANNEL, "alice", BotCommand.parse(GROKKING)).suggestion().orElseThrow().id();
        long second = bot.suggestions().suggest(CHANNEL, "bob", BotCommand.parse(GROKKING.replace("A sudden", "An abrupt")))
                .suggestion().orElseThrow().id();
        bot.suggestions().decide(first, true, "mod");

        GlossarySuggestions.Decided decided = bot.suggestions().decide(second, true, "mod");

        assertThat(decided.changed()).isFalse();
        assertThat(decided.answer().title()).isEqualTo("Not approved");
        assertThat(decided.answer().body()).contains("#" + second).contains("duplicate term id 'grokking'").contains("stays pending");
        assertThat(bot.storage().suggestions().find(second).map(Suggestion::status)).contains(Suggestion.Status.PENDING);
        // and a replayed approval of the first one decides nothing again
        assertThat(bot.suggestions().decide(first, true, "mod2").answer().title()).isEqualTo("Already decided");
        assertThat(bot.suggestions().decide(second, false, "mod").answer().title()).isEqualTo("Suggestion rejected");
    }

    @Test
    void a_second_process_on_the_same_database_picks_up_an_approval() throws Exception {
        Process one = process();
        Process two = process();
        long id = one.suggestions().suggest(CHANNEL, "alice", BotCommand.parse(GROKKING)).suggestion().orElseThrow().id();
        assertThat(two.holder().reloadIfOverlayChanged()).isFalse();

        one.suggestions().decide(id, true, "mod");

        assertThat(two.holder().reloadIfOverlayChanged()).isTrue();
        assertThat(two.bot().define(CHANNEL, "bob", "grokking").kind()).isEqualTo(Reply.Kind.DEFINITION);
        assertThat(two.holder().reloadIfOverlayChanged()).isFalse();
    }
}
