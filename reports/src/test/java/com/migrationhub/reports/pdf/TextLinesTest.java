package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    private static final BaseFont FONT = new Theme().regular;
    private static final float SIZE = 8;

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(TextLines.wrap("srv-000001", FONT, SIZE, 100, 3)).containsExactly("srv-000001");
    }

    @Test
    void breaksAtSpacesAndNoLineIsWiderThanTheColumn() {
        String text = "Windows Server 2008 R2 is out of support and the cloud offers no image for it";
        List<String> lines = TextLines.wrap(text, FONT, SIZE, 80, 20);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(FONT.getWidthPoint(l, SIZE)).isLessThanOrEqualTo(80));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenInside() {
        String word = "a".repeat(200);
        List<String> lines = TextLines.wrap(word, FONT, SIZE, 60, 50);
        assertThat(lines).allSatisfy(l -> assertThat(FONT.getWidthPoint(l, SIZE)).isLessThanOrEqualTo(60));
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void beyondTheLastLineTheTextEndsInAnEllipsis() {
        List<String> lines = TextLines.wrap("word ".repeat(100), FONT, SIZE, 60, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("\u2026");
        assertThat(FONT.getWidthPoint(lines.get(2), SIZE)).isLessThanOrEqualTo(60);
        assertThat(TextLines.ellipsize("short", FONT, SIZE, 60)).isEqualTo("short");
    }
}
