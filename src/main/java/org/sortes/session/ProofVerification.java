package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.Candidate;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Sha256;
import org.sortes.draw.Verifier;

/** Verifies a proof file with its lists; needs no workspace. */
public final class ProofVerification {
    private ProofVerification() {
    }

    /** VALID or INVALID with the first difference; UnreadableProofException when it cannot even be read. */
    public static Verifier.Verdict verify(ObjectMapper mapper, Path proofFile, List<Path> lists) {
        ProofJson.Read read = ProofJson.read(mapper, proofFile, lists);
        List<Candidate> candidates;
        List<PoolInspector> pool;
        try {
            candidates = CanonicalLists.parseCandidates(utf8(read.candidates()));
            pool = CanonicalLists.parseInspectors(utf8(read.inspectors()));
        } catch (IllegalArgumentException e) {
            return new Verifier.Verdict(false, "lists: " + e.getMessage(), "lists", List.of(String.valueOf(e.getMessage())));
        }
        return Verifier.verify(read.proof(), candidates, Sha256.hex(read.candidates()), pool,
                Sha256.hex(read.inspectors()));
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
