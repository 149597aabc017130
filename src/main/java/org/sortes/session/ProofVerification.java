package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sortes.documents.PdfAttachments;
import org.sortes.documents.PrintedPdf;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.Candidate;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Sha256;
import org.sortes.draw.Verifier;

/** Verifies a proof file with its lists; needs no workspace. */
public final class ProofVerification {
    private ProofVerification() {
    }

    /** A verdict for people: VALID, or the first difference as a message key with its values. */
    public record Result(boolean valid, String messageKey, List<String> args) {
        public Result {
            args = List.copyOf(args);
        }
    }

    /** Verifies a proof file or minutes PDF; an unreadable one ends in {@link ProofJson.UnreadableProofException}. */
    public static Result check(Path proofFile, List<Path> lists) {
        return check(proofFile, lists, org.sortes.progress.Progress.NONE);
    }

    /**
     * As above, reporting how far it got (minutes: page by page, once the attached proof is verified)
     * and stopping with {@link org.sortes.progress.CancelledException} when cancelled.
     */
    public static Result check(Path proofFile, List<Path> lists, org.sortes.progress.Progress progress) {
        Verifier.Verdict v = verify(ProofJson.mapper(), proofFile, lists, null, progress);
        return new Result(v.valid(), v.valid() ? null : "verify." + v.code(), v.args());
    }

    /**
     * As {@link #check}, then the whole freeze again from the canonical subjects register an auditor
     * was given: its digest must be the one bound in the commitment, and the plan applied to it must
     * give the candidate list of the proof, subject by subject.
     */
    public static Result checkWithRegister(Path proofFile, List<Path> lists, Path register) {
        Verifier.Verdict v = verify(ProofJson.mapper(), proofFile, lists, register, org.sortes.progress.Progress.NONE);
        return new Result(v.valid(), v.valid() ? null : "verify." + v.code(), v.args());
    }

    public static Verifier.Verdict verify(ObjectMapper mapper, Path proofFile, List<Path> lists) {
        return verify(mapper, proofFile, lists, null, org.sortes.progress.Progress.NONE);
    }

    private static Verifier.Verdict verify(ObjectMapper mapper, Path proofFile, List<Path> lists, Path register,
                                           org.sortes.progress.Progress progress) {
        progress.update(0, 0); // how long the proof takes is not known beforehand
        if (isPdf(proofFile)) {
            return verifyMinutes(mapper, proofFile, register, progress);
        }
        return verifyJson(ProofJson.read(mapper, proofFile, lists), register);
    }

    /**
     * Draws a stored session again from its own frozen lists and seed exactly as a notary would: its
     * proof and lists are written to a temporary folder and verified from there, then removed. What a
     * restore checks for every drawn session of a backup.
     */
    public static Result check(ProofBundle bundle) {
        try (TempFolder folder = new TempFolder("sortes-redraw-")) {
            Path proof = folder.path().resolve("session-" + bundle.sessionId() + ".proof.json");
            ProofJson.write(ProofJson.mapper(), bundle, proof, true);
            return check(proof, List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Verifier.Verdict verifyJson(ProofJson.Read read, Path register) {
        List<Candidate> candidates;
        List<PoolInspector> pool;
        try {
            candidates = CanonicalLists.parseCandidates(utf8(read.candidates()));
            pool = CanonicalLists.parseInspectors(utf8(read.inspectors()));
        } catch (IllegalArgumentException e) {
            return new Verifier.Verdict(false, "lists: " + e.getMessage(), "lists", List.of(String.valueOf(e.getMessage())));
        }
        Verifier.Verdict v = Verifier.verify(read.proof(), new Verifier.Lists(candidates, Sha256.hex(read.candidates()),
                pool, Sha256.hex(read.inspectors())));
        if (!v.valid() || register == null) {
            return v;
        }
        return RegisterCheck.check(read.proof(), candidates, register);
    }

    private static boolean isPdf(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false; // the JSON path reports the file as missing or unreadable
        }
    }

    /** Minutes carry the proof and its lists as attachments: take them out and verify those. */
    private static Verifier.Verdict verifyMinutes(ObjectMapper mapper, Path pdf, Path register,
                                                  org.sortes.progress.Progress progress) {
        try (TempFolder dir = new TempFolder("sortes-verify-")) {
            List<Path> files = PdfAttachments.extract(pdf, dir.path());
            List<Path> proofs = files.stream().filter(f -> f.getFileName().toString().endsWith(".json")).toList();
            if (proofs.size() != 1) {
                throw new ProofJson.UnreadableProofException("pdfNoProof", pdf.getFileName()
                        + " does not carry exactly one proof (.json) attachment", null, pdf.getFileName());
            }
            // the attached proof is read as JSON only (a PDF inside a PDF is not followed), and read once
            ProofJson.Read read = ProofJson.read(mapper, proofs.get(0), files);
            Verifier.Verdict v = verifyJson(read, register);
            if (!v.valid()) {
                return v;
            }
            int revisions = PrintedPdf.revisions(pdf);
            if (revisions != 1) {
                return new Verifier.Verdict(false, "the PDF was changed after it was written: it holds " + revisions
                        + " revisions (incremental updates appended), the minutes are written in one", "pdfUpdated",
                        List.of(String.valueOf(revisions)));
            }
            progress.checkCancelled();
            return PrintedCheck.check(read.proof(), PrintedPdf.pageText(pdf, progress));
        } catch (PrintedPdf.RedrawnGlyph e) {
            return new Verifier.Verdict(false, "the pages were changed after they were written: on page " + e.page()
                    + " " + e.getCause().getMessage(), "pdfGlyph", List.of(String.valueOf(e.page()), e.character()));
        } catch (IOException e) {
            throw new ProofJson.UnreadableProofException("pdf", pdf.getFileName() + " cannot be read as minutes: "
                    + e.getMessage(), e, pdf.getFileName());
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a list is not valid UTF-8");
        }
    }
}
