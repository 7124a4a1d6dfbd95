package com.migrationhub.domain.catalog;

/**
 * A small, realistic catalog for tests: 30 sizes per cloud in two regions each, with list prices
 * taken from the public data in {@code ../shared/prices} (AWS Price List 2025-04-04 via ec2.shop,
 * Azure Retail Prices via karpenter-provider-azure 2026-06-18 and azure-rvtools-cost-estimator,
 * Google Cloud Billing Catalog via google-cloud-pricing-cost-calculator 2026-07-30). Storage
 * limits and licence rows are rounded or simplified where the sources differ (the fixture's
 * purpose is realistic magnitudes and every kind of row, not a shipped catalog).
 *
 * <p>Read prices: on-demand everywhere; AWS 1- and 3-year reservations; Azure reservations for
 * Dsv5 and Esv5. Derived: every other commitment, through {@link OptionDiscount} rules.
 */
public final class CatalogFixture {
    public static final String AWS_1 = "us-east-1";
    public static final String AWS_2 = "eu-west-1";
    public static final String AZ_1 = "eastus";
    public static final String AZ_2 = "westeurope";
    public static final String GCP_1 = "us-central1";
    public static final String GCP_2 = "europe-west1";

    private static final PriceCatalog CATALOG = PriceCatalog.of(content());

    private CatalogFixture() {
    }

    /** The fixture indexed (built once, shared: the catalog is immutable). */
    public static PriceCatalog catalog() {
        return CATALOG;
    }

    // columns: name|family|series|vcpus|memory MiB|arch|burstable|max data disks|max NICs|current|gpus|max IOPS|
    // max MB/s|on-demand r1|on-demand r2|ri1y r1|ri1y r2|ri3y r1|ri3y r2
    private static final String AWS_SIZES = """
            t3.micro|t3|general purpose|2|1024|x86_64|1|27|2|1|0|1536|11|0.0104|0.0114|0.0065|0.0072|0.0045|0.0049
            t3.small|t3|general purpose|2|2048|x86_64|1|27|3|1|0|1536|21|0.0208|0.0228|0.013|0.0144|0.009|0.0098
            t3.medium|t3|general purpose|2|4096|x86_64|1|27|3|1|0|2000|43|0.0416|0.0456|0.0261|0.0287|0.018|0.0197
            t3.large|t3|general purpose|2|8192|x86_64|1|27|3|1|0|2780|86|0.0832|0.0912|0.0522|0.0575|0.0359|0.0394
            t3.xlarge|t3|general purpose|4|16384|x86_64|1|27|4|1|0|4000|86|0.1664|0.1824|0.1043|0.1149|0.0719|0.0788
            m5.large|m5|general purpose|2|8192|x86_64|0|27|3|1|0|3600|81|0.096|0.107|0.06|0.067|0.041|0.046
            m5.xlarge|m5|general purpose|4|16384|x86_64|0|27|4|1|0|6000|143|0.192|0.214|0.121|0.135|0.083|0.092
            m5.2xlarge|m5|general purpose|8|32768|x86_64|0|27|4|1|0|12000|287|0.384|0.428|0.242|0.27|0.166|0.185
            m5.4xlarge|m5|general purpose|16|65536|x86_64|0|27|8|1|0|18750|593|0.768|0.856|0.484|0.539|0.332|0.37
            m5.8xlarge|m5|general purpose|32|131072|x86_64|0|27|8|1|0|18750|850|1.536|1.712|0.968|1.079|0.664|0.74
            m5.12xlarge|m5|general purpose|48|196608|x86_64|0|27|8|1|0|30000|1187|2.304|2.568|1.452|1.618|0.995|1.109
            m5.16xlarge|m5|general purpose|64|262144|x86_64|0|27|15|1|0|40000|1700|3.072|3.424|1.935|2.157|1.327|1.479
            m6i.large|m6i|general purpose|2|8192|x86_64|0|27|3|1|0|6667|78|0.096|0.107|0.0635|0.07078|0.04355|0.04854
            m6i.xlarge|m6i|general purpose|4|16384|x86_64|0|27|4|1|0|10000|156|0.192|0.214|0.12701|0.14156|0.08709|0.09707
            m6i.2xlarge|m6i|general purpose|8|32768|x86_64|0|27|4|1|0|12000|312|0.384|0.428|0.25402|0.28312|0.17418|0.19414
            c5.large|c5|compute optimized|2|4096|x86_64|0|27|3|1|0|4000|81|0.085|0.096|0.054|0.06|0.036|0.041
            c5.xlarge|c5|compute optimized|4|8192|x86_64|0|27|4|1|0|6000|143|0.17|0.192|0.107|0.121|0.071|0.083
            c5.2xlarge|c5|compute optimized|8|16384|x86_64|0|27|4|1|0|10000|287|0.34|0.384|0.214|0.242|0.142|0.166
            c5.4xlarge|c5|compute optimized|16|32768|x86_64|0|27|8|1|0|20000|593|0.68|0.768|0.428|0.484|0.285|0.332
            r5.large|r5|memory optimized|2|16384|x86_64|0|27|3|1|0|3600|81|0.126|0.141|0.079|0.089|0.054|0.061
            r5.xlarge|r5|memory optimized|4|32768|x86_64|0|27|4|1|0|6000|143|0.252|0.282|0.159|0.178|0.109|0.122
            r5.2xlarge|r5|memory optimized|8|65536|x86_64|0|27|4|1|0|12000|287|0.504|0.564|0.318|0.355|0.218|0.244
            r5.4xlarge|r5|memory optimized|16|131072|x86_64|0|27|8|1|0|18750|593|1.008|1.128|0.635|0.711|0.435|0.487
            r5.8xlarge|r5|memory optimized|32|262144|x86_64|0|27|8|1|0|18750|850|2.016|2.256|1.27|1.421|0.871|0.975
            m6g.large|m6g|general purpose|2|8192|arm64|0|27|3|1|0|3600|78|0.077|0.086|0.0483|0.0535|0.0335|0.0367
            m6g.xlarge|m6g|general purpose|4|16384|arm64|0|27|4|1|0|6000|156|0.154|0.172|0.0966|0.1071|0.0669|0.0734
            m6g.2xlarge|m6g|general purpose|8|32768|arm64|0|27|4|1|0|12000|312|0.308|0.344|0.1932|0.2142|0.1339|0.1469
            g4dn.xlarge|g4dn|accelerated computing|4|16384|x86_64|0|27|3|1|1|3000|62|0.526|0.587|0.331|0.4|0.227|0.253
            m4.large|m4|general purpose|2|8192|x86_64|0|0|2|0|0|3600|56|0.1|0.111|0.062|0.0756|0.0432|0.054
            m4.xlarge|m4|general purpose|4|16384|x86_64|0|0|4|0|0|6000|93|0.2|0.222|0.1239|0.1512|0.0864|0.108
            """;

    // Azure publishes no NIC counts in the sources: max NICs 0 (unknown)
    private static final String AZURE_SIZES = """
            Standard_B1s|Bs|burstable|1|1024|x86_64|1|2|0|1|0|320|21|0.0104|0.012||||
            Standard_B2s|Bs|burstable|2|4096|x86_64|1|4|0|1|0|1280|21|0.0416|0.048||||
            Standard_B2ms|Bs|burstable|2|8192|x86_64|1|4|0|1|0|1920|21|0.0832|0.096||||
            Standard_B4ms|Bs|burstable|4|16384|x86_64|1|8|0|1|0|2880|33|0.166|0.192||||
            Standard_D2s_v5|Dsv5|general purpose|2|8192|x86_64|0|4|0|1|0|3750|81|0.096|0.115|0.059247|0.071005|0.037938|0.045434
            Standard_D4s_v5|Dsv5|general purpose|4|16384|x86_64|0|8|0|1|0|6400|138|0.192|0.23|0.118493|0.141895|0.075837|0.090868
            Standard_D8s_v5|Dsv5|general purpose|8|32768|x86_64|0|16|0|1|0|12800|276|0.384|0.46|0.236872|0.28379|0.151674|0.181697
            Standard_D16s_v5|Dsv5|general purpose|16|65536|x86_64|0|32|0|1|0|25600|572|0.768|0.92|0.473858|0.567694|0.303349|0.363394
            Standard_D32s_v5|Dsv5|general purpose|32|131072|x86_64|0|32|0|1|0|51200|824|1.536|1.84|0.947717|1.135274|0.606735|0.726788
            Standard_D48s_v5|Dsv5|general purpose|48|196608|x86_64|0|32|0|1|0|76800|1254|2.304|2.76|1.421575|1.702968|0.910084|1.090183
            Standard_D64s_v5|Dsv5|general purpose|64|262144|x86_64|0|32|0|1|0|80000|1654|3.072|3.68|1.895434|2.270548|1.213432|1.453615
            Standard_D2as_v5|Dasv5|general purpose|2|8192|x86_64|0|4|0|1|0|3750|78|0.086|0.104||||
            Standard_D4as_v5|Dasv5|general purpose|4|16384|x86_64|0|8|0|1|0|6400|137|0.172|0.208||||
            Standard_D8as_v5|Dasv5|general purpose|8|32768|x86_64|0|16|0|1|0|12800|190|0.344|0.416||||
            Standard_E2s_v5|Esv5|memory optimized|2|16384|x86_64|0|4|0|1|0|3750|81|0.126|0.152|0.074315|0.093836|0.049772|0.060046
            Standard_E4s_v5|Esv5|memory optimized|4|32768|x86_64|0|8|0|1|0|6400|138|0.252|0.304|0.14863|0.187557|0.099543|0.120091
            Standard_E8s_v5|Esv5|memory optimized|8|65536|x86_64|0|16|0|1|0|12800|276|0.504|0.608|0.297374|0.375114|0.199087|0.240145
            Standard_E16s_v5|Esv5|memory optimized|16|131072|x86_64|0|32|0|1|0|25600|572|1.008|1.216|0.594749|0.750228|0.398174|0.480327
            Standard_E32s_v5|Esv5|memory optimized|32|262144|x86_64|0|32|0|1|0|51200|824|2.016|2.432|1.189384|1.500571|0.796309|0.960654
            Standard_F2s_v2|Fsv2|compute optimized|2|4096|x86_64|0|4|0|1|0|3200|45|0.0846|0.097||||
            Standard_F4s_v2|Fsv2|compute optimized|4|8192|x86_64|0|8|0|1|0|6400|91|0.169|0.194||||
            Standard_F8s_v2|Fsv2|compute optimized|8|16384|x86_64|0|16|0|1|0|12800|183|0.338|0.388||||
            Standard_F16s_v2|Fsv2|compute optimized|16|32768|x86_64|0|32|0|1|0|25600|366|0.677|0.776||||
            Standard_D2ps_v5|Dpsv5|general purpose|2|8192|arm64|0|4|0|1|0|3750|81|0.077|0.092||||
            Standard_D4ps_v5|Dpsv5|general purpose|4|16384|arm64|0|8|0|1|0|6400|138|0.154|0.184||||
            Standard_D8ps_v5|Dpsv5|general purpose|8|32768|arm64|0|16|0|1|0|12800|276|0.308|0.368||||
            Standard_NC4as_T4_v3|NCasT4v3|GPU|4|28672|x86_64|0|8|0|1|1|48000|703|0.526|0.658||||
            Standard_D2s_v3|Dsv3|general purpose|2|8192|x86_64|0|4|0|0|0|3200|45|0.096|0.12||||
            Standard_D4s_v3|Dsv3|general purpose|4|16384|x86_64|0|8|0|0|0|6400|91|0.192|0.24||||
            Standard_D8s_v3|Dsv3|general purpose|8|32768|x86_64|0|16|0|0|0|12800|183|0.384|0.48||||
            """;

    // Google publishes no per-VM storage limits independent of the disk type: 0 (unknown)
    private static final String GCP_SIZES = """
            e2-small|e2|shared core|2|2048|x86_64|1|16|2|1|0|0|0|0.016752855|0.018428865||||
            e2-medium|e2|shared core|2|4096|x86_64|1|16|2|1|0|0|0|0.03350571|0.03685773||||
            e2-standard-2|e2|general purpose|2|8192|x86_64|0|128|2|1|0|0|0|0.06701142|0.07371546||||
            e2-standard-4|e2|general purpose|4|16384|x86_64|0|128|4|1|0|0|0|0.13402284|0.14743092||||
            e2-standard-8|e2|general purpose|8|32768|x86_64|0|128|8|1|0|0|0|0.26804568|0.29486184||||
            e2-standard-16|e2|general purpose|16|65536|x86_64|0|128|8|1|0|0|0|0.53609136|0.58972368||||
            e2-standard-32|e2|general purpose|32|131072|x86_64|0|128|8|1|0|0|0|1.07218272|1.17944736||||
            e2-highmem-2|e2|general purpose|2|16384|x86_64|0|128|2|1|0|0|0|0.09039966|0.09944418||||
            e2-highmem-4|e2|general purpose|4|32768|x86_64|0|128|4|1|0|0|0|0.18079932|0.19888836||||
            e2-highmem-8|e2|general purpose|8|65536|x86_64|0|128|8|1|0|0|0|0.36159864|0.39777672||||
            e2-highcpu-4|e2|general purpose|4|4096|x86_64|0|128|4|1|0|0|0|0.09894048|0.10883784||||
            n2-standard-2|n2|general purpose|2|8192|x86_64|0|128|2|1|0|0|0|0.097118|0.106834||||
            n2-standard-4|n2|general purpose|4|16384|x86_64|0|128|4|1|0|0|0|0.194236|0.213668||||
            n2-standard-8|n2|general purpose|8|32768|x86_64|0|128|8|1|0|0|0|0.388472|0.427336||||
            n2-standard-16|n2|general purpose|16|65536|x86_64|0|128|8|1|0|0|0|0.776944|0.854672||||
            n2-standard-32|n2|general purpose|32|131072|x86_64|0|128|8|1|0|0|0|1.553888|1.709344||||
            n2-standard-48|n2|general purpose|48|196608|x86_64|0|128|8|1|0|0|0|2.330832|2.564016||||
            n2-standard-64|n2|general purpose|64|262144|x86_64|0|128|8|1|0|0|0|3.107776|3.418688||||
            n2-highmem-2|n2|general purpose|2|16384|x86_64|0|128|2|1|0|0|0|0.131014|0.144122||||
            n2-highmem-4|n2|general purpose|4|32768|x86_64|0|128|4|1|0|0|0|0.262028|0.288244||||
            n2-highmem-8|n2|general purpose|8|65536|x86_64|0|128|8|1|0|0|0|0.524056|0.576488||||
            n2-highmem-16|n2|general purpose|16|131072|x86_64|0|128|8|1|0|0|0|1.048112|1.152976||||
            n2-highcpu-2|n2|general purpose|2|2048|x86_64|0|128|2|1|0|0|0|0.071696|0.078868||||
            n2-highcpu-4|n2|general purpose|4|4096|x86_64|0|128|4|1|0|0|0|0.143392|0.157736||||
            n2-highcpu-8|n2|general purpose|8|8192|x86_64|0|128|8|1|0|0|0|0.286784|0.315472||||
            t2a-standard-2|t2a|general purpose|2|8192|arm64|0|128|2|1|0|0|0|0.077|||||
            t2a-standard-4|t2a|general purpose|4|16384|arm64|0|128|4|1|0|0|0|0.154|||||
            g2-standard-4|g2|accelerator optimized|4|16384|x86_64|0|128|4|1|1|0|0|0.706832255|0.778293004||||
            n1-standard-2|n1|general purpose|2|7680|x86_64|0|128|2|0|0|0|0|0.0949995|0.1045035||||
            n1-standard-4|n1|general purpose|4|15360|x86_64|0|128|4|0|0|0|0|0.189999|0.209007||||
            """;

    // io2's throughput follows its provisioned IOPS, which the model cannot say: 125 MB/s included, none bought
    // columns: cloud|type|media|min GiB|max GiB|base IOPS|IOPS/GiB|max IOPS|base MB/s|MB/s per GiB (milli)|max MB/s|
    // provisioned|max IOPS/GiB|fixed tier
    private static final String DISK_TYPES = """
            aws|gp3|ssd|1|16384|3000|0|16000|125|0|1000|1|500|0
            aws|gp2|ssd|1|16384|0|3|16000|128|0|250|0|0|0
            aws|io2|ssd|4|65536|0|0|256000|125|0|4000|1|1000|0
            aws|st1|hdd|125|16384|500|0|500|0|39|500|0|0|0
            aws|sc1|hdd|125|16384|250|0|250|0|12|250|0|0|0
            azure|P4|ssd|1|32|120|0|120|25|0|25|0|0|1
            azure|P6|ssd|33|64|240|0|240|50|0|50|0|0|1
            azure|P10|ssd|65|128|500|0|500|100|0|100|0|0|1
            azure|P15|ssd|129|256|1100|0|1100|125|0|125|0|0|1
            azure|P20|ssd|257|512|2300|0|2300|150|0|150|0|0|1
            azure|P30|ssd|513|1024|5000|0|5000|200|0|200|0|0|1
            azure|P40|ssd|1025|2048|7500|0|7500|250|0|250|0|0|1
            azure|P50|ssd|2049|4096|7500|0|7500|250|0|250|0|0|1
            azure|E10|ssd|65|128|500|0|500|60|0|60|0|0|1
            azure|E15|ssd|129|256|500|0|500|60|0|60|0|0|1
            azure|E20|ssd|257|512|500|0|500|60|0|60|0|0|1
            azure|E30|ssd|513|1024|500|0|500|60|0|60|0|0|1
            azure|E40|ssd|1025|2048|500|0|500|60|0|60|0|0|1
            azure|S10|hdd|65|128|500|0|500|60|0|60|0|0|1
            azure|S20|hdd|257|512|500|0|500|60|0|60|0|0|1
            azure|S30|hdd|513|1024|500|0|500|60|0|60|0|0|1
            azure|PremiumV2|ssd|1|65536|3000|0|80000|125|0|1200|1|500|0
            gcp|pd-balanced|ssd|10|65536|3000|6|80000|140|280|1200|0|0|0
            gcp|pd-ssd|ssd|10|65536|6000|30|100000|240|480|1200|0|0|0
            gcp|pd-standard|hdd|10|65536|0|1|15000|0|120|400|0|0|0
            """;

    // columns: cloud|type|region|per GiB-month|per disk-month|per IOPS-month|per MB/s-month|source
    private static final String DISK_PRICES = """
            aws|gp3|us-east-1|0.08|0|0.005|0.04|aws-ebs
            aws|gp3|eu-west-1|0.088|0|0.0055|0.044|aws-ebs
            aws|gp2|us-east-1|0.1|0|0|0|aws-ebs
            aws|gp2|eu-west-1|0.11|0|0|0|aws-ebs
            aws|io2|us-east-1|0.125|0|0.065|0|aws-ebs
            aws|io2|eu-west-1|0.138|0|0.072|0|aws-ebs
            aws|st1|us-east-1|0.045|0|0|0|aws-ebs
            aws|st1|eu-west-1|0.05|0|0|0|aws-ebs
            aws|sc1|us-east-1|0.015|0|0|0|aws-ebs
            aws|sc1|eu-west-1|0.0168|0|0|0|aws-ebs
            azure|P4|eastus|0|5.28|0|0|azure-disks
            azure|P6|eastus|0|10.21|0|0|azure-disks
            azure|P10|eastus|0|19.71|0|0|azure-disks
            azure|P15|eastus|0|38.01|0|0|azure-disks
            azure|P20|eastus|0|73.22|0|0|azure-disks
            azure|P30|eastus|0|135.17|0|0|azure-disks
            azure|P40|eastus|0|259.05|0|0|azure-disks
            azure|P50|eastus|0|495.57|0|0|azure-disks
            azure|E10|eastus|0|9.6|0|0|azure-disks
            azure|E15|eastus|0|19.2|0|0|azure-disks
            azure|E20|eastus|0|38.4|0|0|azure-disks
            azure|E30|eastus|0|76.8|0|0|azure-disks
            azure|E40|eastus|0|153.6|0|0|azure-disks
            azure|S10|eastus|0|5.888|0|0|azure-disks
            azure|S20|eastus|0|21.76|0|0|azure-disks
            azure|S30|eastus|0|40.96|0|0|azure-disks
            azure|PremiumV2|eastus|0.0812|0|0.00488|0.0388|azure-disks
            azure|P4|westeurope|0|5.8072|0|0|azure-disks
            azure|P6|westeurope|0|11.2272|0|0|azure-disks
            azure|P10|westeurope|0|21.68|0|0|azure-disks
            azure|P15|westeurope|0|41.811428|0|0|azure-disks
            azure|P20|westeurope|0|80.54|0|0|azure-disks
            azure|P30|westeurope|0|148.68|0|0|azure-disks
            azure|P40|westeurope|0|284.9371|0|0|azure-disks
            azure|P50|westeurope|0|545.0971|0|0|azure-disks
            azure|E10|westeurope|0|9.6|0|0|azure-disks
            azure|E15|westeurope|0|19.2|0|0|azure-disks
            azure|E20|westeurope|0|38.4|0|0|azure-disks
            azure|E30|westeurope|0|76.8|0|0|azure-disks
            azure|E40|westeurope|0|153.6|0|0|azure-disks
            azure|S10|westeurope|0|5.888|0|0|azure-disks
            azure|S20|westeurope|0|21.76|0|0|azure-disks
            azure|S30|westeurope|0|40.96|0|0|azure-disks
            gcp|pd-balanced|us-central1|0.1|0|0|0|gcp-pricing
            gcp|pd-balanced|europe-west1|0.1|0|0|0|gcp-pricing
            gcp|pd-ssd|us-central1|0.17|0|0|0|gcp-pricing
            gcp|pd-ssd|europe-west1|0.17|0|0|0|gcp-pricing
            gcp|pd-standard|us-central1|0.04|0|0|0|gcp-pricing
            gcp|pd-standard|europe-west1|0.04|0|0|0|gcp-pricing
            """;

    // columns: cloud|licence|region|size|per vCPU|usd an hour|min vCPUs|source|derivation
    private static final String LICENCES = """
            aws|windows|us-east-1|*|1|0.046|0|aws-licences|
            aws|windows|*|*|1|0.046|0|aws-licences|licence-uplift
            aws|windows|*|t3.micro|0|0.0092|0|aws-licences|licence-uplift
            aws|windows|*|t3.small|0|0.0184|0|aws-licences|licence-uplift
            aws|windows|*|t3.medium|0|0.0184|0|aws-licences|licence-uplift
            aws|windows|*|t3.large|0|0.0276|0|aws-licences|licence-uplift
            aws|windows|*|t3.xlarge|0|0.0736|0|aws-licences|licence-uplift
            aws|rhel|*|*|1|0.0144|0|fixture|
            aws|sles|*|*|0|0.056|0|aws-licences|licence-uplift
            aws|sql-standard|*|*|1|0.12|4|aws-licences|licence-uplift
            aws|sql-enterprise|*|*|1|0.375|4|aws-licences|licence-uplift
            azure|windows|*|*|1|0.046|0|azure-payg|
            azure|rhel|*|*|1|0.0144|0|fixture|
            azure|sles|*|*|0|0.1|0|fixture|
            azure|sql-standard|*|*|1|0.1|4|fixture|
            azure|sql-enterprise|*|*|1|0.375|4|fixture|
            gcp|windows|*|*|1|0.046|0|gcp-pricing|
            gcp|windows|*|e2-small|0|0.023|0|gcp-pricing|
            gcp|windows|*|e2-medium|0|0.046|0|gcp-pricing|
            gcp|rhel|*|*|1|0.0144|0|gcp-pricing|
            gcp|rhel|*|e2-small|0|0.0072|0|gcp-pricing|
            gcp|sles|*|*|0|0.11|0|gcp-pricing|
            gcp|sql-standard|*|*|1|0.1645|4|gcp-pricing|
            gcp|sql-enterprise|*|*|1|0.399|4|gcp-pricing|
            """;

    /** The fixture as content, fresh each call. */
    public static CatalogContent content() {
        CatalogContent c = new CatalogContent();
        c.sources.add(new CatalogSource("aws-ec2shop", "aws/ec2shop/ec2/<region>-*.json", "yeo/ec2.shop", "73696e38",
                "MIT", "2025-04-04", "AWS Price List"));
        c.sources.add(new CatalogSource("aws-ebs", "aws/ec2shop/ebs/ebs.json", "yeo/ec2.shop", "73696e38", "MIT",
                "2024-07-18", "AWS Price List (EBS)"));
        c.sources.add(new CatalogSource("aws-licences", "aws/ec2instancesinfo-us-east-1-2023-08-30.csv",
                "LeanerCloud/ec2-instances-info", "ef5638af", "MIT", "2023-08-30", "ec2instances.info us-east-1"));
        c.sources.add(new CatalogSource("aws-sizes", "aws/karpenter-instance-types.csv", "aws/karpenter-provider-aws",
                "692ccdd0", "Apache-2.0", "2026-07", "Karpenter instance types"));
        c.sources.add(new CatalogSource("azure-payg", "azure/karpenter-payg-linux.csv", "Azure/karpenter-provider-azure",
                "2b431da1", "Apache-2.0", "2026-06-18", "Azure Retail Prices"));
        c.sources.add(new CatalogSource("azure-ri", "azure/rvtools-cost-estimator/prices_<region>.json",
                "KimTholstorf/azure-rvtools-cost-estimator", "b4a01386", "MIT", "2026-08-03",
                "Azure Retail Prices (reservations)"));
        c.sources.add(new CatalogSource("azure-sizes", "azure/sizes.csv", "kubernetes/autoscaler", "03e49d9c",
                "Apache-2.0", "2026-03", "Azure VM sizes"));
        c.sources.add(new CatalogSource("azure-disks", "azure/pricing-radar/storage-<region>.json",
                "andy-diericks/azure-pricing-radar", "cf741f25", "MIT", "2026-08-20", "Azure Retail Prices (disks)"));
        c.sources.add(new CatalogSource("gcp-pricing", "gcp/pricing.yml", "Cyclenerd/google-cloud-pricing-cost-calculator",
                "fd66b26f", "Apache-2.0", "2026-07-30", "Google Cloud Billing Catalog"));
        c.sources.add(new CatalogSource("fixture", "", "", "", "", "", "test fixture figure"));

        c.derivations.add(new Derivation("aws-sp", "Compute Savings Plan = on-demand × the median ratio of "
                + "published savings-plan rates to on-demand (no savings-plan prices in the source)"));
        c.derivations.add(new Derivation("aws-sp-m5", "Compute Savings Plan for m5 in us-east-1 = on-demand × 0.71875 "
                + "(the published m5.large rate 0.069 / 0.096)"));
        c.derivations.add(new Derivation("azure-ri", "reservation = pay-as-you-go × the Dsv5/Esv5 reservation ratio "
                + "in the same term (no reservation prices for the family in the source)"));
        c.derivations.add(new Derivation("azure-sp", "savings plan = pay-as-you-go × Azure's published typical "
                + "savings-plan discount for the term"));
        c.derivations.add(new Derivation("gcp-cud-1y", "1-year resource-based committed use = on-demand × 0.63 "
                + "(Google's 37 % discount for general-purpose machine types)"));
        c.derivations.add(new Derivation("gcp-cud-3y", "3-year resource-based committed use = on-demand × 0.45 "
                + "(Google's 55 % discount)"));
        c.derivations.add(new Derivation("gcp-flex", "flexible committed use = on-demand × (1 − 28 % for 1 year, "
                + "46 % for 3 years)"));
        c.derivations.add(new Derivation("licence-uplift", "licence = licence-included price − Linux price in "
                + "us-east-1 (ec2instances.info, 2023), applied in every region"));

        c.regions.add(new Region(Cloud.AWS, AWS_1, "US East (N. Virginia)", "North America"));
        c.regions.add(new Region(Cloud.AWS, AWS_2, "Europe (Ireland)", "Europe"));
        c.regions.add(new Region(Cloud.AZURE, AZ_1, "East US", "North America"));
        c.regions.add(new Region(Cloud.AZURE, AZ_2, "West Europe", "Europe"));
        c.regions.add(new Region(Cloud.GCP, GCP_1, "Iowa", "North America"));
        c.regions.add(new Region(Cloud.GCP, GCP_2, "Belgium", "Europe"));

        sizes(c, Cloud.AWS, AWS_SIZES, "aws-sizes", AWS_1, AWS_2, "aws-ec2shop", "aws-ec2shop");
        sizes(c, Cloud.AZURE, AZURE_SIZES, "azure-sizes", AZ_1, AZ_2, "azure-payg", "azure-ri");
        sizes(c, Cloud.GCP, GCP_SIZES, "gcp-pricing", GCP_1, GCP_2, "gcp-pricing", "gcp-pricing");

        // AWS: reservations are read; savings plans derived, m5 in us-east-1 by a more specific rule
        discount(c, Cloud.AWS, "*", "*", PricingOption.SP_1Y, "0.72", "aws-sp");
        discount(c, Cloud.AWS, "*", "*", PricingOption.SP_3Y, "0.5", "aws-sp");
        discount(c, Cloud.AWS, AWS_1, "m5", PricingOption.SP_1Y, "0.71875", "aws-sp-m5");
        // Azure: Dsv5/Esv5 reservations are read, the other families derived
        discount(c, Cloud.AZURE, "*", "*", PricingOption.RI_1Y, "0.617", "azure-ri");
        discount(c, Cloud.AZURE, "*", "*", PricingOption.RI_3Y, "0.395", "azure-ri");
        discount(c, Cloud.AZURE, "*", "*", PricingOption.SP_1Y, "0.735", "azure-sp");
        discount(c, Cloud.AZURE, "*", "*", PricingOption.SP_3Y, "0.53", "azure-sp");
        // Google: every commitment derived
        discount(c, Cloud.GCP, "*", "*", PricingOption.RI_1Y, "0.63", "gcp-cud-1y");
        discount(c, Cloud.GCP, "*", "*", PricingOption.RI_3Y, "0.45", "gcp-cud-3y");
        discount(c, Cloud.GCP, "*", "*", PricingOption.SP_1Y, "0.72", "gcp-flex");
        discount(c, Cloud.GCP, "*", "*", PricingOption.SP_3Y, "0.54", "gcp-flex");

        for (String line : DISK_TYPES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            Cloud cloud = Cloud.parse(f[0]);
            c.diskTypes.add(new DiskType(cloud, f[1], f[1], f[2], n(f[3]), n(f[4]), n(f[5]), n(f[6]), n(f[7]),
                    n(f[8]), n(f[9]), n(f[10]), f[11].equals("1"), n(f[12]), f[13].equals("1"),
                    cloud == Cloud.AWS ? "aws-ebs" : cloud == Cloud.AZURE ? "azure-disks" : "gcp-pricing"));
        }
        for (String line : DISK_PRICES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            c.diskPrices.add(new DiskPrice(Cloud.parse(f[0]), f[1], f[2], Usd.parse(f[3]), Usd.parse(f[4]),
                    Usd.parse(f[5]), Usd.parse(f[6]), f[7], null));
        }
        for (String line : LICENCES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            c.licences.add(new LicencePrice(Cloud.parse(f[0]), Licence.parse(f[1]), f[2], f[3], f[4].equals("1"),
                    Usd.parse(f[5]), Integer.parseInt(f[6]), f[7], f[8].isEmpty() ? null : f[8]));
        }
        return c;
    }

    private static void sizes(CatalogContent c, Cloud cloud, String table, String sizeSource, String r1, String r2,
            String priceSource, String commitmentSource) {
        for (String line : table.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String name = f[0];
            c.sizes.add(new InstanceSize(cloud, name, f[1], f[2], Integer.parseInt(f[3]), n(f[4]), Arch.parse(f[5]),
                    f[6].equals("1"), 0, Integer.parseInt(f[7]), Integer.parseInt(f[8]), f[9].equals("1"),
                    Integer.parseInt(f[10]), n(f[11]), n(f[12]), sizeSource));
            price(c, cloud, name, r1, PricingOption.ON_DEMAND, f[13], priceSource);
            price(c, cloud, name, r2, PricingOption.ON_DEMAND, f[14], priceSource);
            price(c, cloud, name, r1, PricingOption.RI_1Y, f[15], commitmentSource);
            price(c, cloud, name, r2, PricingOption.RI_1Y, f[16], commitmentSource);
            price(c, cloud, name, r1, PricingOption.RI_3Y, f[17], commitmentSource);
            price(c, cloud, name, r2, PricingOption.RI_3Y, f[18], commitmentSource);
        }
    }

    private static void price(CatalogContent c, Cloud cloud, String size, String region, PricingOption option,
            String usd, String source) {
        if (!usd.isEmpty()) {
            c.prices.add(new Price(cloud, size, region, option, Usd.parse(usd), source, null));
        }
    }

    private static void discount(CatalogContent c, Cloud cloud, String region, String family, PricingOption option,
            String ratio, String derivation) {
        long ppm = new java.math.BigDecimal(ratio).movePointRight(6).longValueExact();
        c.discounts.add(new OptionDiscount(cloud, region, family, option, ppm, "fixture", derivation));
    }

    private static long n(String s) {
        return Long.parseLong(s);
    }
}
