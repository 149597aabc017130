package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sortes.directory.InspectionItem;
import org.sortes.directory.Register;
import org.sortes.documents.Minutes;
import org.sortes.documents.Attachment;
import org.sortes.documents.MinutesPdf;
import org.sortes.documents.Notice;
import org.sortes.documents.NoticePdf;
import org.sortes.documents.OfficialPdf;
import org.sortes.documents.SecretSlipPdf;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Sha256;
import org.sortes.i18n.I18n;
import org.sortes.progress.CancelledException;
import org.sortes.progress.Progress;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawSessionRow;

/** Gathers a locked session's facts into minutes and writes them with the proof attached. */
public final class DocumentServiceImpl implements DocumentService {
    /** Official documents are in Chinese whatever the operator's language. */
    private static final I18n OFFICIAL = new I18n(I18n.CHINESE);

    private final DrawServiceImpl draw;
    private final OfficialPdf frame;
    private final java.util.concurrent.atomic.AtomicBoolean warmedUp = new java.util.concurrent.atomic.AtomicBoolean();
    private final DirectoryStore directory;
    private final MinutesPdf pdf;
    private final NoticePdf noticePdf;
    private final SecretSlipPdf slipPdf;
    private final org.sortes.documents.LettersPdf lettersPdf;
    private final org.sortes.documents.AnnouncementPdf announcementPdf;
    private final ObjectMapper json;
    private final ResultService results;
    private final Clock clock;
    private final I18n i18n;

    public DocumentServiceImpl(DrawServiceImpl draw, DirectoryStore directory, OfficialPdf frame, ObjectMapper json,
                               ResultService results, Clock clock, I18n i18n) {
        this.draw = draw;
        this.directory = directory;
        this.frame = frame;
        this.pdf = new MinutesPdf(frame);
        this.noticePdf = new NoticePdf(frame);
        this.slipPdf = new SecretSlipPdf(frame);
        this.lettersPdf = new org.sortes.documents.LettersPdf(frame);
        this.announcementPdf = new org.sortes.documents.AnnouncementPdf(frame);
        this.json = json;
        this.results = results;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public Written minutes(long sessionId, Path target, Progress progress) {
        return minutes(sessionId, target, progress, true);
    }

    private Written minutes(long sessionId, Path target, Progress progress, boolean record) {
        DrawSessionRow row = draw.row(sessionId);
        if (!DocumentKind.MINUTES.availableIn(SessionState.of(row.state()))) {
            throw new Refusal("document.error.notLocked", sessionId, i18n.get(SessionState.of(row.state()).messageKey()));
        }
        frame.prepareFonts(); // while the session is read
        // in thousandths: the session read, then the pages (the lists are written meanwhile)
        progress.update(0, 1000);
        org.sortes.draw.Proof proof = draw.storedProof(sessionId);
        String base = "sortes-session-" + sessionId + "-proof";
        try (TempFolder work = new TempFolder("sortes-minutes-")) {
            // the proof with its lists beside it, exactly as `sortes proof export --lists-beside` writes them;
            // their digests are known from the session (a list file's SHA-256 is its digest), the files
            // themselves are written on another thread while the pages are set
            Path proofFile = work.path().resolve(base + ".json");
            Path candidatesFile = work.path().resolve(base + ".candidates.tsv");
            Path inspectorsFile = work.path().resolve(base + ".inspectors.tsv");
            byte[] proofJson = ProofJson.asAttached(json, sessionId, row.rehearsal(), proof);
            List<Attachment> attachments = List.of(
                    new Attachment(proofFile, "application/json", description(base + ".json"), Sha256.hex(proofJson),
                            DrawServiceImpl.zlibBeside(proofFile)),
                    new Attachment(candidatesFile, "text/tab-separated-values", description(base + ".candidates.tsv"),
                            proof.digests().candidates(), DrawServiceImpl.zlibBeside(candidatesFile)),
                    new Attachment(inspectorsFile, "text/tab-separated-values", description(base + ".inspectors.tsv"),
                            proof.digests().inspectors(), DrawServiceImpl.zlibBeside(inspectorsFile)));
            Minutes minutes = new Minutes(sessionId, row.name(), row.actor(), row.rehearsal(), proof,
                    items(proof.plan().items()),
                    new Minutes.Stages(row.createdAt(), row.frozenAt(), row.committedAt(), row.revealedAt(),
                            row.drawnAt(), row.lockedAt()),
                    row.subjectsVersion(), row.inspectorsVersion(), row.candidateCount(), row.poolCount(),
                    exclusions(row.exclusions()), observers(sessionId), subjectNames(row, proof.targets()),
                    decisions(proof), row.auditHead(), attachments,
                    OffsetDateTime.now(clock).withNano(0).toString(), EarlierSessions.of(draw, json, row, proof.plan()),
                    row.voidReason());
            progress.update(100, 1000);
            progress.checkCancelled();
            // every read of the workspace for the pages is done: the lists are written and checked against
            // the frozen digests on their own thread while this one sets the pages
            // it stops when the officer cancels or the pages fail, rather than finish work nobody will read
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            Progress listsProgress = new Progress() {
                @Override
                public void update(long done, long total) {
                    // the pages report the progress
                }

                @Override
                public boolean isCancelled() {
                    return stop.get() || progress.isCancelled();
                }
            };
            java.util.concurrent.FutureTask<Void> lists = new java.util.concurrent.FutureTask<>(() -> {
                // the lists stored at the freeze (checked against its digests); derived from the register
                // again only for a session frozen before they were stored
                if (draw.writeFrozenLists(sessionId, candidatesFile, inspectorsFile)) {
                    // the lists were checked against the frozen digests as they were read, the proof's digest
                    // is of these very bytes: nothing to read back
                    Files.write(proofFile, proofJson);
                    // deflated here, while the pages are set, rather than after them when it is embedded
                    try (var z = new java.util.zip.DeflaterOutputStream(Files.newOutputStream(
                            DrawServiceImpl.zlibBeside(proofFile)), new java.util.zip.Deflater(), 1 << 16)) {
                        z.write(proofJson);
                    }
                    return null;
                }
                ProofJson.write(json, draw.proof(sessionId, listsProgress), proofFile, true);
                // derived from the register again: the files must be what the pages print
                for (Attachment at : attachments) {
                    if (!Sha256.hex(Files.readAllBytes(at.file())).equals(at.sha256())) {
                        throw new IllegalStateException(at.file().getFileName() + " differs from the digest printed");
                    }
                }
                return null;
            });
            Thread thread = new Thread(lists, "sortes-minutes-lists");
            thread.setDaemon(true);
            thread.start();
            try {
                int total = proof.targets().size();
                Progress pages = progress.part(100, 1000);
                return writeAtomically(sessionId, "minutes", target, total, record, out -> {
                    try {
                        pdf.write(minutes, out, done -> pages.update(done, total), progress::isCancelled,
                                () -> await(lists));
                    } catch (java.util.concurrent.CancellationException e) {
                        throw new CancelledException();
                    }
                });
            } finally {
                // the temporary folder goes only once that thread is done with it (done already when the
                // minutes were written; told to stop when they were not)
                stop.set(true);
                try {
                    lists.get();
                } catch (java.util.concurrent.ExecutionException | InterruptedException ignored) {
                    // reported by await, or the pages failed first
                }
            }
        } catch (IOException e) {
            throw Refusal.cannotWrite(target, e);
        }
    }

    /** Waits for the minutes' lists; a refusal from that thread (the lists altered) is this one's. */
    private static void await(java.util.concurrent.Future<Void> lists) {
        try {
            lists.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new java.io.UncheckedIOException(new IOException(e.getCause()));
        }
    }

    @Override
    public Written notice(long sessionId, Path target) {
        return notice(sessionId, target, true);
    }

    private Written notice(long sessionId, Path target, boolean record) {
        Notice notice = notice(draw.row(sessionId));
        return writeAtomically(sessionId, "notice", target, 0, record, out -> noticePdf.write(notice, out));
    }

    @Override
    public boolean warmUp(long sessionId) {
        DrawSessionRow row = draw.row(sessionId);
        if (!DocumentKind.MINUTES.availableIn(SessionState.of(row.state())) || warmedUp.getAndSet(true)) {
            return false;
        }
        try {
            noticePdf.write(notice(row), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not from a stream that writes nothing
        }
        return true;
    }

    private Notice notice(DrawSessionRow row) {
        long sessionId = row.id();
        SessionState state = SessionState.of(row.state());
        if (!DocumentKind.NOTICE.availableIn(state)) {
            throw new Refusal("document.error.noCommitment", sessionId, i18n.get(state.messageKey()));
        }
        frame.prepareFonts(); // while the session is read
        org.sortes.draw.DrawPlan plan = PlanJson.stored(json, row.planJson());
        List<Integer> sizes = row.stratumSizeList();
        List<Integer> samples = plan.sampleSizes(sizes);
        Notice notice = new Notice(sessionId, row.name(), row.actor(), row.rehearsal(), plan, items(plan.items()),
                row.subjectsVersion(), row.inspectorsVersion(), row.candidateCount(), row.poolCount(),
                exclusions(row.exclusions()), sizes, samples,
                new org.sortes.draw.Protocol.Digests(row.planDigest(), row.candidatesDigest(), row.inspectorsDigest(),
                        row.registerDigest()),
                row.commitment(), row.committedAt(), OffsetDateTime.now(clock).withNano(0).toString(),
                EarlierSessions.of(draw, json, row, plan));
        return notice;
    }

    @Override
    public List<Written> announce(long sessionId, Path folder) {
        return announce(sessionId, folder, true);
    }

    private List<Written> announce(long sessionId, Path folder, boolean record) {
        DrawSessionRow row = lockedRow(sessionId);
        frame.prepareFonts(); // while the session is read
        org.sortes.draw.Proof proof = draw.storedProof(sessionId);
        org.sortes.draw.DrawPlan plan = proof.plan();
        Map<String, String> names = subjectNames(row, proof.targets());
        Map<Integer, InspectionResult> entered = new HashMap<>();
        results.current(sessionId).forEach(r -> entered.put(r.rank(), r));
        List<org.sortes.documents.Announcement.Target> targets = new ArrayList<>();
        for (DrawResult.Target t : proof.targets()) {
            InspectionResult r = entered.get(t.rank());
            targets.add(new org.sortes.documents.Announcement.Target(t.rank(), t.id(), names.getOrDefault(t.id(), ""),
                    plan.strata().get(t.stratum()).shownName(), t.team().stream().map(m ->
                    new org.sortes.documents.Announcement.Member(m.name(), m.certificateNo(), m.department())).toList(),
                    t.staffed(), r == null ? null : new org.sortes.documents.Announcement.Result(r.outcome().code(),
                            OFFICIAL.get(r.outcome().messageKey()), r.inspectedOn().toString())));
        }
        org.sortes.documents.Announcement a = new org.sortes.documents.Announcement(sessionId, row.name(),
                plan.sessionDate().toString(), plan.departments(), items(plan.items()),
                draw.proofDigest(row, () -> proof).hex(), row.rehearsal(), targets);
        String base = "抽取结果公示-场次" + sessionId;
        return List.of(
                writeAtomically(sessionId, "announcement", folder.resolve(base + ".pdf"), targets.size(), record,
                        out -> announcementPdf.write(a, out, OffsetDateTime.now(clock).withNano(0).toString())),
                writeAtomically(sessionId, "announcement", folder.resolve(base + ".csv"), targets.size(), record,
                        a::writeCsv),
                writeAtomically(sessionId, "announcement", folder.resolve(base + ".json"), targets.size(), record,
                        a::writeJson));
    }

    /** The session's row, refused unless it is locked (letters and the announcement are of a final result). */
    private DrawSessionRow lockedRow(long sessionId) {
        DrawSessionRow row = draw.row(sessionId);
        if (!DocumentKind.LETTERS.availableIn(SessionState.of(row.state()))) {
            throw new Refusal("document.error.notLocked", sessionId, i18n.get(SessionState.of(row.state()).messageKey()));
        }
        return row;
    }

    @Override
    public Written letters(long sessionId, Path target, Progress progress) {
        return letters(sessionId, target, progress, true);
    }

    private Written letters(long sessionId, Path target, Progress progress, boolean record) {
        DrawSessionRow row = lockedRow(sessionId);
        frame.prepareFonts(); // while the session is read
        progress.update(0, 1000);
        org.sortes.draw.Proof proof = draw.storedProof(sessionId);
        org.sortes.draw.DrawPlan plan = proof.plan();
        String proofSha256 = draw.proofDigest(row, () -> proof).hex();
        progress.update(200, 1000);
        progress.checkCancelled();
        List<DrawResult.Target> staffed = proof.targets().stream().filter(DrawResult.Target::staffed).toList();
        // of each subject only its name and address are read (whole records took most of a second, cold)
        Map<String, String[]> subjects = directory.findFields(Register.SUBJECTS, row.subjectsVersion(), ids(staffed),
                "name", "address");
        List<org.sortes.documents.Letters.Letter> letters = new ArrayList<>();
        for (DrawResult.Target t : staffed) {
            String[] s = subjects.get(t.id());
            letters.add(new org.sortes.documents.Letters.Letter(t.rank(), s == null ? "" : s[0], t.id(),
                    s == null ? null : s[1], t.team().stream().map(m -> m.name() + "　执法证号 " + m.certificateNo()
                    + "（" + m.department() + "）").toList()));
        }
        List<String> bases = new ArrayList<>();
        for (String code : plan.items()) {
            directory.find(Register.ITEMS, code).map(InspectionItem::from).map(InspectionItem::legalBasis)
                    .filter(b -> b != null && !b.isBlank()).filter(b -> !bases.contains(b)).ifPresent(bases::add);
        }
        org.sortes.documents.Letters all = new org.sortes.documents.Letters(sessionId, row.name(), plan.departments(),
                plan.sessionDate().toString(), row.rehearsal(), proofSha256, items(plan.items()),
                bases.isEmpty() ? List.of("有关法律法规") : bases, letters, OffsetDateTime.now(clock).withNano(0).toString(),
                contacts(plan.departments()));
        int total = letters.size();
        Progress pages = progress.part(200, 1000);
        return writeAtomically(sessionId, "letters", target, total, record, out -> {
            try {
                lettersPdf.write(all, out, done -> pages.update(done, total), progress::isCancelled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new CancelledException();
            }
        });
    }

    @Override
    public DocumentDraft draft(DocumentKind kind, long sessionId, Progress progress) {
        TempFolder folder;
        try {
            folder = new TempFolder("sortes-draft-");
        } catch (IOException e) {
            throw Refusal.cannotWrite(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), e);
        }
        try {
            Path pdfFile = folder.path().resolve(kind.fileName(sessionId));
            List<Written> files = switch (kind) {
                case NOTICE -> List.of(notice(sessionId, pdfFile, false));
                case MINUTES -> List.of(minutes(sessionId, pdfFile, progress, false));
                case LETTERS -> List.of(letters(sessionId, pdfFile, progress, false));
                case ANNOUNCEMENT -> announce(sessionId, folder.path(), false);
            };
            return new DocumentDraft(kind, sessionId, files, folder);
        } catch (IOException e) {
            folder.close();
            throw Refusal.cannotWrite(folder.path(), e);
        } catch (RuntimeException e) {
            folder.close(); // a cancel or a refusal leaves no temporary file behind
            throw e;
        }
    }

    @Override
    public List<Written> save(DocumentDraft draft, Path target) {
        List<Written> saved = new ArrayList<>();
        for (Written w : draft.files()) {
            // the PDF under the name chosen; the announcement's CSV and JSON beside it, under their own names
            Path to = w == draft.pdf() ? target : target.toAbsolutePath().resolveSibling(w.file().getFileName());
            saved.add(writeAtomically(draft.sessionId(), draft.kind().code(), to, w.targets(), true,
                    out -> Files.copy(w.file(), out)));
            if (!saved.get(saved.size() - 1).sha256().equals(w.sha256())) {
                throw new IllegalStateException("the saved copy of " + w.file() + " differs from the draft");
            }
        }
        return saved;
    }

    @Override
    public List<RenderedPage> secretSlip(long sessionId, String secret, int dpi) {
        String sealed = draw.checkSecret(sessionId, secret);
        DrawSessionRow row = draw.row(sessionId);
        org.sortes.draw.DrawPlan plan = PlanJson.stored(json, row.planJson());
        SecretSlipPdf.Slip slip = new SecretSlipPdf.Slip(sessionId, row.name(), plan.sessionDate().toString(),
                row.actor(), row.rehearsal(), row.commitment(), row.committedAt(), sealed,
                OffsetDateTime.now(clock).withNano(0).toString());
        java.io.ByteArrayOutputStream pdfBytes = new java.io.ByteArrayOutputStream();
        List<RenderedPage> pages = new ArrayList<>();
        try {
            slipPdf.write(slip, pdfBytes); // in memory only: the secret reaches no file from here
            try (org.sortes.documents.PdfPages rendered = new org.sortes.documents.PdfPages(pdfBytes.toByteArray())) {
                for (int i = 0; i < rendered.count(); i++) {
                    org.sortes.documents.PdfPages.Page p = rendered.render(i, dpi);
                    pages.add(new RenderedPage(p.width(), p.height(), p.argb()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // from memory: a fault of the program, not of the user
        }
        return pages;
    }

    @Override
    public void recordSlipPrint(long sessionId, String printer) {
        draw.recordPrint(sessionId, "secretSlip", printer, 1, null);
    }

    @Override
    public void recordPrint(DocumentDraft draft, String printer, int pages) {
        draw.recordPrint(draft.sessionId(), draft.kind().code(), printer, pages, draft.pdf().sha256());
    }

    /** The office contact of each department of the check, as its register gives it (none when blank). */
    private List<org.sortes.documents.Letters.Contact> contacts(List<String> departments) {
        List<org.sortes.documents.Letters.Contact> out = new ArrayList<>();
        for (String name : departments) {
            directory.find(Register.DEPARTMENTS, name).map(org.sortes.directory.Department::from)
                    .map(org.sortes.directory.Department::contactLine).filter(line -> !line.isEmpty())
                    .ifPresent(line -> out.add(new org.sortes.documents.Letters.Contact(name, line)));
        }
        return out;
    }

    /** What writes a document's bytes. */
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /**
     * Writes to NAME.partial, moves it into place when complete and records the document in the audit log.
     * Pages are counted for a PDF (0 for the announcement's CSV and JSON).
     */
    private Written writeAtomically(long sessionId, String what, Path target, int targets, boolean record,
                                    Writing writing) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                writing.to(out);
            }
            String sha = Sha256.hex(Files.readAllBytes(partial));
            int pages = target.getFileName().toString().endsWith(".pdf") ? OfficialPdf.pages(partial) : 0;
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (record) {
                draw.recordDocument(sessionId, what, target.getFileName().toString(), sha);
            }
            return new Written(target, sha, pages, targets);
        } catch (IOException e) {
            throw Refusal.cannotWrite(target, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static String description(String name) {
        if (name.endsWith(".candidates.tsv")) {
            return "候选名单（冻结）";
        }
        if (name.endsWith(".inspectors.tsv")) {
            return "检查人员名单（冻结）";
        }
        return "抽取证明文件";
    }

    private List<Minutes.Item> items(List<String> codes) {
        List<Minutes.Item> items = new ArrayList<>();
        for (String code : codes) {
            InspectionItem item = directory.find(Register.ITEMS, code).map(InspectionItem::from).orElse(null);
            items.add(item == null ? new Minutes.Item(code, "", "")
                    : new Minutes.Item(code, item.name(), item.department()));
        }
        return items;
    }

    /** "RETIRED=3;OUT_OF_SCOPE=10" as stored at freeze, with the reasons named. */
    private static List<Minutes.Exclusion> exclusions(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(e -> e.split("=", 2))
                .map(kv -> new Minutes.Exclusion(OFFICIAL.get("exclusion." + kv[0]), Long.parseLong(kv[1]))).toList();
    }

    private List<Minutes.Observer> observers(long id) {
        return draw.observerRows(id).stream().map(o -> new Minutes.Observer(o.organisation() == null ? o.name()
                : o.name() + "（" + o.organisation() + "）", OFFICIAL.get("role." + o.role()),
                o.method() == null ? o.digits() : o.digits() + "\n（" + o.method() + "）", o.enteredAt()))
                .toList();
    }

    /** The drawn subjects' names in the frozen directory version. */
    private Map<String, String> subjectNames(DrawSessionRow row, List<DrawResult.Target> targets) {
        return directory.findField(Register.SUBJECTS, row.subjectsVersion(), ids(targets), "name");
    }

    private static Set<String> ids(List<DrawResult.Target> targets) {
        Set<String> ids = new HashSet<>();
        targets.forEach(t -> ids.add(t.id()));
        return ids;
    }

    private static Map<Integer, String> decisions(org.sortes.draw.Proof proof) {
        Map<Integer, String> decisions = new HashMap<>();
        for (org.sortes.draw.Proof.Decision d : proof.decisions()) {
            decisions.put(d.rank(), d.decision());
        }
        return decisions;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the file is temporary
        }
    }
}
