package com.migrationhub.connectors.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSlotParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10/5/2026 14:00 - 15:00|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "10/05/2026 14:00:00 - 10/05/2026 15:00:00|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "10/5/2026 2:00 PM - 3:00 PM|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "10/5/2026 11:30:15 am to 12:30:15 pm|2026-10-05T11:30:15Z|2026-10-05T12:30:15Z",
        "12/31/2026 23:00 - 00:00|2026-12-31T23:00:00Z|2027-01-01T00:00:00Z",
        "2/29/2028 12:00 AM - 1:00 AM|2028-02-29T00:00:00Z|2028-02-29T01:00:00Z",
        "2026-10-05 14:00 - 2026-10-05 15:00|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "2026-10-05T14:00:00Z TO 2026-10-05T15:00:00Z|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "2026-10-05T16:00:00+02:00 - 17:00|2026-10-05T14:00:00Z|2026-10-05T15:00:00Z",
        "2026-10-05 14:00:00.250 UTC|2026-10-05T14:00:00Z|2026-10-05T14:00:00Z",
        "10/5/2026, 14:00:00|2026-10-05T14:00:00Z|2026-10-05T14:00:00Z",
        "2026-10-05|2026-10-05T00:00:00Z|2026-10-05T00:00:00Z",
        "Oct 5, 2026 2:00:00 PM|2026-10-05T14:00:00Z|2026-10-05T14:00:00Z",
    })
    void readsSlotsAndSingleTimes(String text, String first, String last) {
        TimeSlotParser parser = new TimeSlotParser();

        assertThat(parser.parse(text)).isTrue();
        assertThat(parser.first()).isEqualTo(Instant.parse(first));
        assertThat(parser.last()).isEqualTo(Instant.parse(last));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not recorded", "13/5/2026 14:00 - 15:00", "2/30/2026 10:00", "10/5/2026 24:00",
        "10/5/2026 13:00 PM", "10/5/2026 14:60", "2026-10-05 14:00 - later", "5.10.2026 14:00", "10/5/26 14:00"})
    void refusesWhatItCannotRead(String text) {
        TimeSlotParser parser = new TimeSlotParser();

        assertThat(parser.parse(text)).isFalse();
        assertThat(parser.first()).isNull();
        assertThat(parser.last()).isNull();
    }

    @org.junit.jupiter.api.Test
    void remembersTheLastSlotWithoutMixingItUp() {
        TimeSlotParser parser = new TimeSlotParser();

        assertThat(parser.parse("10/5/2026 14:00 - 15:00")).isTrue();
        assertThat(parser.parse("garbage")).isFalse();
        assertThat(parser.first()).isNull();
        assertThat(parser.parse("10/5/2026 14:00 - 15:00")).isTrue();
        assertThat(parser.first()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
    }

    @org.junit.jupiter.api.Test
    void slotsRememberedPastItsMemoryStillReadTheSame() {
        TimeSlotParser parser = new TimeSlotParser();
        Instant start = Instant.parse("2026-07-01T00:00:00Z");
        // three rounds over more slots than it remembers, readable and unreadable mixed
        for (int round = 0; round < 3; round++) {
            for (int h = 0; h < TimeSlotParser.REMEMBERED + 500; h++) {
                java.time.ZonedDateTime t = start.plusSeconds(3600L * h).atZone(java.time.ZoneOffset.UTC);
                String text = t.getMonthValue() + "/" + t.getDayOfMonth() + "/" + t.getYear() + " " + t.getHour()
                        + ":00 - " + (t.getHour() + 1) % 24 + ":00";
                assertThat(parser.parse(text)).as(text).isTrue();
                assertThat(parser.first()).as(text).isEqualTo(t.toInstant());
                assertThat(parser.last()).as(text).isEqualTo(t.toInstant().plusSeconds(3600));
                if (h % 97 == 0) {
                    assertThat(parser.parse("not recorded " + h)).isFalse();
                    assertThat(parser.first()).isNull();
                    assertThat(parser.last()).isNull();
                }
            }
        }
    }
}
