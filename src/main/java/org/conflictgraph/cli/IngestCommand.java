package org.conflictgraph.cli;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The bulk-ingest client: {@code ingest PATH... [--url http://127.0.0.1:8080] [--user NAME]}. Walks folders of
 * .txt/.html/.json/.jsonl files and posts each article to a running service over HTTP (JSONL line by line), with a
 * progress bar (done/total, rate, ETA) and a summary; exits non-zero when anything failed. It never starts Spring
 * or opens the database, which the running service holds. The password of {@code --user} comes from the
 * environment variable {@code CONFLICT_GRAPH_PASSWORD}.
 */
public final class IngestCommand {

    static final String PASSWORD_VARIABLE = "CONFLICT_GRAPH_PASSWORD";
    static final String DEFAULT_URL = "http://127.0.0.1:8080";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Runs the command and returns the process exit code: 0 all ingested, 1 something failed, 2 usage. */
    public static int run(String[] args) {
        return new IngestCommand(System.getenv(), System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        IngestOptions options;
        try {
            options = IngestOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage());
            err.println(IngestOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(IngestOptions.USAGE);
            return 0;
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (options.user() != null && (password == null || password.isEmpty())) {
            err.println("ingest: --user " + options.user() + " needs the password in the environment variable "
                    + PASSWORD_VARIABLE);
            return 2;
        }
        List<ArticleFile> files;
        try {
            files = ArticleFiles.collect(options.paths());
        } catch (IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("ingest: no .txt, .html, .json or .jsonl files under " + options.paths());
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ArticlePoster poster = new ArticlePoster(http, options.url(), options.user(), password);
        IngestSummary summary = new IngestSummary();
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build()) {
            for (ArticleFile file : files) {
                summary.add(file, poster.post(file));
                bar.step();
                bar.setExtraMessage(summary.shortLine());
            }
        }
        summary.print(out);
        return summary.failed() > 0 ? 1 : 0;
    }

    /** Command-line options. */
    record IngestOptions(List<Path> paths, String url, String user, boolean help) {

        static final String USAGE = """
                usage: java -jar conflict-graph.jar ingest PATH... [--url URL] [--user NAME]
                  PATH        files or folders of .txt, .html, .json and .jsonl articles (folders are walked)
                  --url URL   the running service (default %s)
                  --user NAME HTTP Basic user; the password is read from %s
                """.formatted(DEFAULT_URL, PASSWORD_VARIABLE);

        static IngestOptions parse(String[] args) {
            List<Path> paths = new ArrayList<>();
            String url = DEFAULT_URL;
            String user = null;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--url" -> url = value(args, ++i, a);
                    case "--user" -> user = value(args, ++i, a);
                    case "-h", "--help" -> help = true;
                    default -> {
                        if (a.startsWith("--url=")) {
                            url = a.substring(6);
                        } else if (a.startsWith("--user=")) {
                            user = a.substring(7);
                        } else if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        } else {
                            paths.add(Path.of(a));
                        }
                    }
                }
            }
            if (paths.isEmpty() && !help) {
                throw new IllegalArgumentException("no PATH given");
            }
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("--url must start with http:// or https://, got " + url);
            }
            return new IngestOptions(paths, url, user, help);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
