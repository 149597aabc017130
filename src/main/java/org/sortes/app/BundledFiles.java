package org.sortes.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files shipped in the jar that a library must read from disk (the console's fonts, SQLite's native
 * library), copied once into a folder of the data folder and used from there afterwards, rather than
 * copied to a temporary file at every start. A copy is written beside its place and moved into it, so
 * a start killed midway leaves no half file; a copy that is not the bundled file (by its length, or
 * for a library by every byte) is written again.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /** The files named in folder, in the order given, each a whole copy of the resource it is named with. */
    public static List<Path> cached(Path folder, Map<String, URL> bundled) throws IOException {
        prepare(folder);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, URL> entry : bundled.entrySet()) {
            String name = entry.getKey();
            URLConnection connection = entry.getValue().openConnection();
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) != connection.getContentLengthLong()) {
                Path part = Files.createTempFile(folder, name, ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            } else {
                // asking the length connected: for a file: URL (the classes folder) that opened the file
                connection.getInputStream().close();
            }
            files.add(file);
        }
        return files;
    }

    /**
     * A file whose every byte matters (a native library, which runs with the program's rights): the
     * copy in folder is read and compared with the jar's whole at every call, and written again when
     * it differs, so that a library changed in the data folder is never the one loaded. Two bulk reads
     * of a megabyte and a comparison: a hundredth of a second, where the driver's own check of its
     * temporary copy read both a byte at a time.
     */
    public static Path identical(Path folder, String name, URL resource) throws IOException {
        prepare(folder);
        byte[] bundled;
        try (InputStream in = resource.openStream()) {
            bundled = in.readAllBytes();
        }
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file) && Files.size(file) == bundled.length
                && java.util.Arrays.equals(Files.readAllBytes(file), bundled)) {
            return file;
        }
        Path part = Files.createTempFile(folder, name, ".part");
        try {
            Files.write(part, bundled);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    /**
     * The folder made; a start killed while copying leaves its partial copy (a font is 10 MB): gone at
     * the next start, unless it is another process's, copying now.
     */
    private static void prepare(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var left = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : left) {
                if (Files.getLastModifiedTime(part).toMillis() < System.currentTimeMillis() - 60_000) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /** The resources of a folder of the jar by their file names; refused when one is not in the jar. */
    public static Map<String, URL> inJar(String folder, List<String> names) throws IOException {
        Map<String, URL> bundled = new LinkedHashMap<>();
        for (String name : names) {
            URL url = BundledFiles.class.getResource(folder + "/" + name);
            if (url == null) {
                throw new IOException("not in the jar: " + folder + "/" + name);
            }
            bundled.put(name, url);
        }
        return bundled;
    }
}
