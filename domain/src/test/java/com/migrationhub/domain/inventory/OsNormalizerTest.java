package com.migrationhub.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Microsoft Windows Server 2019 (64-bit)|WINDOWS|Windows Server|2019|X86_64",
        "Microsoft Windows Server 2008 R2 (64-bit)|WINDOWS|Windows Server|2008 R2|X86_64",
        "Microsoft Windows Server 2003 Standard (32-bit)|WINDOWS|Windows Server|2003|X86",
        "windows2019srv_64Guest|WINDOWS|Windows Server|2019|X86_64",
        "Microsoft Windows 10 (64-bit)|WINDOWS|Windows|10|X86_64",
        "Red Hat Enterprise Linux 8 (64-bit)|LINUX|Red Hat Enterprise Linux|8|X86_64",
        "CentOS 4/5 or later (64-bit)|LINUX|CentOS|-|X86_64",
        "CentOS 7 (64-bit)|LINUX|CentOS|7|X86_64",
        "Ubuntu 22.04.3 LTS|LINUX|Ubuntu|22.04|UNKNOWN",
        "Ubuntu Linux (64-bit)|LINUX|Ubuntu|-|X86_64",
        "SUSE Linux Enterprise 15 (64-bit)|LINUX|SUSE Linux Enterprise Server|15|X86_64",
        "Other 3.x or later Linux (64-bit)|LINUX|Other Linux|-|X86_64",
        "Oracle Solaris 11 (64-bit)|UNIX|Oracle Solaris|11|X86_64",
        "VMware Photon OS (64-bit)|LINUX|VMware Photon OS|-|X86_64",
        "Amazon Linux 2 arm64|LINUX|Amazon Linux|2|ARM64",
        "something odd|UNKNOWN|-|-|UNKNOWN",
    })
    void readsTheSpellingsToolsUse(String raw, OsFamily family, String distribution, String version, Architecture arch) {
        OperatingSystem os = OsNormalizer.normalize(raw);
        assertThat(os.raw()).isEqualTo(raw);
        assertThat(os.family()).isEqualTo(family);
        assertThat(os.distribution()).isEqualTo(distribution);
        assertThat(os.version()).isEqualTo(version);
        assertThat(os.architecture()).isEqualTo(arch);
    }

    @ParameterizedTest
    @CsvSource({"x64,X86_64", "64-bit,X86_64", "32-bit,X86", "ARM64,ARM64"})
    void takesAnArchitectureColumnIntoAccount(String hint, Architecture arch) {
        assertThat(OsNormalizer.normalize("Ubuntu 20.04", hint).architecture()).isEqualTo(arch);
    }
}
