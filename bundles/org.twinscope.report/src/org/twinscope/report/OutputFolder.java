/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder Twinscope writes generated files into without ever losing a user's data. It writes only into a folder
 * that is new, empty, or holds an earlier output of Twinscope, recognized by a manifest ({@value #MANIFEST}) that
 * lists what was written; a later run replaces exactly those files and leaves everything else alone. Any other
 * folder is refused unless forced, and then too only Twinscope's own files are written there.
 * <p>
 * All or nothing: every file is written to a staging folder first. A new folder is then moved into place in one
 * step; into an existing folder the staged files are renamed one by one (renames on one file system, which do not
 * fail half way), and the manifest is written last.
 */
public final class OutputFolder {

    /** The manifest's name: hidden, so that it stays out of the way in file browsers. */
    public static final String MANIFEST = ".twinscope-output";

    private static final String MANIFEST_HEADER = "# Written by Twinscope. The next run replaces the files listed "
            + "here and leaves every other file alone.\n";

    /** Why a folder is not written to; nothing was written. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final boolean forcible;

        Refused(String message, boolean forcible) {
            super(message);
            this.forcible = forcible;
        }

        /** Whether forcing would write (beside files of others); a file where a folder should be is never replaced. */
        public boolean forcible() {
            return forcible;
        }
    }

    private final Path folder;
    private final boolean force;

    /**
     * @param folder where to write
     * @param force also write into a folder that holds files of others (theirs are kept)
     */
    public OutputFolder(Path folder, boolean force) {
        this.folder = folder.toAbsolutePath().normalize();
        this.force = force;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Checks, before any work is done, that the folder may be written to.
     *
     * @throws Refused with a message that says what is in the way and what to do
     */
    public void checkWritable() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused(folder + " is a file, not a folder; give a folder to write to (a new one is created)",
                    false);
        }
        if (!Files.isDirectory(folder) || force || Files.exists(folder.resolve(MANIFEST))) {
            return;
        }
        List<String> others = others(Set.of());
        if (!others.isEmpty()) {
            throw new Refused(folder + " already holds files that Twinscope did not write (" + sample(others)
                    + "); choose a new or empty folder", true);
        }
    }

    /**
     * Writes the files (path relative to the folder -> content), replaces the files of the previous run and deletes
     * those of them that are no longer written.
     */
    public void write(Map<String, String> files) throws IOException {
        checkWritable();
        for (String name : files.keySet()) {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || file.equals(folder) || name.equals(MANIFEST)) {
                throw new IOException("refusing to write outside the folder or over its manifest: " + name);
            }
        }
        if (Files.isDirectory(folder)) {
            writeInto(files);
        } else {
            writeNew(files);
        }
    }

    private void writeNew(Map<String, String> files) throws IOException {
        Path parent = folder.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".");
        try {
            stage(staging, files);
            Files.writeString(staging.resolve(MANIFEST), manifest(files), StandardCharsets.UTF_8);
            AtomicFiles.readableByAll(staging);
            AtomicFiles.move(staging, folder);
        } finally {
            AtomicFiles.deleteRecursively(staging);
        }
    }

    private void writeInto(Map<String, String> files) throws IOException {
        Set<String> previous = previousFiles();
        Path staging = Files.createTempDirectory(folder, MANIFEST + ".");
        try {
            stage(staging, files);
            for (String name : files.keySet()) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                AtomicFiles.move(staging.resolve(name), target);
            }
            for (String name : previous) {
                if (!files.containsKey(name)) {
                    Files.deleteIfExists(folder.resolve(name).normalize());
                }
            }
            AtomicFiles.write(folder.resolve(MANIFEST), manifest(files));
        } finally {
            AtomicFiles.deleteRecursively(staging);
        }
    }

    private static void stage(Path staging, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> entry : files.entrySet()) {
            Path file = staging.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
            AtomicFiles.readableByAll(file);
        }
    }

    private static String manifest(Map<String, String> files) {
        return MANIFEST_HEADER + String.join("\n", files.keySet()) + "\n";
    }

    /** The files the previous run wrote, as its manifest lists them (only names inside the folder). */
    private Set<String> previousFiles() throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        Set<String> names = new LinkedHashSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && folder.resolve(name).normalize().startsWith(folder)
                        && !folder.resolve(name).normalize().equals(folder)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** What the folder holds besides the given files of Twinscope's, by relative path. */
    private List<String> others(Set<String> ours) throws IOException {
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString()).filter(name -> !ours.contains(name)).sorted()
                    .forEach(others::add);
        }
        return others;
    }

    private static String sample(List<String> names) {
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
