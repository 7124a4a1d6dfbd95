package com.migrationhub.connectors.prices.azure;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Region;
import java.util.Map;
import java.util.TreeMap;

/**
 * Display names (as the Azure portal shows them) and continent-level geographies of the public
 * Azure regions the price sources cover, by ARM name.
 */
final class AzureRegions {
    private static final String NA = "North America";
    private static final String SA = "South America";
    private static final String EU = "Europe";
    private static final String AP = "Asia Pacific";
    private static final String ME = "Middle East";
    private static final String AF = "Africa";

    private static final Map<String, String[]> TABLE = new TreeMap<>();

    static {
        add("australiacentral", "Australia Central", AP);
        add("australiacentral2", "Australia Central 2", AP);
        add("australiaeast", "Australia East", AP);
        add("australiasoutheast", "Australia Southeast", AP);
        add("austriaeast", "Austria East", EU);
        add("belgiumcentral", "Belgium Central", EU);
        add("brazilsouth", "Brazil South", SA);
        add("brazilsoutheast", "Brazil Southeast", SA);
        add("canadacentral", "Canada Central", NA);
        add("canadaeast", "Canada East", NA);
        add("centralindia", "Central India", AP);
        add("centralus", "Central US", NA);
        add("chilecentral", "Chile Central", SA);
        add("eastasia", "East Asia", AP);
        add("eastus", "East US", NA);
        add("eastus2", "East US 2", NA);
        add("francecentral", "France Central", EU);
        add("francesouth", "France South", EU);
        add("germanynorth", "Germany North", EU);
        add("germanywestcentral", "Germany West Central", EU);
        add("indonesiacentral", "Indonesia Central", AP);
        add("israelcentral", "Israel Central", ME);
        add("italynorth", "Italy North", EU);
        add("japaneast", "Japan East", AP);
        add("japanwest", "Japan West", AP);
        add("jioindiacentral", "Jio India Central", AP);
        add("jioindiawest", "Jio India West", AP);
        add("koreacentral", "Korea Central", AP);
        add("koreasouth", "Korea South", AP);
        add("malaysiawest", "Malaysia West", AP);
        add("mexicocentral", "Mexico Central", NA);
        add("newzealandnorth", "New Zealand North", AP);
        add("northcentralus", "North Central US", NA);
        add("northeurope", "North Europe", EU);
        add("norwayeast", "Norway East", EU);
        add("norwaywest", "Norway West", EU);
        add("polandcentral", "Poland Central", EU);
        add("qatarcentral", "Qatar Central", ME);
        add("southafricanorth", "South Africa North", AF);
        add("southafricawest", "South Africa West", AF);
        add("southcentralus", "South Central US", NA);
        add("southeastasia", "Southeast Asia", AP);
        add("southindia", "South India", AP);
        add("spaincentral", "Spain Central", EU);
        add("swedencentral", "Sweden Central", EU);
        add("swedensouth", "Sweden South", EU);
        add("switzerlandnorth", "Switzerland North", EU);
        add("switzerlandwest", "Switzerland West", EU);
        add("uaecentral", "UAE Central", ME);
        add("uaenorth", "UAE North", ME);
        add("uksouth", "UK South", EU);
        add("ukwest", "UK West", EU);
        add("westcentralus", "West Central US", NA);
        add("westeurope", "West Europe", EU);
        add("westindia", "West India", AP);
        add("westus", "West US", NA);
        add("westus2", "West US 2", NA);
        add("westus3", "West US 3", NA);
    }

    private AzureRegions() {
    }

    private static void add(String id, String name, String geography) {
        TABLE.put(id, new String[] {name, geography});
    }

    /**
     * The region record for an ARM name.
     *
     * @throws CatalogBuildException for a region the table lacks, so a new region in refreshed data
     *                               gets a real name instead of a guess
     */
    static Region region(String id, String foundIn) {
        String[] entry = TABLE.get(id);
        if (entry == null) {
            throw new CatalogBuildException(foundIn + ": unknown Azure region '" + id
                    + "': add its display name and geography to AzureRegions");
        }
        return new Region(Cloud.AZURE, id, entry[0], entry[1]);
    }

    /** The display name of a region in the table, for derivation texts. */
    static String name(String id) {
        String[] entry = TABLE.get(id);
        return entry == null ? id : entry[0];
    }
}
