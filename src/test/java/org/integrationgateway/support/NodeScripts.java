package org.integrationgateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Node scripts of independent npm client libraries that check the gateway from outside (a folder under
 * {@code src/test} with {@code package.json} and a committed {@code package-lock.json}). The first use installs the
 * folder's dependencies with {@code npm ci} from the lock file when {@code node_modules} lacks them, so a fresh
 * checkout (and CI) needs only {@code node} and {@code npm} on the path.
 */
public final class NodeScripts {

    private NodeScripts() {
    }

    /** Installs the folder's locked dependencies unless {@code node_modules/<module>} is there already. */
    public static synchronized void install(Path directory, String module) throws IOException, InterruptedException {
        if (Files.isDirectory(directory.resolve("node_modules").resolve(module))) {
            return;
        }
        // Never inherit the test JVM's stdout: surefire talks to its fork over it, and stray output corrupts the channel.
        Path log = logFile(directory, "npm-ci");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci failed in " + directory.toAbsolutePath() + ": " + Files.readString(log));
        }
    }

    /**
     * Starts {@code node <script> <arguments…>} in the folder (after {@link #install}), its standard error going to
     * {@code target/node-<folder>.log}; the caller reads standard output and ends the process.
     */
    public static Process start(Path directory, String module, String script, String... arguments)
            throws IOException, InterruptedException {
        install(directory, module);
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile(directory, "node").toFile())).start();
    }

    private static Path logFile(Path directory, String what) throws IOException {
        return Files.createDirectories(Path.of("target")).resolve(what + "-" + directory.getFileName() + ".log");
    }
}
