package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.testutil.Sessions;
import org.sortes.testutil.TestWorkspace;

/**
 * The lists stored at the freeze (decision 0017): the draw reads them, checked against the frozen
 * digests, and draws exactly what the lists derived from the register draw.
 */
class FrozenListsTest {
    @TempDir
    Path dir;

    private static WorkspaceServices open(Path db) {
        return WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "抽签员", new I18n(Locale.ENGLISH));
    }


    /** A session revealed and ready to draw, in db. */
    private static long revealed(Path db) {
        try (WorkspaceServices s = Sessions.demoWorkspace(db, "抽签员")) {
            Sessions.Committed c = Sessions.committed(s.draw(), Sessions.demoPlan());
            s.draw().reveal(c.id(), c.secret());
            return c.id();
        }
    }

    @Test
    void draw_fromTheStoredLists_isTheDrawFromTheRegister_andVerifies() throws Exception {
        Path stored = dir.resolve("stored.db");
        long id = revealed(stored);
        Path derived = dir.resolve("derived.db");
        Files.copy(stored, derived);
        // as a session frozen before the lists were stored: the draw derives them from the register
        assertEquals(2, org.sortes.testutil.WorkspaceFile.update(derived, "DELETE FROM frozen_lists WHERE session_id = ?", id));

        List<DrawnTarget> fromStored;
        try (WorkspaceServices s = open(stored)) {
            fromStored = s.draw().draw(id);
            Path proof = dir.resolve("proof.json");
            ProofJson.write(ProofJson.mapper(), s.draw().proof(id), proof, false);
            assertTrue(ProofVerification.verify(ProofJson.mapper(), proof, List.of()).valid());
        }
        List<DrawnTarget> fromRegister;
        try (WorkspaceServices s = open(derived)) {
            fromRegister = s.draw().draw(id);
        }
        assertTrue(fromStored.size() > 10, "a draw worth comparing: " + fromStored.size());
        assertEquals(fromRegister, fromStored);
    }

    @Test
    void draw_ofAStoredListChangedInTheFile_refused_nothingDrawn() throws Exception {
        Path db = dir.resolve("w.db");
        long id = revealed(db);
        java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(other)) {
            z.write("91620100MA00000000\t0\t620100\t\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        org.sortes.testutil.WorkspaceFile.replaceCandidateList(db, id, other.toByteArray());
        assertDrawRefusedAsAltered(db, id);
    }

    @Test
    void draw_ofAStoredListWithBytesAfterItsStream_refused() throws Exception {
        Path db = dir.resolve("w.db");
        long id = revealed(db);
        byte[] stored;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.prepareStatement("SELECT deflated FROM frozen_lists WHERE session_id = ? AND kind = 'candidates'")) {
            st.setLong(1, id);
            try (var rs = st.executeQuery()) {
                rs.next();
                stored = rs.getBytes(1);
            }
        }
        // the same list, inflating to the very bytes digested, with something after it
        org.sortes.testutil.WorkspaceFile.replaceCandidateList(db, id, java.util.Arrays.copyOf(stored, stored.length + 7));
        assertDrawRefusedAsAltered(db, id);
    }

    private static void assertDrawRefusedAsAltered(Path db, long id) {
        try (WorkspaceServices s = open(db)) {
            Refusal e = assertThrows(Refusal.class, () -> s.draw().draw(id));
            assertEquals("draw.error.listsAltered", e.messageKey());
            assertEquals(SessionState.REVEALED, s.draw().session(id).state());
            assertEquals(List.of(), s.draw().targets(id));
        }
    }

    @Test
    void draw_ofADeflateBombInTheFile_refusedWithoutInflatingIt() throws Exception {
        Path db = dir.resolve("w.db");
        long id = revealed(db);
        // 1.5 GB of zeros in 7 MB: more than the test's heap, inflated whole it would end in an
        // OutOfMemoryError rather than a refusal; a list of 2,512 candidates is far smaller
        byte[] bomb = zerosDeflated(1536);
        org.sortes.testutil.WorkspaceFile.replaceCandidateList(db, id, bomb);
        assertDrawRefusedAsAltered(db, id);
    }

    /**
     * A whole zlib stream of megabytes MiB of zeros, built without compressing them all: one MiB
     * deflated and flushed to a byte boundary is a block that decodes the same wherever it stands in
     * a run of zeros, so it is written megabytes − 1 times more, then an empty final block and the
     * Adler-32 of n zeros (1 + 65536 × (n mod 65521)).
     */
    static byte[] zerosDeflated(int megabytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater d = new java.util.zip.Deflater(1);
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        d.setInput(zeros);
        for (int n; (n = d.deflate(buf, 0, buf.length, java.util.zip.Deflater.SYNC_FLUSH)) > 0; ) {
            out.write(buf, 0, n); // the header and the first MiB
        }
        java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream();
        d.setInput(zeros);
        for (int n; (n = d.deflate(buf, 0, buf.length, java.util.zip.Deflater.SYNC_FLUSH)) > 0; ) {
            block.write(buf, 0, n);
        }
        d.end();
        for (int i = 1; i < megabytes; i++) {
            out.writeBytes(block.toByteArray());
        }
        out.write(3); // an empty final block (fixed codes)
        out.write(0);
        long adler = ((((long) megabytes << 20) % 65521) << 16) | 1;
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift));
        }
        return out.toByteArray();
    }

    @Test
    void zerosDeflated_isAWholeStreamOfThatManyZeros() throws Exception {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(zerosDeflated(3));
        byte[] out = new byte[4 << 20];
        int n = inflater.inflate(out);
        assertTrue(inflater.finished(), "the stream ends, its checksum right");
        assertEquals(3 << 20, n);
        for (int i = 0; i < n; i++) {
            assertEquals(0, out[i]);
        }
    }

    @Test
    void freeze_storesListsThatHashToTheFrozenDigests() throws Exception {
        Path db = dir.resolve("w.db");
        long id = revealed(db);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.prepareStatement("SELECT f.kind, f.deflated, s.candidates_digest, s.inspectors_digest"
                     + " FROM frozen_lists f JOIN draw_sessions s ON s.id = f.session_id WHERE s.id = ?")) {
            st.setLong(1, id);
            int kinds = 0;
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    kinds++;
                    byte[] list;
                    try (var in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(rs.getBytes(2)))) {
                        list = in.readAllBytes();
                    }
                    String digest = rs.getString(1).equals("candidates") ? rs.getString(3) : rs.getString(4);
                    assertEquals(digest, org.sortes.draw.Sha256.hex(list), rs.getString(1));
                }
            }
            assertEquals(2, kinds);
        }
    }

    private static byte[] deflated(byte[] plain) {
        var out = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(out)) {
            z.write(plain);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void inflated_givesBackEveryByte_refusesWhatPassesTheLimit_orIsNoWholeStream() {
        java.util.Random bytes = new java.util.Random(7); // test data, not the draw
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 262_143, 262_144, 262_145, 300_001, 524_288, 2_500_000}) {
            byte[] plain = new byte[size];
            for (int i = 0; i < size; i++) {
                plain[i] = (byte) ("0123456789\tABCDEF\n".charAt(bytes.nextInt(18))); // compresses like a list
            }
            byte[] z = deflated(plain);
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain, StoredLists.inflated(z, size), "size " + size);
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain, StoredLists.inflated(z, size + 1000L));
            if (size > 0) {
                assertNull(StoredLists.inflated(z, size - 1), "one byte past the limit, size " + size);
                assertNull(StoredLists.inflated(java.util.Arrays.copyOf(z, z.length / 2), size), "cut short, size " + size);
                // a byte after the stream: not what a freeze stores, and a document embeds the stored bytes as they are
                assertNull(StoredLists.inflated(java.util.Arrays.copyOf(z, z.length + 1), size), "a byte after, size " + size);
            }
        }
        assertNull(StoredLists.inflated("not a deflate stream".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1000));
        assertNull(StoredLists.inflated(new byte[0], 1000));
    }
}
