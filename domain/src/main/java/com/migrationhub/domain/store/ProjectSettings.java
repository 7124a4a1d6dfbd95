package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.PROJECT_LOGO;
import static com.migrationhub.domain.store.jooq.Tables.PROJECT_SETTING;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The engagement's own settings, stored in the project file (client, engagement, ...). */
public final class ProjectSettings {
    public static final String FORMAT = "format";
    public static final String CLIENT = "client";
    public static final String ENGAGEMENT = "engagement";
    public static final String CREATED_AT = "created_at";
    /** The consulting firm, on the report's cover. */
    public static final String FIRM = "firm";
    /** The consultant who signs the report. */
    public static final String CONSULTANT = "consultant";
    /** The project's locale for numbers and dates in reports (a BCP 47 tag: en-US, de-DE). */
    public static final String LOCALE = "locale";
    /** Names of figures derived from the project and kept only to show them faster; never listed. */
    public static final String DERIVED_PREFIX = "derived.";

    /** The firm's logo as stored: PNG or JPEG bytes. */
    public record Logo(String mediaType, String fileName, byte[] content, OffsetDateTime storedAt) {
    }

    private final ProjectFile project;

    ProjectSettings(ProjectFile project) {
        this.project = project;
    }

    // The reads are plain statements: opening a project and writing a report read settings, and
    // jOOQ's first use takes half a second.

    public Optional<String> get(String name) {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT SETTING_VALUE FROM PROJECT_SETTING WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The settings the consultant and the commands set; not the figures kept to open faster ({@value #DERIVED_PREFIX}*). */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT SETTING_NAME, SETTING_VALUE"
                + " FROM PROJECT_SETTING WHERE SETTING_NAME NOT LIKE ? ORDER BY SETTING_NAME")) {
            ps.setString(1, DERIVED_PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return all;
    }

    public void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    public void putAll(Map<String, String> values) {
        project.dsl().transaction(cfg -> {
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

    /**
     * Keeps a derived figure ({@value #DERIVED_PREFIX}NAME) in one statement, outside any
     * transaction, and only when no transaction is running on the project's connection: keeping a
     * figure must never commit, nor join, another job's half-done import.
     */
    void putDerived(java.sql.Connection connection, String name, String value) {
        try {
            if (!connection.getAutoCommit()) {
                return;
            }
        } catch (java.sql.SQLException e) {
            return;
        }
        project.dsl().mergeInto(PROJECT_SETTING)
                .using(project.dsl().selectOne())
                .on(PROJECT_SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(PROJECT_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(PROJECT_SETTING.SETTING_NAME, PROJECT_SETTING.SETTING_VALUE)
                .values(name, value)
                .execute();
    }

    /** The firm's logo, if one was stored. */
    public Optional<Logo> logo() {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT MEDIA_TYPE, FILE_NAME, CONTENT, STORED_AT FROM PROJECT_LOGO");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Logo(rs.getString(1), rs.getString(2), rs.getBytes(3),
                    rs.getObject(4, OffsetDateTime.class))) : Optional.empty();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private StoreException failed(SQLException e) {
        return new StoreException("the settings of " + project.path().getFileName() + " could not be read: "
                + ProjectFile.firstLine(e.getMessage()), e);
    }

    /** Stores (or replaces) the firm's logo. */
    public void putLogo(Logo logo) {
        project.dsl().transaction(cfg -> {
            cfg.dsl().deleteFrom(PROJECT_LOGO).execute();
            cfg.dsl().insertInto(PROJECT_LOGO, PROJECT_LOGO.ID, PROJECT_LOGO.MEDIA_TYPE, PROJECT_LOGO.FILE_NAME,
                    PROJECT_LOGO.CONTENT, PROJECT_LOGO.STORED_AT)
                    .values(1, logo.mediaType(), logo.fileName(), logo.content(), logo.storedAt()).execute();
        });
    }

    /** Removes the logo; false when there was none. */
    public boolean clearLogo() {
        return project.dsl().deleteFrom(PROJECT_LOGO).execute() > 0;
    }
}
