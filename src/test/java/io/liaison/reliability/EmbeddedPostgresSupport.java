package io.liaison.reliability;

/**
 * Whether this machine can start an embedded PostgreSQL of a test's own (the same check as .ci/run): as root only
 * inside a user namespace. Where it cannot, .ci/run points the suite at Debian's PostgreSQL, and the tests that need
 * a server of their own to stop, restart or rebuild are skipped, saying so.
 */
public final class EmbeddedPostgresSupport {

    private EmbeddedPostgresSupport() {}

    public static boolean available() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            return new ProcessBuilder("unshare", "-U", "true").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
