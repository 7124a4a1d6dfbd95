package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.PROJECT_SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The engagement's own settings, stored in the project file (client, engagement, ...). */
public final class ProjectSettings {
    public static final String FORMAT = "format";
    public static final String CLIENT = "client";
    public static final String ENGAGEMENT = "engagement";
    public static final String CREATED_AT = "created_at";

    private final DSLContext dsl;

    ProjectSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(dsl.select(PROJECT_SETTING.SETTING_VALUE).from(PROJECT_SETTING)
                .where(PROJECT_SETTING.SETTING_NAME.eq(name)).fetchOne(PROJECT_SETTING.SETTING_VALUE));
    }

    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        dsl.selectFrom(PROJECT_SETTING).orderBy(PROJECT_SETTING.SETTING_NAME)
                .forEach(r -> all.put(r.getSettingName(), r.getSettingValue()));
        return all;
    }

    public void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    public void putAll(Map<String, String> values) {
        dsl.transaction(cfg -> {
            for (Map.Entry<String, String> e : values.entrySet()) {
                cfg.dsl().mergeInto(PROJECT_SETTING)
                        .using(cfg.dsl().selectOne())
                        .on(PROJECT_SETTING.SETTING_NAME.eq(e.getKey()))
                        .whenMatchedThenUpdate().set(PROJECT_SETTING.SETTING_VALUE, e.getValue())
                        .whenNotMatchedThenInsert(PROJECT_SETTING.SETTING_NAME, PROJECT_SETTING.SETTING_VALUE)
                        .values(e.getKey(), e.getValue())
                        .execute();
            }
        });
    }
}
