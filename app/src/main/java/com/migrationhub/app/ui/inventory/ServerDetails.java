package com.migrationhub.app.ui.inventory;

import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.inventory.ServerEdit;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link ServerDetail} from a server read with all its parts: the words come from the
 * inventory bundle, numbers are formatted in the workbench's locale, and each value's source is
 * written as {@code mhub inventory show} writes it ("contoso-rvtools.xlsx vInfo row 12"; a
 * CSV's sheet is the file itself and is not repeated). Runs in the background.
 */
final class ServerDetails {
    private final Messages m;
    private final Map<Long, String> files;
    private final NumberFormat integer;
    private final NumberFormat decimal;
    private final DateTimeFormatter when;

    ServerDetails(Messages messages, Map<Long, String> files) {
        this.m = messages;
        this.files = files;
        Locale locale = messages.locale();
        integer = NumberFormat.getIntegerInstance(locale);
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(0);
        decimal.setMaximumFractionDigits(1);
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /** "contoso-rvtools.xlsx vInfo row 12", as the command line's {@code inventory show} writes it. */
    static String where(Messages m, String file, String sheet, long row) {
        if (sheet == null) {
            return m.get("inventory.source.user");
        }
        StringBuilder b = new StringBuilder(file);
        if (!file.equals(sheet)) {
            b.append(' ').append(sheet);
        }
        if (row > 0) {
            b.append(' ').append(m.get("inventory.source.row", Long.toString(row)));
        }
        return b.toString();
    }

    String where(SourceRef ref) {
        if (ref == null || ref.sheet() == null) {
            return m.get("inventory.source.user");
        }
        return where(m, files.getOrDefault(ref.importId(), m.get("inventory.source.import", Long.toString(ref.importId()))),
                ref.sheet(), ref.row());
    }

    /** "#3:vCPU!12" as "contoso.xlsx vCPU row 12". */
    String other(String ref) {
        return SourceRef.parseOther(ref).map(this::where).orElse(ref);
    }

    ServerDetail build(Server s, List<ServerEdit> history) {
        Map<String, ServerEdit> edited = new HashMap<>();
        for (ServerEdit e : history) {
            if (!e.field().equals("deleted")) {
                edited.putIfAbsent(e.field(), e);
            }
        }
        String source = where(s.source);
        Fields f = new Fields(source, edited);
        List<ServerDetail.Section> sections = new ArrayList<>();

        List<ServerDetail.Attribute> identity = new ArrayList<>();
        identity.add(f.text("name", "name", s.name));
        identity.add(f.text("hostName", "hostName", s.hostName));
        String ips = s.ips.isEmpty() ? null : String.join(", ", s.ips);
        identity.add(f.text("ips", "ips", ips));
        identity.add(f.text("vmUuid", "vmUuid", s.vmUuid));
        identity.add(f.text("biosUuid", "biosUuid", s.biosUuid));
        identity.add(f.text("moRef", "moRef", s.moRef));
        identity.add(f.text("vCenter", "vCenter", s.vCenter));
        identity.add(f.text("instanceId", "instanceId", s.instanceId));
        identity.add(f.text("externalId", "externalId", s.externalId));
        identity.add(new ServerDetail.Attribute(m.get("inventory.field.id"), Long.toString(s.id), source, false, null,
                null, List.of()));
        sections.add(section("identity", identity));

        List<ServerDetail.Attribute> state = new ArrayList<>();
        state.add(f.choice("powerState", m.get("inventory.power." + s.powerState.name()),
                powerWord(s.powerState), powerChoices()));
        state.add(f.choice("kind", m.get("inventory.kind." + s.kind.name()), s.kind.name().toLowerCase(Locale.ROOT),
                enumChoices(ServerKind.values(), "inventory.kind.")));
        state.add(f.choice("template", m.get(s.template ? "inventory.yes" : "inventory.no"), Boolean.toString(s.template),
                List.of(new ServerDetail.Choice("true", m.get("inventory.yes")),
                        new ServerDetail.Choice("false", m.get("inventory.no")))));
        state.add(f.choice("firmware", m.get("inventory.firmware." + s.firmware.name()),
                s.firmware.name().toLowerCase(Locale.ROOT), enumChoices(Firmware.values(), "inventory.firmware.")));
        sections.add(section("state", state));

        List<ServerDetail.Attribute> os = new ArrayList<>();
        String osText = s.os.raw() == null ? null : m.get("inventory.detail.os", s.os.raw(), s.os.label(),
                m.get("inventory.osFamily." + s.os.family().name()), m.get("inventory.arch." + s.os.architecture().name()));
        os.add(f.attribute("os", "os", osText, s.os.raw()));
        os.add(f.text("osFromTools", "osFromTools", s.osFromTools));
        sections.add(section("os", os));

        List<ServerDetail.Attribute> sizing = new ArrayList<>();
        sizing.add(f.attribute("vcpus", "vcpus", count(s.vcpus), raw(s.vcpus)));
        sizing.add(f.attribute("sockets", "sockets", count(s.sockets), raw(s.sockets)));
        sizing.add(f.attribute("coresPerSocket", "coresPerSocket", count(s.coresPerSocket), raw(s.coresPerSocket)));
        sizing.add(f.attribute("memoryMiB", "memory", size(s.memoryMiB), raw(s.memoryMiB)));
        sizing.add(f.attribute("provisionedMiB", "provisioned", size(s.provisionedMiB), raw(s.provisionedMiB)));
        sizing.add(f.attribute("inUseMiB", "inUse", size(s.inUseMiB), raw(s.inUseMiB)));
        sections.add(section("sizing", sizing));

        List<ServerDetail.Attribute> placement = new ArrayList<>();
        placement.add(f.text("datacenter", "datacenter", s.datacenter));
        placement.add(f.text("cluster", "cluster", s.cluster));
        placement.add(f.text("host", "host", s.host));
        placement.add(f.text("folder", "folder", s.folder));
        placement.add(f.text("hypervisor", "hypervisor", s.hypervisor));
        sections.add(section("placement", placement));

        List<ServerDetail.Attribute> business = new ArrayList<>();
        business.add(f.text("environment", "environment", s.environment));
        business.add(f.text("application", "application", s.application));
        business.add(f.text("owner", "owner", s.owner));
        business.add(f.text("annotation", "annotation", s.annotation));
        sections.add(section("business", business));

        List<ServerDetail.Attribute> tools = new ArrayList<>();
        tools.add(f.text("toolsStatus", "toolsStatus", s.toolsStatus));
        tools.add(f.text("toolsVersion", "toolsVersion", s.toolsVersion));
        tools.add(f.text("hardwareVersion", "hardwareVersion", s.hardwareVersion));
        tools.add(f.attribute("snapshotCount", "snapshotCount", count(s.snapshotCount), raw(s.snapshotCount)));
        tools.add(f.attribute("snapshotMiB", "snapshotSize", size(s.snapshotMiB), raw(s.snapshotMiB)));
        sections.add(section("tools", tools));

        List<ServerDetail.Attribute> tags = new ArrayList<>();
        ServerEdit tagEdit = edited.get("tags");
        s.tags.forEach((k, v) -> tags.add(new ServerDetail.Attribute(k, v == null || v.isEmpty() ? "" : v,
                tagEdit != null ? f.editedText(tagEdit) : source, tagEdit != null, "tag." + k, v == null ? "" : v,
                List.of())));
        sections.add(new ServerDetail.Section("tags", m.get("inventory.section.tags"), tags, true));

        List<ServerDetail.Attribute> disks = new ArrayList<>();
        int n = 0;
        for (Disk d : s.disks) {
            n++;
            disks.add(part(d.label != null ? d.label : m.get("inventory.detail.disk", n), join(
                    d.capacityMiB == null ? null : size(d.capacityMiB),
                    d.usedMiB == null ? null : m.get("inventory.detail.used", size(d.usedMiB)),
                    d.thin == null ? null : m.get(d.thin ? "inventory.detail.thin" : "inventory.detail.thick"),
                    d.storageType, d.controller, d.datastore, d.sharing,
                    Boolean.TRUE.equals(d.raw) ? m.get("inventory.detail.rdm") : null, d.diskMode,
                    d.readIops == null && d.writeIops == null ? null
                            : m.get("inventory.detail.iops", dec(d.readIops), dec(d.writeIops)),
                    d.readMBps == null && d.writeMBps == null ? null
                            : m.get("inventory.detail.mbps", dec(d.readMBps), dec(d.writeMBps))), d.source));
        }
        sections.add(section("disks", disks));

        List<ServerDetail.Attribute> nics = new ArrayList<>();
        n = 0;
        for (Nic x : s.nics) {
            n++;
            List<String> addresses = new ArrayList<>(x.ipv4);
            addresses.addAll(x.ipv6);
            nics.add(part(x.label != null ? x.label : m.get("inventory.detail.nic", n), join(x.mac, x.network,
                    String.join(" ", addresses), x.adapterType, x.connected == null ? null
                            : m.get(x.connected ? "inventory.detail.connected" : "inventory.detail.disconnected")),
                    x.source));
        }
        sections.add(section("nics", nics));

        List<ServerDetail.Attribute> partitions = new ArrayList<>();
        for (Partition p : s.partitions) {
            partitions.add(part(p.path == null ? "" : p.path, join(p.capacityMiB == null ? null : size(p.capacityMiB),
                    p.consumedMiB == null ? null : m.get("inventory.detail.used", size(p.consumedMiB)),
                    p.freeMiB == null ? null : m.get("inventory.detail.free", size(p.freeMiB))), p.source));
        }
        sections.add(section("partitions", partitions));

        List<ServerDetail.Attribute> utilization = new ArrayList<>();
        for (UtilizationStat u : s.utilization) {
            String unit = u.metric().unit();
            String value = m.get("inventory.detail.stat", dec(u.average()), dec(u.p95()), dec(u.maximum()), unit)
                    + (u.samples() > 0 ? " " + m.get("inventory.detail.samples", integer.format(u.samples())) : "");
            utilization.add(part(m.get("inventory.metric." + u.metric().name()), value, u.source()));
        }
        sections.add(section("utilization", utilization));

        List<String> also = new ArrayList<>();
        for (String o : s.otherSources) {
            also.add(other(o));
        }
        return new ServerDetail(s.id, s.name, s.deleted, s.template, source, also, sections);
    }

    private ServerDetail.Section section(String id, List<ServerDetail.Attribute> attributes) {
        return new ServerDetail.Section(id, m.get("inventory.section." + id), attributes, false);
    }

    private ServerDetail.Attribute part(String label, String value, SourceRef source) {
        return new ServerDetail.Attribute(label, value, where(source), false, null, null, List.of());
    }

    private static String powerWord(PowerState p) {
        switch (p) {
            case POWERED_ON: return "on";
            case POWERED_OFF: return "off";
            case SUSPENDED: return "suspended";
            default: return "unknown";
        }
    }

    private List<ServerDetail.Choice> powerChoices() {
        List<ServerDetail.Choice> c = new ArrayList<>();
        for (PowerState p : PowerState.values()) {
            c.add(new ServerDetail.Choice(powerWord(p), m.get("inventory.power." + p.name())));
        }
        return c;
    }

    private List<ServerDetail.Choice> enumChoices(Enum<?>[] values, String prefix) {
        List<ServerDetail.Choice> c = new ArrayList<>();
        for (Enum<?> e : values) {
            c.add(new ServerDetail.Choice(e.name().toLowerCase(Locale.ROOT), m.get(prefix + e.name())));
        }
        return c;
    }

    private String count(Integer v) {
        return v == null ? null : integer.format(v);
    }

    private static String raw(Object v) {
        return v == null ? "" : v.toString();
    }

    /** "16 GiB (16,384 MiB)". */
    String size(Long mib) {
        if (mib == null) {
            return null;
        }
        return m.get("inventory.detail.size", decimal.format(mib / 1024.0), integer.format(mib));
    }

    private String dec(Double d) {
        return d == null ? "–" : decimal.format(d);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : " · ").append(p);
            }
        }
        return b.toString();
    }

    /** The server's own fields: their source is the server's row, or the user's newest edit. */
    private final class Fields {
        private final String source;
        private final Map<String, ServerEdit> edited;

        Fields(String source, Map<String, ServerEdit> edited) {
            this.source = source;
            this.edited = edited;
        }

        ServerDetail.Attribute text(String field, String labelKey, String value) {
            return attribute(field, labelKey, value, value == null ? "" : value);
        }

        ServerDetail.Attribute attribute(String field, String labelKey, String value, String editText) {
            ServerEdit e = edited.get(field);
            return new ServerDetail.Attribute(m.get("inventory.field." + labelKey), value == null ? "" : value,
                    e == null ? source : editedText(e), e != null, field, editText, List.of());
        }

        ServerDetail.Attribute choice(String field, String value, String editText, List<ServerDetail.Choice> choices) {
            ServerEdit e = edited.get(field);
            return new ServerDetail.Attribute(m.get("inventory.field." + field), value, e == null ? source : editedText(e),
                    e != null, field, editText, choices);
        }

        String editedText(ServerEdit e) {
            return m.get("inventory.source.edited", when.format(e.at()));
        }
    }
}
