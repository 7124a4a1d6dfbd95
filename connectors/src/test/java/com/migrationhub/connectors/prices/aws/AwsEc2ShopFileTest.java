package com.migrationhub.connectors.prices.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one Price List extract: what is kept, what is left out, what is refused. */
class AwsEc2ShopFileTest {
    private static final String S3_ERROR = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
            + "<Message>The specified key does not exist.</Message></Error>";

    @TempDir
    Path prices;

    private void write(String region, Ec2ShopFile.Kind kind, String text) throws Exception {
        Path file = prices.resolve(Ec2ShopFile.name(region, kind));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String offer(String type, String price, String os, String software, String tenancy) {
        return "{\"Location\":\"EU (Ireland)\",\"Instance Type\":\"" + type + "\",\"price\":\"" + price
                + "\",\"Operating System\":\"" + os + "\",\"Pre Installed S/W\":\"" + software + "\",\"Tenancy\":\""
                + tenancy + "\",\"PurchaseOption\":\"No Upfront\",\"LeaseContractLength\":\"1yr\"}";
    }

    @Test
    void keepsLinuxSharedWithoutSoftwareAndTheHigherOfTwoRates() throws Exception {
        write("eu-west-1", Ec2ShopFile.Kind.STANDARD_1Y, "{\"manifest\":{},\"regions\":{\"EU (Ireland)\":{"
                + "\"a\":" + offer("m5.large", "0.0670000000", "Linux", "NA", "Shared") + ","
                + "\"b\":" + offer("m5.large", "0.0700000000", "Linux", "NA", "Shared") + ","
                + "\"c\":" + offer("m5.xlarge", "0.5", "Windows", "NA", "Shared") + ","
                + "\"d\":" + offer("m5.2xlarge", "0.5", "Linux", "SQL Std", "Shared") + ","
                + "\"e\":" + offer("m5.4xlarge", "0.5", "Linux", "NA", "Dedicated") + "}}}");
        Ec2ShopFile f = Ec2ShopFile.read(new ObjectMapper(), prices, "eu-west-1", Ec2ShopFile.Kind.STANDARD_1Y);
        assertThat(f.location).isEqualTo("EU (Ireland)");
        assertThat(f.offers).containsOnlyKeys("m5.large");
        assertThat(f.offers.get("m5.large").usdNanosPerHour()).isEqualTo(70_000_000L);
        assertThat(f.excluded).isEqualTo(3);
        assertThat(f.duplicates).isEqualTo(1);
        assertThat(f.publicationDate).isNull();
    }

    @Test
    void aMissingPreviousGenerationListMeansNone() throws Exception {
        write("ca-west-1", Ec2ShopFile.Kind.PREVIOUS_GENERATION, S3_ERROR);
        assertThat(Ec2ShopFile.read(new ObjectMapper(), prices, "ca-west-1", Ec2ShopFile.Kind.PREVIOUS_GENERATION))
                .isNull();
        write("ca-west-1", Ec2ShopFile.Kind.ON_DEMAND, S3_ERROR);
        assertThatThrownBy(() -> Ec2ShopFile.read(new ObjectMapper(), prices, "ca-west-1", Ec2ShopFile.Kind.ON_DEMAND))
                .isInstanceOf(CatalogBuildException.class)
                .hasMessageContaining("aws/ec2shop/ec2/ca-west-1-ondemand.json").hasMessageContaining("NoSuchKey");
    }

    @Test
    void anOfferFromAnotherRegionIsRefused() throws Exception {
        write("eu-west-1", Ec2ShopFile.Kind.ON_DEMAND, "{\"manifest\":{\"hawkFilePublicationDate\":"
                + "\"2025-04-04T22:41:22Z\"},\"regions\":{\"EU (London)\":{\"a\":"
                + offer("m5.large", "0.1", "Linux", "NA", "Shared") + "}}}");
        assertThatThrownBy(() -> Ec2ShopFile.read(new ObjectMapper(), prices, "eu-west-1", Ec2ShopFile.Kind.ON_DEMAND))
                .isInstanceOf(CatalogBuildException.class).hasMessageContaining("is not the file's region");
    }
}
