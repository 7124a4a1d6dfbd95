package com.migrationhub.domain.dependency.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.dependency.graph.EndpointResolver.How;
import com.migrationhub.domain.dependency.graph.EndpointResolver.Resolved;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointResolverTest {
    private static DependencyServer server(long id, String name, String host, String... ips) {
        return new DependencyServer(id, name, host, List.of(ips), null, null, 2, 4096, null);
    }

    private final EndpointResolver resolver = new EndpointResolver(List.of(
            server(1, "APP01", null, "10.0.0.1"),
            server(2, "db01.corp.local", null, "10.0.0.2"),
            server(3, "web01", "web01.corp.local"),
            server(4, "mail.corp.local", null),
            server(5, "mail.dmz.local", null),
            server(6, "twin", null, "10.0.0.9"),
            server(7, "other", null, "10.0.0.9")),
            List.of(new IpamEntry("10.0.5.5", "WEB01.corp.local", null),
                    new IpamEntry("10.0.5.6", "a.corp.local", null), new IpamEntry("10.0.5.6", "b.corp.local", null)));

    @Test
    void namesMatchCaseInsensitivelyAndFqdnAgainstShortBothWays() {
        assertThat(resolver.resolve("app01", null)).isEqualTo(new Resolved(0, How.NAME));
        assertThat(resolver.resolve("app01.corp.local", null)).isEqualTo(new Resolved(0, How.NAME));
        assertThat(resolver.resolve("DB01", null)).isEqualTo(new Resolved(1, How.NAME));
        assertThat(resolver.resolve("db01.corp.local.", "10.9.9.9")).isEqualTo(new Resolved(1, How.NAME));
        assertThat(resolver.resolve("web01.corp.local", null)).isEqualTo(new Resolved(2, How.NAME));
    }

    @Test
    void anAmbiguousShortNameOrAnFqdnOfAnotherDomainDoesNotResolveByName() {
        assertThat(resolver.resolve("mail", null).how()).isEqualTo(How.EXTERNAL);
        assertThat(resolver.resolve("mail.corp.local", null)).isEqualTo(new Resolved(3, How.NAME));
        assertThat(resolver.resolve("db01.other.local", null).how()).isEqualTo(How.EXTERNAL);
    }

    @Test
    void addressesResolveThroughTheInventoryThenThePlan() {
        assertThat(resolver.resolve(null, "10.0.0.2")).isEqualTo(new Resolved(1, How.IP));
        assertThat(resolver.resolve("unknown-name", "10.0.0.1")).isEqualTo(new Resolved(0, How.IP));
        assertThat(resolver.resolve("10.0.0.1", null)).isEqualTo(new Resolved(0, How.IP));
        assertThat(resolver.resolve(null, "::ffff:10.0.0.1")).isEqualTo(new Resolved(0, How.IP));
        assertThat(resolver.resolve(null, "10.0.5.5")).isEqualTo(new Resolved(2, How.IPAM));
        assertThat(resolver.resolve(null, "10.0.0.9").how()).as("two servers claim it").isEqualTo(How.EXTERNAL);
        assertThat(resolver.resolve(null, "10.0.5.6").how()).as("two host names in the plan").isEqualTo(How.EXTERNAL);
        assertThat(resolver.resolve(null, "8.8.8.8").how()).isEqualTo(How.EXTERNAL);
    }
}
