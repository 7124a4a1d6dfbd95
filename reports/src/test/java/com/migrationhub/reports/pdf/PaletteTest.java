package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every series palette reads in greyscale: neighbouring series differ in lightness, not only hue. */
class PaletteTest {
    private static final double STEP = 15;

    @Test
    void cloudsDifferInLightness() {
        assertDistinct(List.of(Palette.cloud("aws"), Palette.cloud("azure"), Palette.cloud("gcp"),
                Palette.ON_PREMISES));
    }

    @Test
    void readinessStatesDifferInLightness() {
        assertDistinct(Labels.READINESS.stream().map(Palette::readiness).toList());
    }

    @Test
    void riskLevelsDarkenFromLowToCritical() {
        List<Color> ramp = Labels.RISK_LEVELS.stream().map(Palette::risk).toList();
        for (int i = 1; i < ramp.size(); i++) {
            assertThat(Palette.lightness(ramp.get(i))).isLessThan(Palette.lightness(ramp.get(i - 1)) - STEP);
        }
    }

    @Test
    void textOnADarkFillIsWhiteAndOnALightOneInk() {
        assertThat(Palette.textOn(Palette.NAVY)).isEqualTo(Palette.WHITE);
        assertThat(Palette.textOn(Palette.ZEBRA)).isEqualTo(Palette.INK);
        assertThat(Palette.lightness(Color.BLACK)).isZero();
        assertThat(Palette.lightness(Color.WHITE)).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
    }

    private static void assertDistinct(List<Color> colors) {
        for (int i = 0; i < colors.size(); i++) {
            for (int j = i + 1; j < colors.size(); j++) {
                assertThat(Math.abs(Palette.lightness(colors.get(i)) - Palette.lightness(colors.get(j))))
                        .as("L* of %s and %s", colors.get(i), colors.get(j)).isGreaterThanOrEqualTo(STEP - 5);
            }
        }
    }
}
