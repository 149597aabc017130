package org.sortes.cli;

import java.util.concurrent.Callable;
import org.sortes.progress.Progress;
import org.sortes.session.Services;
import org.sortes.directory.DirectoryVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo workspace (a Gansu-like province) in an empty workspace.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Option(names = "--subjects", paramLabel = "N", defaultValue = "3000",
            description = "How many market subjects (default 3000; more for larger trials).")
    int subjects;
    private final SortesCli root;

    DemoCommand(SortesCli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services services = root.open()) {
            for (DirectoryVersion v : services.directory().createDemo(subjects, Progress.NONE).stream()
                    .sorted(java.util.Comparator.comparingLong(DirectoryVersion::id)).toList()) {
                spec.commandLine().getOut().println(root.i18n().get("cli.demo.created",
                        root.i18n().get("register." + v.register().table()), v.added(), v.id()));
            }
            spec.commandLine().getOut().println(root.i18n().get("cli.workspace", root.db()));
            return 0;
        } catch (org.sortes.session.Refusal e) {
            spec.commandLine().getErr().println(root.i18n().explain(e));
            return 1;
        }
    }
}
