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

    /** A member the protocol does not list is never passed over: the file is not a proof in its layout. */
    @Test
    void aMemberTheProtocolDoesNotList_anywhere_isRefusedByItsPlace_byBothVerifiers() throws Exception {
        java.util.Map<String, java.util.function.Consumer<ObjectNode>> additions = new java.util.LinkedHashMap<>();
        additions.put("note", root -> root.put("note", "x"));
        additions.put("session.operator", root -> ((ObjectNode) root.get("session")).put("operator", "x"));
        additions.put("targets[16].ank", root -> ((ObjectNode) root.withArray("targets").get(16)).put("ank", 17));
        additions.put("targets[0].team[1].phone", root -> ((ObjectNode) root.withArray("targets").get(0)
                .withArray("team").get(1)).put("phone", "13800000000"));
        additions.put("observers[0].organisation", root -> ((ObjectNode) root.withArray("observers").get(0))
                .put("organisation", "x"));
        additions.put("candidates.note", root -> ((ObjectNode) root.get("candidates")).put("note", "x"));
        List<Path> files = new java.util.ArrayList<>();
        for (var a : additions.entrySet()) {
            ObjectNode root = (ObjectNode) ProofJson.mapper().readTree(proof.toFile());
            a.getValue().accept(root);
            Path p = dir.resolve("member-" + files.size() + ".json");
            ProofJson.mapper().writeValue(p.toFile(), root);
            files.add(p);
            ProofJson.UnreadableProofException e = assertThrows(ProofJson.UnreadableProofException.class,
                    () -> ProofVerification.check(p, List.of()), a.getKey());
            assertEquals("unknownMember", e.code());
            assertEquals(a.getKey(), String.valueOf(e.messageArgs()[1]));
        }
        // the reference verifier, written from the protocol alone, says UNREADABLE (2) for each as well
        Path list = Files.write(dir.resolve("members.txt"), files.stream().map(Path::toString).toList());
        String script = "import sys\nsys.path.insert(0, 'docs/reference')\nimport sortes_verify as v\n"
                + "for f in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
                + "    if f:\n        print(v.verify_file(f, [])[0])\n";
        Process python = new ProcessBuilder("python3", "-c", script, list.toString()).redirectErrorStream(true).start();
        List<String> verdicts = new String(python.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        assertEquals(0, python.waitFor(), String.join("\n", verdicts));
        assertEquals(java.util.Collections.nCopies(files.size(), "2"), verdicts);
        assertEquals(0, Integer.parseInt(pythonVerdict(proof)), "the proof as written is still VALID");
    }

    private static String pythonVerdict(Path p) throws Exception {
        Process python = new ProcessBuilder("python3", "docs/reference/sortes_verify.py", p.toString())
                .redirectErrorStream(true).start();
        python.getInputStream().readAllBytes();
        return String.valueOf(python.waitFor());
    }
}
