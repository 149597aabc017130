package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Candidate;
import org.sortes.draw.Proof;
import org.sortes.draw.Verifier;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * The auditor's check of a freeze against the exported register, each refusal at its place: the
 * register's bytes, its lines, and each way the proof's candidate list can differ from it.
 */
class RegisterCheckTest {
    @TempDir
    static Path dir;

    static Proof proof;
    static List<Candidate> listed;
    static byte[] register;

    @BeforeAll
    static void lockedSession() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "测试员")) {
            long id = Sessions.locked(s.draw(), Sessions.demoPlan());
            ProofBundle bundle = s.draw().proof(id);
            proof = bundle.proof();
            listed = bundle.candidates();
            Path file = dir.resolve("register.tsv");
            s.draw().exportRegister(id, file, Progress.NONE);
            register = Files.readAllBytes(file);
        }
    }

    private static Verifier.Verdict check(byte[] bytes, List<Candidate> candidates, Proof p) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "register", ".tsv"), bytes);
        return RegisterCheck.check(p, candidates, file);
    }

    private static long lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    @Test
    void theRegisterAsExported_checks() throws Exception {
        Verifier.Verdict v = check(register, listed, proof);
        assertTrue(v.valid(), v.firstDifference());
    }

    @Test
    void theRegistersBytes_truncated_tooLong_notUtf8_changed() throws Exception {
        long n = lines(register);
        byte[] cut = java.util.Arrays.copyOf(register, register.length - 1);
        Verifier.Verdict truncated = check(cut, listed, proof);
        assertEquals("registerTruncated", truncated.code());
        assertEquals(List.of(String.valueOf(n)), truncated.args(), "the last line, which has no line feed");

        String whole = new String(register, StandardCharsets.UTF_8);
        byte[] longest = (whole + "x".repeat(RegisterCheck.MAX_LINE_BYTES) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals("registerLine", check(longest, listed, proof).code(), "as long as a line may be: read, then refused");
        byte[] longLine = (whole + "x".repeat(RegisterCheck.MAX_LINE_BYTES + 1) + "\n").getBytes(StandardCharsets.UTF_8);
        Verifier.Verdict tooLong = check(longLine, listed, proof);
        assertEquals("registerLineTooLong", tooLong.code());
        assertEquals(List.of(String.valueOf(n + 1)), tooLong.args());

        byte[] notUtf8 = register.clone();
        int secondLine = 0;
        while (register[secondLine] != '\n') {
            secondLine++;
        }
        secondLine++; // the first byte of line 2
        notUtf8[secondLine + 2] = (byte) 0xFF;
        Verifier.Verdict badBytes = check(notUtf8, listed, proof);
        assertEquals("registerNotUtf8", badBytes.code());
        assertEquals(List.of("2"), badBytes.args(), "named at its own line");

        String text = new String(register, StandardCharsets.UTF_8);
        String[] split = text.split("\n");
        String swapped = split[0] + "\n" + split[2] + "\n" + split[1] + "\n"
                + String.join("\n", java.util.Arrays.copyOfRange(split, 3, split.length)) + "\n";
        Verifier.Verdict order = check(swapped.getBytes(StandardCharsets.UTF_8), listed, proof);
        assertEquals("registerLine", order.code(), order.firstDifference());
        assertEquals(List.of("3"), order.args(), "the line out of order");
        String fewer = text.replaceFirst("\t[^\t\n]*\n", "\n");
        Verifier.Verdict fields = check(fewer.getBytes(StandardCharsets.UTF_8), listed, proof);
        assertEquals("registerLine", fields.code());
        assertEquals(List.of("1"), fields.args(), "a field short on the first line");

        byte[] changed = register.clone();
        // one character of the last subject's type (a Chinese word, field 4) changed for another: every line
        // still reads, and the digest no longer matches
        int at = changed.length - 2;
        while (changed[at] != '\n') {
            at--;
        }
        int tab = at;
        for (int tabs = 0; tabs < 3; tab++) {
            if (changed[tab + 1] == '\t') {
                tabs++;
            }
        }
        int last = tab + 3; // the third byte of the field's first character
        assertTrue((changed[last] & 0xC0) == 0x80 && (changed[last] & 0xFF) < 0xBF, "a continuation byte");
        changed[last]++;
        Verifier.Verdict digest = check(changed, listed, proof);
        assertEquals("registerDigest", digest.code(), digest.firstDifference());
        assertEquals(proof.digests().register(), digest.args().get(1));
    }

    @Test
    void theProofsList_withACandidateLeftOut_added_orInAnotherStratum() throws Exception {
        List<Candidate> leftOut = new ArrayList<>(listed);
        Candidate gone = leftOut.remove(5);
        Verifier.Verdict extra = check(register, leftOut, proof);
        assertEquals("registerExtra", extra.code());
        assertEquals(List.of(gone.id(), String.valueOf(gone.stratum())), extra.args());

        List<Candidate> added = new ArrayList<>(listed);
        Candidate last = added.get(added.size() - 1);
        Candidate stranger = new Candidate(last.id() + "Z", last.stratum(), last.region(), last.lastInspectors());
        added.add(stranger);
        Verifier.Verdict missing = check(register, added, proof);
        assertEquals("registerMissing", missing.code());
        assertEquals(List.of(stranger.id()), missing.args());

        List<Candidate> moved = new ArrayList<>(listed);
        Candidate c = moved.get(7);
        moved.set(7, new Candidate(c.id(), c.stratum() + 1, c.region(), c.lastInspectors()));
        Verifier.Verdict stratum = check(register, moved, proof);
        assertEquals("registerStratum", stratum.code());
        assertEquals(List.of(c.id(), String.valueOf(c.stratum()), String.valueOf(c.stratum() + 1)), stratum.args());

        List<Candidate> elsewhere = new ArrayList<>(listed);
        elsewhere.set(7, new Candidate(c.id(), c.stratum(), "629999", c.lastInspectors()));
        assertEquals("registerStratum", check(register, elsewhere, proof).code(), "the region is compared too");
    }

    @Test
    void aProofOfProtocolOne_bindsNoRegister() throws Exception {
        Proof one = new Proof("sortes-draw/1", proof.plan(), proof.digests(), proof.commitment(), proof.secret(),
                proof.observers(), proof.beaconValue(), proof.beaconSource(), proof.seed(), proof.stratumSizes(),
                proof.sampleSizes(), proof.targets(), proof.decisions(), proof.sessionState(), proof.stated());
        Verifier.Verdict v = check(register, listed, one);
        assertEquals("registerVersion", v.code());
        assertEquals(List.of("sortes-draw/1"), v.args());
    }
}
