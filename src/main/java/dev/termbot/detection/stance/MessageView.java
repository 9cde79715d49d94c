package dev.termbot.detection.stance;

import dev.termbot.core.Markup;
import opennlp.tools.util.Span;

import java.util.List;

/**
 * A message prepared for stance analysis: its layout (quotes, strikethrough) and its sentences,
 * each tokenized and tagged only when a hit needs it, since a long message may hold one hit.
 */
final class MessageView {
    private final ChatLayout layout;
    private final SentenceReader reader;
    private final List<Span> spans;
    private final Sentence[] sentences;

    MessageView(String text, Markup markup) {
        this.layout = ChatLayout.of(text, markup);
        this.reader = SentenceReader.forThisThread();
        this.spans = reader.spans(layout.masked());
        this.sentences = new Sentence[spans.size()];
    }

    ChatLayout layout() {
        return layout;
    }

    int count() {
        return sentences.length;
    }

    Sentence sentence(int index) {
        if (sentences[index] == null) {
            Span span = spans.get(index);
            sentences[index] = reader.read(layout.masked(), span, layout.quoted(span.getStart()));
        }
        return sentences[index];
    }

    /** The index of the sentence holding {@code offset}, or -1 (a hit inside blanked markup). */
    int sentenceAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (offset >= spans.get(i).getStart() && offset < spans.get(i).getEnd()) {
                return i;
            }
        }
        return -1;
    }
}
