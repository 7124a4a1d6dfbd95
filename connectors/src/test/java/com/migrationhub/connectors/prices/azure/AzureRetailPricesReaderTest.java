package com.migrationhub.connectors.prices.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzureRetailPricesReaderTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheD2sV3SampleLeavingOutSpotLowPriorityAndDevTest() throws Exception {
        Path prices = AzureCatalogPartTest.sharedPrices();
        Path sample = prices == null ? null
                : prices.getParent().resolve("fixtures/prices/azure-retail-prices-d2s_v3-eastus.json");
        assumeTrue(sample != null && Files.isRegularFile(sample), "../shared/fixtures/prices is absent: this test"
                + " reads the recorded Retail Prices API response for Standard_D2s_v3 in eastus there");
        List<AzureRetailPricesReader.Item> items;
        try (InputStream in = Files.newInputStream(sample)) {
            items = AzureRetailPricesReader.readApiResponse(in, sample.toString());
        }
        AzureRetailPricesReader.Result result = new AzureRetailPricesReader().read(items);

        assertThat(items).hasSize(9);
        // Linux 0.096 with savings plan 1 Year 0.06624 and 3 Years 0.04512; Windows 0.188. The Windows
        // Dev/Test item (0.096) must not be taken for the Windows price.
        assertThat(result.prices("azure.retail-prices-api"))
                .extracting(Price::size, Price::region, Price::option, Price::usdNanosPerHour, Price::derivation)
                .containsExactly(
                        tuple("Standard_D2s_v3", "eastus", PricingOption.ON_DEMAND, 96_000_000L, null),
                        tuple("Standard_D2s_v3", "eastus", PricingOption.SP_1Y, 66_240_000L, null),
                        tuple("Standard_D2s_v3", "eastus", PricingOption.SP_3Y, 45_120_000L, null));
        assertThat(result.licences("azure.retail-prices-api"))
                .extracting(LicencePrice::licence, LicencePrice::size, LicencePrice::usdNanosPerHour, LicencePrice::perVcpu)
                .containsExactly(tuple(Licence.WINDOWS, "Standard_D2s_v3", 92_000_000L, false));
        AzureRetailPricesReader.Quote quote = result.quotes().get(new AzureRetailPricesReader.Key("eastus", "Standard_D2s_v3"));
        assertThat(quote.windows()).isEqualByComparingTo("0.188");
        assertThat(quote.linux()).isEqualByComparingTo("0.096");
        assertThat(result.skipped()).containsEntry("spot", 2).containsEntry("low priority", 2).containsEntry("dev/test", 3);
        assertThat(result.conflicts()).isZero();
    }

    @Test
    void turnsReservationTermPricesIntoHourlyRates() throws Exception {
        String response = """
                {"Items": [
                  {"armRegionName": "eastus", "armSkuName": "Standard_D2s_v3", "meterName": "D2s v3",
                   "productName": "Virtual Machines DSv3 Series", "skuName": "D2s v3", "type": "Reservation",
                   "reservationTerm": "1 Year", "unitPrice": 522, "unitOfMeasure": "1 Hour"},
                  {"armRegionName": "eastus", "armSkuName": "Standard_D2s_v3", "meterName": "D2s v3",
                   "productName": "Virtual Machines DSv3 Series", "skuName": "D2s v3", "type": "Reservation",
                   "reservationTerm": "3 Years", "unitPrice": 1000, "unitOfMeasure": "1 Hour"}
                ]}""";
        AzureRetailPricesReader.Result result = new AzureRetailPricesReader()
                .read(AzureRetailPricesReader.readApiResponse(json(response), "inline"));
        // 522 / 8,760 = 0.0595890410958...; 1000 / 26,280 = 0.0380517503805...
        assertThat(result.prices("x")).extracting(Price::option, Price::usdNanosPerHour, Price::derivation)
                .containsExactly(
                        tuple(PricingOption.RI_1Y, 59_589_041L, AzureRetailPricesReader.RESERVATION_HOURLY),
                        tuple(PricingOption.RI_3Y, 38_051_750L, AzureRetailPricesReader.RESERVATION_HOURLY));
    }

    @Test
    void readsPricingRadarItemsWithTheTypeFromTheKeyAndTheSizeFromTheMeter() throws Exception {
        String file = """
                {"A/1|m1|Consumption|": {"armRegionName": "westeurope", "meterName": "D2 v3/D2s v3",
                   "productName": "Virtual Machines Dv3 Series", "retailPrice": 0.12, "savingsPlanPrice": 0.0912,
                   "skuName": "D2 v3/D2s v3", "unitOfMeasure": "1 Hour", "unitPrice": 0.12},
                 "A/2|m2|Consumption|": {"armRegionName": "westeurope", "meterName": "D2 v3/D2s v3",
                   "productName": "Virtual Machines Dv3 Series Windows", "retailPrice": 0.212,
                   "skuName": "D2 v3/D2s v3", "unitOfMeasure": "1 Hour", "unitPrice": 0.212},
                 "A/3|m3|Consumption|": {"armRegionName": "westeurope", "meterName": "D2 v3/D2s v3 Spot",
                   "productName": "Virtual Machines Dv3 Series", "retailPrice": 0.02,
                   "skuName": "D2 v3/D2s v3 Spot", "unitOfMeasure": "1 Hour", "unitPrice": 0.02},
                 "B/1|m4|Consumption|": {"armRegionName": "westeurope", "meterName": "D2as v5",
                   "productName": "Dasv5 Series Cloud Services", "retailPrice": 0.196,
                   "skuName": "D2as v5", "unitOfMeasure": "1 Hour", "unitPrice": 0.196}}""";
        AzureSources.MeterSizes sizes = new AzureSources.MeterSizes(
                List.of("Standard_D2_v3", "Standard_D2s_v3", "Standard_D2as_v5"), java.util.Map.of());
        AzureRetailPricesReader.Result result = new AzureRetailPricesReader(sizes)
                .read(AzureRetailPricesReader.readPricingRadar(json(file), "inline"));

        assertThat(result.prices("radar")).extracting(Price::size, Price::option, Price::usdNanosPerHour)
                .containsExactly(
                        tuple("Standard_D2_v3", PricingOption.ON_DEMAND, 120_000_000L),
                        tuple("Standard_D2_v3", PricingOption.SP_1Y, 91_200_000L),
                        tuple("Standard_D2s_v3", PricingOption.ON_DEMAND, 120_000_000L),
                        tuple("Standard_D2s_v3", PricingOption.SP_1Y, 91_200_000L));
        assertThat(result.licences("radar")).extracting(LicencePrice::usdNanosPerHour).containsOnly(92_000_000L);
        assertThat(result.cloudServicesSizes()).containsExactly("Standard_D2as_v5");
    }

    @Test
    void namesTheFileWhenThePriceIsNotANumber() {
        String response = """
                {"Items": [{"armRegionName": "eastus", "armSkuName": "Standard_D2s_v3", "type": "Consumption",
                            "unitPrice": "cheap"}]}""";
        assertThatThrownBy(() -> AzureRetailPricesReader.readApiResponse(json(response), "page-1.json"))
                .isInstanceOf(CatalogBuildException.class).hasMessageContaining("page-1.json")
                .hasMessageContaining("unitPrice");
    }
}
