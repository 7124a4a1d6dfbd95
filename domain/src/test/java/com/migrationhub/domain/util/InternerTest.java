package com.migrationhub.domain.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void givesTheFirstEqualTextAndKeepsNull() {
        Interner interner = new Interner();
        String first = new String("Production");
        String second = new String("Production");
        assertThat(interner.of(first)).isSameAs(first);
        assertThat(interner.of(second)).isSameAs(first).isEqualTo(second);
        assertThat(interner.of("Test")).isEqualTo("Test");
        assertThat(interner.of(null)).isNull();
    }
}
