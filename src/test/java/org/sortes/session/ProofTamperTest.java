package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Verifier;
import org.sortes.i18n.I18n;

/** Any single changed byte of secret, entropy, digest, candidate or result makes the proof INVALID. */
class ProofTamperTest {
    @TempDir
    static Path dir;
    static Path proof;
    static Path besideProof;
    static final ObjectMapper MAPPER = ProofJson.mapper();

    @BeforeAll
    static void session() throws Exception {
        try (WorkspaceServices s = org.sortes.testutil.Sessions.demoWorkspace(dir.resolve("w.db"), "o")) {
            DrawService draw = s.draw();
            var c = org.sortes.testutil.Sessions.committed(draw, Files.readString(DrawSessionTest.DEMO_PLAN));
            long id = c.id();
            String secret = c.secret();
            draw.reveal(id, secret);
            draw.draw(id);
            draw.lock(id);
            proof = dir.resolve("proof.json");
            ProofJson.write(MAPPER, draw.proof(id), proof, false);
            besideProof = dir.resolve("beside.json");
            ProofJson.write(MAPPER, draw.proof(id), besideProof, true);
        }
        assertTrue(verify(proof).valid());
        assertTrue(verify(besideProof).valid());
    }

    static final org.sortes.i18n.I18n ENGLISH = new org.sortes.i18n.I18n(java.util.Locale.ENGLISH);
    static final org.sortes.i18n.I18n CHINESE = new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE);

    /** Verifies, and checks that the difference reads the same from the message bundles as in the verdict. */
    static Verifier.Verdict verify(Path p) {
        Verifier.Verdict v = ProofVerification.verify(MAPPER, p, List.of());
        if (!v.valid()) {
            String key = "verify." + v.code();
            assertTrue(ENGLISH.has(key) && CHINESE.has(key), key);
            assertEquals(v.firstDifference(), ENGLISH.get(key, v.args().toArray()));
            assertFalse(CHINESE.get(key, v.args().toArray()).contains("{"), key);
        }
        return v;
    }

    /** Changes one character of a text at a position to another allowed character. */
    static String flip(String s, int at) {
        char c = s.charAt(at);
        char to = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10)
                : (c >= 'a' && c <= 'f') ? (c == 'f' ? 'a' : (char) (c + 1)) : (c == 'A' ? 'B' : 'A');
        return s.substring(0, at) + to + s.substring(at + 1);
    }

    static Verifier.Verdict tampered(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(proof.toFile());
        change.accept(root);
        Path p = dir.resolve("t.json");
        MAPPER.writeValue(p.toFile(), root);
        return verify(p);
    }

    static void flipText(ObjectNode parent, String field, int at) {
        parent.set(field, new TextNode(flip(parent.get(field).asText(), at)));
    }

    @Test
    void secret_everyPosition_invalid() throws Exception {
        for (int at = 0; at < 64; at += 7) {
            int pos = at;
            Verifier.Verdict v = tampered(r -> flipText(r, "secret", pos));
            assertFalse(v.valid());
            assertTrue(v.firstDifference().startsWith("commitment"), v.firstDifference());
        }
    }

    @Test
    void strataSizeOrSampleSize_changed_invalid() throws Exception {
        // every stratum, both ways: the verifier recounts the candidates per stratum and the sample sizes
        int strata = MAPPER.readTree(proof.toFile()).get("strata").size();
        for (int s = 0; s < strata; s++) {
            int at = s;
            assertFalse(tampered(r -> {
                ObjectNode st = (ObjectNode) r.get("strata").get(at);
                st.put("size", st.get("size").asInt() + 1);
            }).valid(), "size of stratum " + s);
            assertFalse(tampered(r -> {
                ObjectNode st = (ObjectNode) r.get("strata").get(at);
                st.put("sampleSize", st.get("sampleSize").asInt() + 1);
            }).valid(), "sample size of stratum " + s);
        }
    }

    @Test
    void entropyDigitOrBeacon_invalid() throws Exception {
        assertFalse(tampered(r -> flipText((ObjectNode) r.get("observers").get(0), "digits", 5)).valid());
        assertFalse(tampered(r -> ((ObjectNode) r.get("beacon")).put("value", "518")).valid());
        Verifier.Verdict v = tampered(r -> flipText((ObjectNode) r.get("observers").get(0), "digits", 0));
        assertTrue(v.firstDifference().startsWith("seed"), v.firstDifference());
    }

    @Test
    void digests_anyOne_invalid() throws Exception {
        for (String d : List.of("plan", "candidates", "inspectors")) {
            assertFalse(tampered(r -> flipText((ObjectNode) r.get("digests"), d, 10)).valid(), d);
        }
        assertFalse(tampered(r -> flipText(r, "commitment", 3)).valid());
    }

    @Test
    void planChanged_invalid() throws Exception {
        assertFalse(tampered(r -> ((ObjectNode) r.get("plan")).put("membersPerDepartment", 3)).valid());
    }

    @Test
    void candidateLine_oneCharacter_invalid() throws Exception {
        for (int line : new int[] {0, 7, 500}) {
            Verifier.Verdict v = tampered(r -> {
                ArrayNode lines = (ArrayNode) r.get("candidates").get("lines");
                lines.set(line, new TextNode(flip(lines.get(line).asText(), 3)));
            });
            assertFalse(v.valid());
            assertTrue(v.firstDifference().startsWith("candidate list"), v.firstDifference());
        }
    }

    @Test
    void results_idTicketOrTeam_invalid() throws Exception {
        Verifier.Verdict id = tampered(r -> flipText((ObjectNode) r.get("targets").get(4), "id", 8));
        assertEquals("target 5: ", id.firstDifference().substring(0, 10));
        assertFalse(tampered(r -> flipText((ObjectNode) r.get("targets").get(0), "ticket", 40)).valid());
        assertFalse(tampered(r -> flipText((ObjectNode) r.get("targets").get(9).get("team").get(1), "certificateNo", 6)).valid());
        assertFalse(tampered(r -> ((ArrayNode) r.get("targets")).remove(29)).valid());
        assertFalse(tampered(r -> {
            ArrayNode t = (ArrayNode) r.get("targets");
            JsonNode first = t.get(0);
            t.set(0, t.get(1));
            t.set(1, first);
        }).valid());
    }

    @Test
    void listFileBeside_anySingleByteChanged_invalid() throws Exception {
        Path list = dir.resolve("beside.candidates.tsv");
        byte[] original = Files.readAllBytes(list);
        try {
            for (int i = 0; i < 40; i++) {
                byte[] changed = original.clone();
                int at = (int) ((long) i * 7919 % changed.length);
                changed[at] = (byte) (changed[at] ^ 0x01);
                Files.write(list, changed);
                assertFalse(verify(besideProof).valid(), "byte " + at);
            }
        } finally {
            Files.write(list, original);
        }
        assertTrue(verify(besideProof).valid());
    }

    @Test
    void unreadableProofs_saidTheSameFromBothBundles() throws Exception {
        Path notJson = java.nio.file.Files.writeString(dir.resolve("not.json"), "{ bad");
        Path incomplete = java.nio.file.Files.writeString(dir.resolve("inc.json"), "{\"a\": 1}");
        Path besideLess = java.nio.file.Files.createDirectories(dir.resolve("elsewhere")).resolve("alone.json");
        java.nio.file.Files.copy(besideProof, besideLess, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Path p : List.of(dir.resolve("missing.json"), notJson, incomplete, besideLess)) {
            ProofJson.UnreadableProofException e = org.junit.jupiter.api.Assertions.assertThrows(
                    ProofJson.UnreadableProofException.class, () -> ProofVerification.verify(MAPPER, p, List.of()));
            String key = "proof.unreadable." + e.code();
            assertTrue(ENGLISH.has(key) && CHINESE.has(key), key);
            assertEquals(e.getMessage(), ENGLISH.get(key, e.args()));
        }
    }
}
