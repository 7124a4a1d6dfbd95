package com.migrationhub.connectors.prices.azure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AzureSizeNameTest {

    @Test
    void familyFollowsAzureNaming() {
        assertThat(AzureSizeName.parse("Standard_D4s_v5").family()).isEqualTo("Dsv5");
        assertThat(AzureSizeName.parse("Standard_E4-2as_v5").family()).isEqualTo("Easv5");
        assertThat(AzureSizeName.parse("Standard_NC24ads_A100_v4").family()).isEqualTo("NCadsA100v4");
        assertThat(AzureSizeName.parse("Standard_M416s_8_v2").family()).isEqualTo("Msv2");
        assertThat(AzureSizeName.parse("Standard_NG32adms_V620_v1").family()).isEqualTo("NGadmsV620v1");
        assertThat(AzureSizeName.parse("Standard_D11_v2_Promo").family()).isEqualTo("Dv2");
        assertThat(AzureSizeName.parse("Standard_DS2").family()).isEqualTo("DS");
    }

    @Test
    void categoryComesFromTheFamilyLetters() {
        assertThat(AzureSizeName.parse("Standard_D4s_v5").category()).isEqualTo("general purpose");
        assertThat(AzureSizeName.parse("Standard_E8ads_v6").category()).isEqualTo("memory optimized");
        assertThat(AzureSizeName.parse("Standard_F8s_v2").category()).isEqualTo("compute optimized");
        assertThat(AzureSizeName.parse("Standard_L8s_v3").category()).isEqualTo("storage optimized");
        assertThat(AzureSizeName.parse("Standard_NC4as_T4_v3").category()).isEqualTo("GPU");
        assertThat(AzureSizeName.parse("Standard_HB120rs_v3").category()).isEqualTo("high performance compute");
        assertThat(AzureSizeName.parse("Standard_B2s_v2").category()).isEqualTo("burstable");
        assertThat(AzureSizeName.parse("Standard_B2s_v2").burstable()).isTrue();
    }

    @Test
    void previousGenerationsAreNotCurrent() {
        for (String old : new String[] {"Basic_A1", "Standard_A2_v2", "Standard_B2s", "Standard_D2", "Standard_DS2_v2",
                "Standard_F4s_v2", "Standard_GS4-4", "Standard_L8s_v2", "Standard_HC44rs", "Standard_NC6s_v3",
                "Standard_ND40rs_v2", "Standard_NV12s_v3", "Standard_D11_v2_Promo"}) {
            assertThat(AzureSizeName.parse(old).current()).as(old).isFalse();
        }
        for (String now : new String[] {"Standard_D2s_v3", "Standard_D4s_v5", "Standard_B2s_v2", "Standard_L8s_v3",
                "Standard_NC4as_T4_v3", "Standard_ND96asr_v4", "Standard_NV16as_v4", "Standard_HB120rs_v3",
                "Standard_M416s_8_v2"}) {
            assertThat(AzureSizeName.parse(now).current()).as(now).isTrue();
        }
    }
}
