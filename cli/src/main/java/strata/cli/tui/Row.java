package strata.cli.tui;

import java.util.List;

/**
 * One line a pane draws: spans of text, each with the style it is drawn in. The text alone is
 * what a capture of the screen shows, so every mark that matters (the current instruction, a
 * changed register) is also a character, not only a colour.
 */
record Row(List<Span> spans) {

    /** How a span is drawn. */
    enum Style { PLAIN, HEADING, CURRENT, CHANGED, DIM }

    /** Text in one style. */
    record Span(String text, Style style) {
    }

    static Row of(String text) {
        return new Row(List.of(new Span(text, Style.PLAIN)));
    }

    static Row of(String text, Style style) {
        return new Row(List.of(new Span(text, style)));
    }

    /** The row's characters, without styles. */
    String text() {
        StringBuilder all = new StringBuilder();
        for (Span span : spans) {
            all.append(span.text());
        }
        return all.toString();
    }
}
