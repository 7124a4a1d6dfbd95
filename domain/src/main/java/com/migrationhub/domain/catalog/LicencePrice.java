package com.migrationhub.domain.catalog;

/**
 * What a cloud charges for a licence on top of compute, an hour: either per instance of one size
 * or per vCPU for any size ({@code size} is {@value #ANY}), in one region or in every region
 * ({@code region} is {@value #ANY}). The most specific row wins: size and region, then size in any
 * region, then per vCPU in the region, then per vCPU anywhere.
 *
 * @param perVcpu  the price is per vCPU-hour (times the size's vCPUs, at least {@code minVcpus})
 * @param minVcpus the fewest vCPUs a per-vCPU licence is charged for (SQL Server: 4), else 0
 */
public record LicencePrice(Cloud cloud, Licence licence, String region, String size, boolean perVcpu,
        long usdNanosPerHour, int minVcpus, String source, String derivation) {
    public static final String ANY = "*";
}
