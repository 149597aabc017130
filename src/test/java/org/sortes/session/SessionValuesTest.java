package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;
import org.sortes.draw.Sha256;
import org.sortes.draw.Verifier;
import org.sortes.i18n.Explained;
import org.sortes.testutil.Sessions;

/**
 * The session's small values and checks, each at its edges: the secret slip, the write refusals, the
 * stored exclusions, the roles and outcomes, digests in groups, the documents' names, and the check
 * that printed pages show what the attached proof says.
 */
class SessionValuesTest {
    @TempDir
    Path dir;

    @Test
    void secretSlip_plainSmallAsciiOnly() throws Exception {
        String secret = "ab".repeat(32);
        assertEquals(secret, SecretSlip.read(Files.writeString(dir.resolve("slip.txt"), "  " + secret + "\n")));
        Path largest = Files.write(dir.resolve("largest.txt"), ("a".repeat(4095) + "\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals("a".repeat(4095), SecretSlip.read(largest), "4,096 bytes is still a slip");
        Path tooLarge = Files.write(dir.resolve("large.txt"), "a".repeat(4097).getBytes(StandardCharsets.US_ASCII));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', (byte) 0x80, 'b'});
        Path top = Files.write(dir.resolve("top.txt"), new byte[] {'a', 0x7f, 'b'});
        assertEquals("a\u007fb", SecretSlip.read(top), "any ASCII byte is read; the reveal judges it");
        for (Path refused : List.of(tooLarge, binary, dir, dir.resolve("missing.txt"))) {
            Refusal r = assertThrows(Refusal.class, () -> SecretSlip.read(refused), refused.toString());
            assertEquals("draw.error.slipRead", r.messageKey());
        }
    }

    @Test
    void operatorFromTheSettings_onlyANameThatCanBeRecorded_elseTheLogin() {
        assertEquals("王抽签", OperatorName.fromSettings(Optional.of(" 王抽签 "), "root"));
        assertEquals("root", OperatorName.fromSettings(Optional.empty(), "root"));
        for (String unusable : List.of("", "  ", "王".repeat(51), "王\n抽签", "王\t抽签")) {
            assertEquals("root", OperatorName.fromSettings(Optional.of(unusable), "root"), unusable);
        }
        assertEquals("王".repeat(50), OperatorName.fromSettings(Optional.of("王".repeat(50)), "root"));
    }

    @Test
    void aNamedOperator_isAUsableNameThatIsNotTheLogin() {
        assertEquals(Optional.of("王抽签"), OperatorName.named(Optional.of(" 王抽签 "), "root"));
        assertEquals(Optional.empty(), OperatorName.named(Optional.empty(), "root"));
        assertEquals(Optional.empty(), OperatorName.named(Optional.of(" root "), "root"), "the login, saved from a default");
        assertEquals(Optional.empty(), OperatorName.named(Optional.of("王\n抽签"), "root"));
        assertEquals(Optional.of("root"), OperatorName.named(Optional.of("root"), "wang"), "another user's login is a name");
    }

    @Test
    void cannotWrite_aFolderNamedAsTheFile_saysSo() throws Exception {
        Refusal r = Refusal.cannotWrite(dir, new java.nio.file.FileSystemException(dir.toString()));
        assertEquals("io.isFolder", ((Explained) r.messageArgs()[1]).messageKey());
        assertEquals("cannot write " + dir + ": it is a folder: give a file name, such as minutes.pdf (no partial file"
                + " left)", r.getMessage());
    }

    @Test
    void cannotWrite_saysWhyInTheUsersWords() {
        Path target = dir.resolve("x.pdf");
        Map<java.io.IOException, String> why = new LinkedHashMap<>();
        why.put(new java.nio.file.AccessDeniedException("x"), "io.denied");
        why.put(new java.nio.file.NoSuchFileException("x"), "io.noFolder");
        why.put(new java.nio.file.FileAlreadyExistsException("x"), "io.exists");
        why.put(new java.io.IOException("No space left on device"), "io.failed");
        why.forEach((e, key) -> {
            Refusal r = Refusal.cannotWrite(target, e);
            assertEquals("document.error.write", r.messageKey());
            assertEquals(target, r.messageArgs()[0]);
            assertEquals(key, ((Explained) r.messageArgs()[1]).messageKey(), e.getClass().getSimpleName());
            assertEquals(e, r.getCause());
        });
    }

    @Test
    void exclusions_asStored_inTheirOrder() {
        assertEquals(Map.of(), SessionRows.exclusions(null));
        assertEquals(Map.of(), SessionRows.exclusions(""));
        Map<String, Integer> read = SessionRows.exclusions("RETIRED=12;OUT_OF_SCOPE=3");
        assertEquals(List.of("RETIRED", "OUT_OF_SCOPE"), List.copyOf(read.keySet()));
        assertEquals(List.of(12, 3), List.copyOf(read.values()));
    }

    @Test
    void rolesAndOutcomes_parseTheirCodesOnly() {
        for (ObserverRole r : ObserverRole.values()) {
            assertEquals(Optional.of(r), ObserverRole.parse(r.code()));
            assertEquals("role." + r.code(), r.messageKey());
            assertTrue(ObserverRole.codes().contains(r.code()));
        }
        assertEquals("notary, npc_deputy, cppcc_member, media, discipline, other", ObserverRole.codes());
        assertEquals(Optional.empty(), ObserverRole.parse("NOTARY"), "codes are lower case");
        assertEquals(Optional.empty(), ObserverRole.parse(null));
        assertEquals(Optional.empty(), ObserverRole.parse(""));
        for (ResultOutcome o : ResultOutcome.values()) {
            assertEquals(Optional.of(o), ResultOutcome.parse(o.code()));
            assertTrue(ResultOutcome.codes().contains(o.code()));
        }
        assertEquals(ResultOutcome.values().length, ResultOutcome.codes().split(", ").length);
        assertTrue(ResultOutcome.OTHER.needsNote());
        assertEquals(Optional.empty(), ResultOutcome.parse("unknown"));
    }

    @Test
    void digests_inGroupsOfFour() {
        Digest d = new Digest("0123456789abcdef".repeat(4));
        assertEquals("0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef", d.grouped());
        assertEquals(d.hex(), d.toString());
        assertEquals("", Digest.group(null));
        assertEquals("abcd ef", Digest.group("abcdef"));
        assertEquals(null, Digest.ofNullable(null));
    }

    @Test
    void documentKinds_codesAndFileNames() {
        for (DocumentKind k : DocumentKind.values()) {
            assertFalse(k.code().isEmpty());
            assertTrue(k.fileName(42).contains("42"), k + ": " + k.fileName(42));
            assertFalse(k.fileName(42).contains("%"), k + ": " + k.fileName(42));
        }
        assertEquals(DocumentKind.values().length,
                java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::code).distinct().count());
    }

    /** The pages' text as the minutes print it, in order: digests, commitment, secret, seed, then each target. */
    private static String printed(Proof p) {
        StringBuilder text = new StringBuilder();
        text.append(p.digests().plan()).append(p.digests().candidates()).append(p.digests().inspectors());
        if (p.digests().register() != null) {
            text.append(p.digests().register());
        }
        text.append(p.commitment()).append(p.secret()).append(Sha256.hex(p.seed()));
        text.append(PrintedCheck.SEED_LABEL).append(p.seed().replaceAll("\\s+", ""));
        for (DrawResult.Target t : p.targets()) {
            text.append(t.rank()).append(t.id());
            t.team().forEach(m -> text.append(m.certificateNo()));
            text.append("签号").append(t.ticket(), 0, Math.min(PrintedCheck.TICKET_PREFIX, t.ticket().length()));
        }
        return text.toString();
    }

    @Test
    void printedCheck_findsEachValueInItsPlace_andNamesTheFirstMissing() {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "测试员")) {
            long id = Sessions.locked(s.draw(), Sessions.demoPlan());
            Proof p = s.draw().proof(id).proof();
            String whole = printed(p);
            assertTrue(PrintedCheck.check(p, whole).valid(), PrintedCheck.check(p, whole).firstDifference());

            assertEquals("pdfCommitment", PrintedCheck.check(p, whole.replace(p.commitment(), "")).code());
            assertEquals("pdfSecret", PrintedCheck.check(p, whole.replace(p.secret(), "")).code());
            String seed = p.seed().replaceAll("\\s+", "");
            assertEquals("pdfSeed", PrintedCheck.check(p, whole.replace(seed, seed.substring(1))).code());

            DrawResult.Target first = p.targets().get(0);
            DrawResult.Target second = p.targets().get(1);
            // the second target's id printed before the first's: out of its place
            String swapped = whole.replace(first.id(), "\u0000").replace(second.id(), first.id()).replace("\u0000",
                    second.id());
            Verdict swappedVerdict = new Verdict(PrintedCheck.check(p, swapped));
            assertFalse(swappedVerdict.valid);
            assertTrue(List.of("pdfTarget", "pdfMember", "pdfTicket").contains(swappedVerdict.code), swappedVerdict.code);

            // a member printed once only (the draw is new each run: look for one), then taken out
            DrawResult.Target staffed = null;
            String member = null;
            for (DrawResult.Target t : p.targets()) {
                for (DrawResult.Member m : t.team()) {
                    if (member == null && whole.indexOf(m.certificateNo()) == whole.lastIndexOf(m.certificateNo())) {
                        staffed = t;
                        member = m.certificateNo();
                    }
                }
            }
            assertTrue(member != null, "some inspector is in one team only");
            Verifier.Verdict withoutMember = PrintedCheck.check(p, whole.replace(member, ""));
            assertEquals("pdfMember", withoutMember.code());
            assertEquals(List.of(Integer.toString(staffed.rank()), staffed.id(), member), withoutMember.args());

            String ticket = "签号" + first.ticket().substring(0, PrintedCheck.TICKET_PREFIX);
            assertEquals("pdfTicket", PrintedCheck.check(p, whole.replaceFirst(ticket, "签号")).code());
            // a mark after the 21 characters: what followed them (the next rank) could be the missing one
            String shortTicket = "签号" + first.ticket().substring(0, PrintedCheck.TICKET_PREFIX - 1) + "—";
            assertEquals("pdfTicket", PrintedCheck.check(p, whole.replaceFirst(ticket, shortTicket)).code(),
                    "the ticket's first 22 characters, not fewer");
        }
    }

    private record Verdict(boolean valid, String code) {
        Verdict(org.sortes.draw.Verifier.Verdict v) {
            this(v.valid(), v.code());
        }
    }
}
