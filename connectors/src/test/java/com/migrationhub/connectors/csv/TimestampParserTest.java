package com.migrationhub.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampParserTest {

    private final TimestampParser parser = new TimestampParser();

    @Test
    void readsTheSpellingsOfTheUtilizationExports() {
        Instant expected = Instant.parse("2026-07-21T14:30:00Z");
        assertThat(parser.parse("2026-07-21T14:30:00Z")).isEqualTo(expected);
        assertThat(parser.parse("2026-07-21T16:30:00+02:00")).isEqualTo(expected);
        assertThat(parser.parse("2026-07-21 14:30:00")).isEqualTo(expected);
        assertThat(parser.parse("2026-07-21 14:30")).isEqualTo(expected);
        assertThat(parser.parse("2026-07-21 14:30:00 UTC")).isEqualTo(expected);
        assertThat(parser.parse("2:30 PM 21 July 2026")).isEqualTo(expected);
        assertThat(parser.parse("2:30 pm 21 jul 2026")).isEqualTo(expected);
        assertThat(parser.parse("Jul 21, 2026 2:30:00 PM")).isEqualTo(expected);
        assertThat(parser.parse("07/21/2026, 14:30:00")).isEqualTo(expected);
        assertThat(parser.parse("7/21/2026 2:30 PM")).isEqualTo(expected);
        assertThat(parser.parse("2026-07-21 14:30:00.250")).isEqualTo(expected.plusMillis(250));
    }

    @Test
    void readsMidnightAndNoonOfTheTwelveHourClock() {
        assertThat(parser.parse("12:00 AM 21 July 2026")).isEqualTo(Instant.parse("2026-07-21T00:00:00Z"));
        assertThat(parser.parse("12:00 PM 21 July 2026")).isEqualTo(Instant.parse("2026-07-21T12:00:00Z"));
    }

    @Test
    void returnsNullForTextThatIsNoTime() {
        assertThat(parser.parse("yesterday")).isNull();
        assertThat(parser.parse("21/07/2026 14:30")).isNull();
        assertThat(parser.parse("2026-13-45 10:00:00")).isNull();
    }
}
