package org.sortes.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sortes.audit.AuditLog;
import org.sortes.directory.InspectionItem;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.Register;
import org.sortes.documents.ResultsCsv;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.Sha256;
import org.sortes.i18n.I18n;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;
import org.sortes.store.ResultRow;
import org.sortes.store.StoreException;
import org.sortes.store.StoredTarget;

/** Inspection results on a SQLite workspace; every entry and export is an audit event. */
public final class ResultServiceImpl implements ResultService {
    /** Publication is in Chinese whatever the operator's language. */
    private static final I18n OFFICIAL = new I18n(I18n.CHINESE);

    private final DrawServiceImpl draw;
    private final DrawStore sessions;
    private final DirectoryStore directory;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> actor;
    private final I18n i18n;

    public ResultServiceImpl(DrawServiceImpl draw, DrawStore sessions, DirectoryStore directory, AuditLog audit,
                             Clock clock, Supplier<String> actor, I18n i18n) {
        this.draw = draw;
        this.sessions = sessions;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.i18n = i18n;
    }

    private DrawSessionRow locked(long sessionId) {
        DrawSessionRow row = draw.row(sessionId);
        if (row.rehearsal()) {
            throw new Refusal("result.error.rehearsal", sessionId); // a rehearsal's targets are never inspected
        }
        if (SessionState.of(row.state()) != SessionState.LOCKED) {
            throw new Refusal("result.error.notLocked", sessionId, i18n.get(SessionState.of(row.state()).messageKey()));
        }
        return row;
    }

    @Override
    public InspectionResult record(long sessionId, int rank, ResultOutcome o, LocalDate inspectedOn, String note,
                                   String correctionReason) {
        DrawSessionRow row = locked(sessionId);
        StoredTarget target = draw.storedTargets(sessionId).stream().filter(t -> t.rank() == rank).findFirst()
                .orElseThrow(() -> new Refusal("result.error.noTarget", rank, sessionId,
                        draw.storedTargets(sessionId).size()));
        if (o == null) {
            throw new Refusal("result.error.outcome", "", ResultOutcome.codes());
        }
        String n = WrittenText.checked(note, WrittenText.STATEMENT);
        if (o.needsNote() && n == null) {
            throw new Refusal("result.error.noteNeeded");
        }
        LocalDate today = LocalDate.now(clock);
        // inspections follow the draw: no earlier than the day the result was locked
        LocalDate drawn = OffsetDateTime.parse(row.lockedAt()).atZoneSameInstant(clock.getZone()).toLocalDate();
        if (inspectedOn == null || inspectedOn.isBefore(drawn) || inspectedOn.isAfter(today)) {
            throw new Refusal("result.error.date", String.valueOf(inspectedOn), drawn, today);
        }
        ResultRow previous = currentOf(sessionId).get(rank);
        String reason = WrittenText.checked(correctionReason, WrittenText.STATEMENT);
        if (previous != null && reason == null) {
            throw new Refusal("result.error.alreadyRecorded", rank,
                    i18n.get("outcome." + previous.outcome()), previous.inspectedOn());
        }
        if (previous == null && reason != null) {
            throw new Refusal("result.error.nothingToCorrect", rank);
        }
        Long supersedes = previous == null ? null : previous.id();
        ResultRow entry = new ResultRow(0, sessionId, rank, o.code(), inspectedOn.toString(), n, supersedes, reason,
                OffsetDateTime.now(clock).withNano(0).toString(), actor.get());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("rank", rank);
        payload.put("subject", target.subjectId());
        payload.put("outcome", o.code());
        payload.put("inspectedOn", entry.inspectedOn());
        payload.put("note", n);
        payload.put("supersedes", supersedes);
        payload.put("reason", reason);
        long id = sessions.addResult(entry, SessionState.LOCKED.code(), supersedes, audit.event("result", sessionId, payload));
        return typed(new ResultRow(id, sessionId, rank, entry.outcome(), entry.inspectedOn(), n, supersedes, reason,
                entry.recordedAt(), entry.actor()));
    }

    private static InspectionResult typed(ResultRow r) {
        return new InspectionResult(r.id(), r.sessionId(), r.rank(), ResultOutcome.parse(r.outcome()).orElseThrow(
                () -> new IllegalStateException("unknown outcome \"" + r.outcome() + "\" in the workspace")),
                LocalDate.parse(r.inspectedOn()), r.note(), r.supersedes(), r.reason(),
                SessionRows.instant(r.recordedAt()), r.actor());
    }

    private static DrawPlan plan(DrawSessionRow row) {
        return PlanJson.stored(ProofJson.mapper(), row.planJson());
    }

    @Override
    public List<InspectionResult> history(long sessionId) {
        draw.row(sessionId);
        return sessions.results(sessionId).stream().map(ResultServiceImpl::typed).toList();
    }

    private Map<Integer, ResultRow> currentOf(long sessionId) {
        Map<Integer, ResultRow> current = new java.util.TreeMap<>();
        for (ResultRow r : sessions.results(sessionId)) {
            current.put(r.rank(), r); // oldest first: the last one wins
        }
        return current;
    }

    @Override
    public List<InspectionResult> current(long sessionId) {
        draw.row(sessionId);
        return currentOf(sessionId).values().stream().map(ResultServiceImpl::typed).toList();
    }

    @Override
    public int missing(long sessionId) {
        return draw.storedTargets(sessionId).size() - currentOf(sessionId).size();
    }

    @Override
    public int exportPublic(long sessionId, Path target) {
        DrawSessionRow row = locked(sessionId);
        DrawPlan plan = plan(row);
        List<ResultRow> current = List.copyOf(currentOf(sessionId).values());
        Map<Integer, StoredTarget> targets = new HashMap<>();
        draw.storedTargets(sessionId).forEach(t -> targets.put(t.rank(), t));
        Set<String> wanted = new HashSet<>();
        current.forEach(r -> wanted.add(targets.get(r.rank()).subjectId()));
        Map<String, MarketSubject> subjects = new HashMap<>();
        directory.findAll(Register.SUBJECTS, row.subjectsVersion(), wanted)
                .forEach((id, r) -> subjects.put(id, MarketSubject.from(r)));
        List<String> itemNames = new ArrayList<>();
        for (String code : plan.items()) {
            itemNames.add(directory.find(Register.ITEMS, code).map(InspectionItem::from).map(InspectionItem::name)
                    .orElse(code));
        }
        List<ResultsCsv.Line> lines = new ArrayList<>();
        for (ResultRow r : current) {
            StoredTarget t = targets.get(r.rank());
            MarketSubject s = subjects.get(t.subjectId());
            lines.add(new ResultsCsv.Line(s == null || s.uscc() == null ? t.subjectId() : s.uscc(),
                    s == null ? "" : s.name(), plan.name(), String.join("；", itemNames),
                    String.join("、", plan.departments()), r.inspectedOn(), OFFICIAL.get("outcome." + r.outcome()),
                    r.note() == null ? "" : r.note()));
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            ResultsCsv.write(lines, partial);
            String sha = Sha256.hex(Files.readAllBytes(partial));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            draw.recordExport(sessionId, "results", target.getFileName().toString(), sha);
        } catch (IOException e) {
            throw Refusal.cannotWrite(target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing was published from it
            }
        }
        return lines.size();
    }
}
