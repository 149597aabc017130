package org.sortes.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.sortes.draw.Candidate;
import org.sortes.draw.Population;
import org.sortes.draw.Proof;
import org.sortes.draw.RegisterLines;
import org.sortes.draw.Sha256;
import org.sortes.draw.Verifier;

/**
 * The auditor's check of a freeze (protocol 2, §3): the canonical subjects register hashes to the
 * digest the commitment binds, and the plan applied to it gives the proof's candidate list. The
 * register is streamed: a million subjects are never held as text.
 */
final class RegisterCheck {
    /** Far above any register line (a subject's line is a few hundred bytes). */
    static final int MAX_LINE_BYTES = 400_000;

    private RegisterCheck() {
    }

    static Verifier.Verdict check(Proof proof, List<Candidate> listed, Path register) {
        if (proof.version() < 2) {
            return bad("registerVersion", "the proof is of " + proof.protocol() + ", which binds no register",
                    proof.protocol());
        }
        Population.Builder builder = new Population.Builder(proof.plan());
        MessageDigest md = Sha256.newDigest();
        RegisterLines.Digester order = new RegisterLines.Digester();
        long lineNo = 0;
        // lines are cut at the byte level and each decoded on its own, so a bad byte is named at its own line
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new java.io.BufferedInputStream(new DigestInputStream(Files.newInputStream(register), md),
                1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\n') {
                    if (line.size() >= MAX_LINE_BYTES) {
                        return bad("registerLineTooLong", "register line " + (lineNo + 1) + " is too long", lineNo + 1);
                    }
                    line.write(b);
                    continue;
                }
                lineNo++;
                String text;
                try {
                    text = utf8.decode(java.nio.ByteBuffer.wrap(line.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    return bad("registerNotUtf8", "register line " + lineNo + " is not valid UTF-8", lineNo);
                }
                try {
                    RegisterLines.Entry e = RegisterLines.parse(text, lineNo);
                    order.add(text, e.subject().code());
                    builder.add(e.subject(), e.lastDrawnOn());
                } catch (IllegalArgumentException malformed) {
                    // a field, a number or a date out of the layout, or a line out of order
                    return bad("registerLine", malformed.getMessage(), lineNo);
                }
                line.reset();
            }
            if (line.size() > 0) {
                return bad("registerTruncated", "the register does not end with a line feed (truncated?)", lineNo + 1);
            }
        } catch (IOException e) {
            throw new ProofJson.UnreadableProofException("io", "cannot read " + register + ": " + e.getMessage(), e,
                    register, String.valueOf(e.getMessage()));
        }
        String digest = HexFormat.of().formatHex(md.digest());
        if (!digest.equals(proof.digests().register())) {
            return bad("registerDigest", "register digest: the file hashes to " + digest + " but the commitment binds "
                    + proof.digests().register(), digest, proof.digests().register());
        }
        List<Candidate> derived = builder.build().candidates();
        int i = 0;
        int j = 0;
        while (i < derived.size() || j < listed.size()) {
            Candidate d = i < derived.size() ? derived.get(i) : null;
            Candidate l = j < listed.size() ? listed.get(j) : null;
            int cmp = d == null ? 1 : l == null ? -1 : org.sortes.draw.CodePoints.compare(d.id(), l.id());
            if (cmp < 0) {
                return bad("registerExtra", "subject " + d.id() + ": the register makes it a candidate (stratum "
                        + d.stratum() + ") but the proof's list leaves it out", d.id(), d.stratum());
            }
            if (cmp > 0) {
                return bad("registerMissing", "subject " + l.id() + ": the proof's list has it but the register leaves"
                        + " it out", l.id());
            }
            if (!d.equals(l)) {
                return bad("registerStratum", "subject " + d.id() + ": the register gives stratum " + d.stratum()
                        + ", region " + d.region() + ", last inspectors " + d.lastInspectors() + "; the proof's list "
                        + l.stratum() + ", " + l.region() + ", " + l.lastInspectors(), d.id(), d.stratum(), l.stratum());
            }
            i++;
            j++;
        }
        return new Verifier.Verdict(true, null, null, List.of());
    }

    private static Verifier.Verdict bad(String code, String why, Object... args) {
        return new Verifier.Verdict(false, why, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
