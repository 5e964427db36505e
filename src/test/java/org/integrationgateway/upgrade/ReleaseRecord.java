package org.integrationgateway.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a release's nodes rely on, recorded when the release is cut ({@code docs/upgrades.md}): the release's name,
 * its last migration version, the file names of its migrations, and per database (PostgreSQL, H2) the schema it
 * migrates to. Kept as {@code src/test/resources/upgrade/release-<name>-schema.json} beside the release's data
 * ({@code release-<name>-data.sql}, a copy of the demo organisation as that release loaded it); the newest
 * release there is the previous release of the code under test.
 */
record ReleaseRecord(String release, String lastMigration, List<String> migrations,
                     Map<String, SchemaSnapshot> databases) {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "upgrade");
    private static final Pattern FILE = Pattern.compile("release-(\\d+(?:\\.\\d+)*)-schema\\.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The newest recorded release (the previous release of the code under test). */
    static ReleaseRecord previous() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            Path newest = files.filter(file -> FILE.matcher(file.getFileName().toString()).matches())
                    .max(Comparator.comparing(ReleaseRecord::releaseOf, Migrations::compareVersions))
                    .orElseThrow(() -> new IllegalStateException("No release-*-schema.json in " + DIRECTORY));
            return JSON.readValue(newest.toFile(), ReleaseRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQL of the release's data, as that release's demo organisation. */
    String dataScript() {
        try {
            return Files.readString(DIRECTORY.resolve("release-" + release + "-data.sql"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SchemaSnapshot schema(String database) {
        SchemaSnapshot schema = databases.get(database);
        if (schema == null) {
            throw new IllegalStateException("Release " + release + " has no schema recorded for " + database);
        }
        return schema;
    }

    /**
     * Records (or re-records) the schema {@code database} migrates to now as release {@code name}, with the current
     * migrations and a copy of the demo data script; other databases already recorded for that release are kept.
     */
    static void record(String name, String database, SchemaSnapshot schema, List<Migrations.Script> scripts,
                       String demoData) {
        Path file = DIRECTORY.resolve("release-" + name + "-schema.json");
        Map<String, SchemaSnapshot> databases = new TreeMap<>();
        if (Files.exists(file)) {
            databases.putAll(JSON.readValue(file.toFile(), ReleaseRecord.class).databases());
        }
        databases.put(database, schema);
        List<String> names = scripts.stream().map(script -> script.location() + "/" + script.fileName()).toList();
        ReleaseRecord record = new ReleaseRecord(name, scripts.get(scripts.size() - 1).version(), names, databases);
        try {
            JSON.writeValue(file.toFile(), record);
            Files.writeString(DIRECTORY.resolve("release-" + name + "-data.sql"), demoData, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String releaseOf(Path file) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        return name.matches() ? name.group(1) : "0";
    }
}
