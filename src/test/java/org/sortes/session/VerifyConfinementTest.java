package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/** Verify reads only what it is given: plain files beside the proof, no larger than the proof allows. */
class VerifyConfinementTest {
    @TempDir
    static Path dir;
    static Path proof;

    @BeforeAll
    static void exported() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            long id = Sessions.locked(s.draw(), Sessions.demoPlan());
            proof = dir.resolve("p.json");
            s.draw().exportProof(id, proof, true, Progress.NONE);
        }
        assertTrue(ProofVerification.check(proof, List.of()).valid());
    }

    static String unreadable(Path p, List<Path> lists) {
        return assertThrows(ProofJson.UnreadableProofException.class, () -> ProofVerification.check(p, lists)).code();
    }

    static Path withListName(String name) throws Exception {
        ObjectNode root = (ObjectNode) ProofJson.mapper().readTree(proof.toFile());
        ((ObjectNode) root.get("candidates")).put("file", name);
        Path p = dir.resolve("named.json");
        ProofJson.mapper().writeValue(p.toFile(), root);
        return p;
    }

    @Test
    void aListNamedWithAPath_isNeverRead() throws Exception {
        for (String name : List.of("/etc/passwd", "../w.db", "sub/p.candidates.tsv", ".hidden", "..")) {
            assertEquals("listName", unreadable(withListName(name), List.of()), name);
        }
    }

    @Test
    void aLinkBesideTheProof_orADevice_isNotRead() throws Exception {
        Path link = dir.resolve("linked.candidates.tsv");
        Files.createSymbolicLink(link, Path.of("/etc/passwd"));
        assertEquals("listNotFile", unreadable(withListName("linked.candidates.tsv"), List.of()),
                "a link beside the proof is named as a link, not as missing");
        assertEquals("listMissing.candidates", unreadable(withListName("absent.candidates.tsv"), List.of()));
        Path zero = Files.createDirectories(dir.resolve("given")).resolve("zero.candidates.tsv");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertEquals("listNotFile", unreadable(withListName("zero.candidates.tsv"), List.of(zero)),
                "a device given on the command line is not read either");
    }

    @Test
    void aListLargerThanTheCountsAllow_isRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.candidates.tsv");
        try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position(64L * 1024 * 1024 * 1024); // 64 GiB, sparse: nothing is really written
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        assertEquals("listTooLarge", unreadable(withListName("big.candidates.tsv"), List.of()));
    }
}
