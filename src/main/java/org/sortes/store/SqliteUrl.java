package org.sortes.store;

import java.nio.file.Path;

/**
 * JDBC addresses of SQLite files whatever their names: the driver reads "?" as the start of its
 * options and SQLite reads "#" as a fragment, so a name holding them (a backup called
 * "备份#2?.db") is given as a file: URI with those characters percent-encoded.
 */
final class SqliteUrl {
    private SqliteUrl() {
    }

    static String readWrite(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.indexOf('?') < 0 && path.indexOf('#') < 0 && path.indexOf('%') < 0) {
            return "jdbc:sqlite:" + path;
        }
        return "jdbc:sqlite:file:" + encoded(path);
    }

    static String readOnly(Path file) {
        return "jdbc:sqlite:file:" + encoded(file.toAbsolutePath().toString()) + "?mode=ro";
    }

    private static String encoded(String path) {
        return path.replace("%", "%25").replace("?", "%3F").replace("#", "%23");
    }
}
