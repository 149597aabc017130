package org.sortes.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.sortes.audit.AuditLog;
import org.sortes.documents.OfficialPdf;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.DirectoryServiceImpl;
import org.sortes.session.DocumentService;
import org.sortes.session.AudienceService;
import org.sortes.session.AudienceServiceImpl;
import org.sortes.session.DocumentServiceImpl;
import org.sortes.session.DrawService;
import org.sortes.session.DrawServiceImpl;
import org.sortes.session.IntegrityService;
import org.sortes.session.ProofJson;
import org.sortes.session.ResultService;
import org.sortes.session.ResultServiceImpl;
import org.sortes.session.Services;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawStore;
import org.sortes.store.Workspace;

/** Wires the services of one workspace by hand, through constructors. */
public final class WorkspaceServices implements Services {
    private final DirectoryStore store;
    private final DrawStore drawStore;
    private final DirectoryService directory;
    private final DrawService draw;
    private final IntegrityService integrity;
    private final DocumentService documents;
    private final ResultService results;
    private final AudienceService audience;
    private final Workspace workspace;

    private WorkspaceServices(Workspace workspace, DirectoryStore store, DrawStore drawStore, DirectoryService directory,
                              DrawService draw, IntegrityService integrity, DocumentService documents,
                              ResultService results, AudienceService audience) {
        this.workspace = workspace;
        this.store = store;
        this.drawStore = drawStore;
        this.directory = directory;
        this.draw = draw;
        this.integrity = integrity;
        this.documents = documents;
        this.results = results;
        this.audience = audience;
    }

    public static WorkspaceServices open(Path file, Clock clock, Supplier<String> actor, I18n i18n) {
        return open(file, clock, actor, i18n, new java.security.SecureRandom());
    }

    /** random: where the officer's secret comes from (the platform's strong source in the application). */
    public static WorkspaceServices open(Path file, Clock clock, Supplier<String> operator, I18n i18n,
                                         java.security.SecureRandom random) {
        // whoever acts is recorded and printed: a name that cannot be is refused before anything is written
        Supplier<String> actor = () -> org.sortes.session.OperatorName.checked(operator.get());
        Workspace workspace = Workspace.open(file);
        try {
            DirectoryStore store = new DirectoryStore(workspace);
            DrawStore drawStore = new DrawStore(workspace);
            AuditLog audit = new AuditLog(clock, actor);
            IntegrityService integrity = new IntegrityService(workspace, audit,
                    (copy, shownAs) -> drawAgain(copy, shownAs, clock, actor, i18n));
            DrawServiceImpl draw = new DrawServiceImpl(store, drawStore, clock, actor, ProofJson.mapper(), audit, i18n,
                    random);
            // an automatic backup after every lock, beside the workspace
            draw.afterLock(id -> integrity.backup(backupPath(workspace.file(), id, clock), org.sortes.session.IntegrityService.Trigger.AFTER_LOCK));
            ResultServiceImpl results = new ResultServiceImpl(draw, drawStore, store, audit, clock, actor, i18n);
            return new WorkspaceServices(workspace, store, drawStore,
                    new DirectoryServiceImpl(store, clock, actor, i18n, audit), draw, integrity,
                    new DocumentServiceImpl(draw, store, new OfficialPdf(), ProofJson.mapper(), results, clock, i18n),
                    results, new AudienceServiceImpl(draw, store, ProofJson.mapper()));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * Opens a backup's temporary copy as a workspace of its own and draws each of its drawn sessions
     * again from the copy's frozen lists and seed: a stored result that is not its own draw (a forger can
     * rebuild an unkeyed audit chain, not a draw) refuses the restore.
     */
    private static void drawAgain(Path copy, Path shownAs, Clock clock, Supplier<String> actor, I18n i18n) {
        try (WorkspaceServices backup = open(copy, clock, actor, i18n)) {
            for (org.sortes.session.DrawSession session : backup.draw().sessions()) {
                if (!session.state().drawn()) {
                    continue;
                }
                org.sortes.session.ProofVerification.Result verdict;
                try {
                    verdict = org.sortes.session.ProofVerification.check(backup.draw().proof(session.id()));
                } catch (RuntimeException e) {
                    throw new org.sortes.store.StoreException("backup.redraw", shownAs + ": session " + session.id()
                            + " cannot be drawn again: " + e.getMessage(), e, shownAs, session.id(), i18n.explain(e));
                }
                if (!verdict.valid()) {
                    throw new org.sortes.store.StoreException("backup.redraw", shownAs + ": session " + session.id()
                            + " draws again differently: " + verdict.messageKey() + " " + verdict.args(), null, shownAs,
                            session.id(),
                            i18n.get(verdict.messageKey(), verdict.args().toArray()));
                }
            }
        }
    }

    /**
     * A name not yet taken in the backups folder: the session's number and the lock's time, then "-2",
     * "-3" … if that exists (the same session locked again in the same second, after a restore put it
     * back before its lock). A backup is never written over.
     */
    static Path backupPath(Path workspace, long sessionId, Clock clock) {
        String stamp = java.time.LocalDateTime.now(clock).withNano(0).toString().replace(":", "");
        String base = workspace.getFileName().toString().replaceFirst("\\.db$", "");
        String name = base + "-session-" + sessionId + "-locked-" + stamp;
        Path folder = workspace.resolveSibling("backups");
        Path path = folder.resolve(name + ".db");
        for (int n = 2; java.nio.file.Files.exists(path); n++) {
            path = folder.resolve(name + "-" + n + ".db");
        }
        return path;
    }

    @Override
    public IntegrityService integrity() {
        return integrity;
    }

    @Override
    public ResultService results() {
        return results;
    }

    @Override
    public DocumentService documents() {
        return documents;
    }

    @Override
    public AudienceService audience() {
        return audience;
    }

    @Override
    public DrawService draw() {
        return draw;
    }

    public Path file() {
        return store.workspace().file();
    }

    @Override
    public DirectoryService directory() {
        return directory;
    }

    @Override
    public void close() {
        drawStore.close();
        store.close();
        workspace.close();
    }
}
