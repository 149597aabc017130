package org.sortes.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sortes.directory.Register;
import org.sortes.session.Services;
import org.sortes.directory.DirectoryVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show how many records each register holds and its current version.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    private final SortesCli root;

    StatsCommand(SortesCli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Services services = root.open()) {
            out.println(root.i18n().get("cli.workspace", root.db()));
            Map<Register, Long> counts = services.directory().counts();
            for (Register r : Register.values()) {
                List<DirectoryVersion> versions = services.directory().versions(r);
                String version = versions.isEmpty() ? "-" : "#" + versions.get(versions.size() - 1).id()
                        + " (" + versions.get(versions.size() - 1).createdAt() + ")";
                out.println(root.i18n().get("cli.stats.line", root.i18n().get("register." + r.table()),
                        counts.get(r), versions.size(), version));
            }
            return 0;
        }
    }
}
