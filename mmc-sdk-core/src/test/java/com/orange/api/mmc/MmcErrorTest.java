package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MmcErrorTest {

    @Test
    void theCatalogHoldsThe149CodesOfTableA1() {
        assertThat(MmcError.values()).hasSize(149);
        assertThat(Arrays.stream(MmcError.values()).map(MmcError::code)).allMatch(code -> code.matches("MMC_\\d+"))
                .doesNotHaveDuplicates();
        assertThat(MmcError.values()[0]).isEqualTo(MmcError.MMC_7);
        assertThat(MmcError.values()[148]).isEqualTo(MmcError.MMC_543);
    }

    @Test
    void entriesCarryTheManualsWording() {
        assertThat(MmcError.MMC_28.errorName()).isEqualTo("BadPasswordConferenceConnection");
        assertThat(MmcError.MMC_28.description()).startsWith("Wrong password: This error indicates");
        assertThat(MmcError.MMC_28.inputParameter()).isEqualTo("conferenceConnection/password");
        assertThat(MmcError.MMC_44.inputParameter()).isEqualTo("conferenceConnection/id+ApplicationContext");
        assertThat(MmcError.MMC_86.description()).contains("T - 6 monthes and T + 1 year");
        assertThat(MmcError.MMC_542.errorName()).isEqualTo("InvalidRealDuration");
        assertThat(MmcError.MMC_48.inputParameter()).as("the manual names no input parameter").isNull();
        assertThat(Arrays.stream(MmcError.values())).allMatch(e -> !e.errorName().isBlank() && !e.description().isBlank());
    }

    @Test
    void codesAreLookedUpAsTheServiceSendsThem() {
        assertThat(MmcError.fromCode("MMC_33")).contains(MmcError.MMC_33);
        assertThat(MmcError.fromCode("MMC_1")).isEmpty();
        assertThat(MmcError.fromCode(null)).isEmpty();
    }
}
