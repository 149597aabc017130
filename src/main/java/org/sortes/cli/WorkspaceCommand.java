package org.sortes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that open the workspace, do one thing and close it again. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    final SortesCli root;

    WorkspaceCommand(SortesCli root) {
        this.root = root;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    I18n i18n() {
        return root.i18n();
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = root.open()) {
            return run(services);
        }
    }

    abstract Integer run(Services services) throws Exception;
}
