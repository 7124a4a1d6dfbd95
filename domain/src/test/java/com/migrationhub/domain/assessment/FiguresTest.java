package com.migrationhub.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "524288|512 GiB",
        "1048576|1,024 GiB (1 TiB)",
        "41943040|40,960 GiB (40 TiB)",
        "33553408|32,767 GiB (32 TiB)",
        "1573376|1,536.5 GiB (1.5 TiB)",
        "1535|1.5 GiB",
        "42045440|41,060 GiB (40.1 TiB)",
        "1059061|1,034.2 GiB (1.01 TiB)",
    })
    void showsSizesInGibWithTibFromOneTib(long mib, String text) {
        assertThat(Figures.mib(mib)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "999,999", "1000,'1,000'", "1234567,'1,234,567'", "-4500,'-4,500'"})
    void groupsThousands(long n, String text) {
        assertThat(Figures.grouped(n)).isEqualTo(text);
    }
}
