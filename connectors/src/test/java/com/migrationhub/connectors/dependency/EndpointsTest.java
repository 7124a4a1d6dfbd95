package com.migrationhub.connectors.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "0.0.0.0", "255.255.255.255", "::", "::1", "fe80::1%eth0", "2001:db8::20",
        "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:10.0.0.5", "64:ff9b::192.0.2.33", "1::", "FE80::ABCD"})
    void theseAreAddresses(String text) {
        assertThat(Endpoints.isIp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.256", "10.0.0.5.1", "1.2.3.4a", "web01", "db01.contoso.local",
        ":::", "1:2:3:4:5:6:7:8:9", "2001::db8::1", "12345::1", "g::1", "1.2.3.4::", "10..0.1", "::ffff:10.0.0"})
    void theseAreNot(String text) {
        assertThat(Endpoints.isIp(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "db01:5432|db01|5432",
        "10.0.0.5:443|10.0.0.5|443",
        "[2001:db8::20]:443|2001:db8::20|443",
        "[fe80::1]%eth0:546|fe80::1|546",
        "2001:db8::20|2001:db8::20|",
        "db01|db01|",
        "0.0.0.0%lo:53|0.0.0.0|53",
    })
    void splitsHostAndPort(String text, String host, String port) {
        Endpoints.HostPort hp = Endpoints.split(text);

        assertThat(hp.host()).isEqualTo(host);
        assertThat(hp.port()).isEqualTo(port);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "443, 443", "65535, 65535", "65536, -2", "-1, -2", "4a, -2", "123456, -2", "'', -1"})
    void readsPorts(String text, int port) {
        assertThat(Endpoints.port(text)).isEqualTo(port);
    }

    @ParameterizedTest
    @CsvSource({"::FFFF:10.0.0.5, 10.0.0.5", "FE80::1%12, fe80::1", "10.0.0.5, 10.0.0.5", "2001:DB8::1, 2001:db8::1"})
    void normalizesAddresses(String text, String normalized) {
        assertThat(Endpoints.normalizeIp(text)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource({"tcp, TCP", "TCP, TCP", "6, TCP", "udp6, UDP", "17, UDP", "icmp, OTHER", "1, OTHER", "256, UNREADABLE",
        "'t c p', UNREADABLE", "'', UNSTATED"})
    void readsTransports(String text, Transport transport) {
        assertThat(Transport.of(text)).isEqualTo(transport);
    }
}
