package org.conflictgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Durable bulk jobs in plain files, one folder per job under {@code <data-dir>/jobs}: {@code job.json} (id, total,
 * creation time), {@code items.ndjson} (the articles, written once) and {@code progress.ndjson} (one appended line
 * per finished article). Everything is fsync'd; a job folder appears by an atomic rename only once complete, so a
 * crash never leaves half a job. On restart, items without a progress line are done again: the writes are
 * idempotent, so a replay is safe.
 */
final class JobJournal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;

    JobJournal(Path root) {
        this.root = root;
    }

    record JobHeader(String id, int total, String createdAt) {
    }

    /** A finished article: outcome CREATED, DUPLICATE or FAILED. */
    record Progress(int index, String outcome, String articleId, String reason) {
    }

    record StoredJob(JobHeader header, List<BulkItem> items, List<Progress> progress) {
    }

    JobHeader create(String id, List<BulkItem> items) {
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve(".tmp-" + id);
            Files.createDirectories(tmp);
            JobHeader header = new JobHeader(id, items.size(), Instant.now().toString());
            StringBuilder lines = new StringBuilder();
            for (BulkItem item : items) {
                lines.append(JSON.writeValueAsString(item)).append('\n');
            }
            writeSynced(tmp.resolve("items.ndjson"), lines.toString());
            writeSynced(tmp.resolve("progress.ndjson"), "");
            writeSynced(tmp.resolve("job.json"), JSON.writeValueAsString(header));
            syncDirectory(tmp);
            Path target = root.resolve(id);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            syncDirectory(root);
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException("could not journal bulk job " + id, e);
        }
    }

    synchronized void append(String id, Progress progress) {
        Path file = root.resolve(id).resolve("progress.ndjson");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((JSON.writeValueAsString(progress) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record progress of bulk job " + id, e);
        }
    }

    /** Every complete job folder (unfinished temporary folders of a crash are removed). */
    List<StoredJob> load() {
        List<StoredJob> jobs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return jobs;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".tmp-")) {
                    deleteRecursively(dir);
                    continue;
                }
                if (!Files.isRegularFile(dir.resolve("job.json"))) {
                    continue;
                }
                JobHeader header = JSON.readValue(Files.readString(dir.resolve("job.json")), JobHeader.class);
                List<BulkItem> items = new ArrayList<>();
                for (String line : Files.readAllLines(dir.resolve("items.ndjson"), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        items.add(JSON.readValue(line, BulkItem.class));
                    }
                }
                List<Progress> progress = new ArrayList<>();
                Path progressFile = dir.resolve("progress.ndjson");
                if (Files.exists(progressFile)) {
                    for (String line : Files.readAllLines(progressFile, StandardCharsets.UTF_8)) {
                        try {
                            if (!line.isBlank()) {
                                progress.add(JSON.readValue(line, Progress.class));
                            }
                        } catch (RuntimeException e) {
                            // a line torn by a crash: that item is simply done again
                        }
                    }
                }
                jobs.add(new StoredJob(header, items, progress));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bulk jobs in " + root, e);
        }
        return jobs;
    }

    private static void writeSynced(Path file, String content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    /** fsync of a directory makes renames and new entries durable (a no-op where the platform refuses it). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on every file system; the file contents are synced already
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
