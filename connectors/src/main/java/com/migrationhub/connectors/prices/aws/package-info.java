/**
 * The AWS part of the price catalog ({@link com.migrationhub.connectors.prices.aws.AwsCatalogPart}, name
 * {@code aws}): EC2 sizes, Linux prices, licence charges and EBS from {@code shared/prices/aws}; and
 * {@link com.migrationhub.connectors.prices.aws.Ec2InstancesInfoRecord}, a reader for the
 * ec2instances.info record format a live connector will fetch.
 */
package com.migrationhub.connectors.prices.aws;
