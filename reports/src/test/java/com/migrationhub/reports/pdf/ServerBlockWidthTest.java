package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.reports.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerBlockWidthTest {

    @Test
    void measuresFiguresExactlyAsTheFontDoes() {
        Theme theme = new Theme();
        ServerBlock.Layout layout = new ServerBlock.Layout(theme, new Formats(Locale.GERMANY, "EUR"), Map.of(), 500);
        for (String s : List.of("0", "1,234.56", "1.234,56 €", "-", "12 345,6", "99", "€ 0,01", "Zürich", "", "Ω 3",
                "\ud83d\ude00 1", "1,234.56")) {
            assertThat(layout.width(s)).as(s).isEqualTo(theme.regular.getWidthPoint(s, ServerBlock.SIZE));
        }
    }
}
