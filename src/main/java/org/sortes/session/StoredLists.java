package org.sortes.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sortes.draw.CanonicalLists;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;

/**
 * The canonical lists a freeze stores beside its digests (decision 0017): written deflated, read back
 * inflated and checked against the frozen digests before the draw or the minutes use them.
 */
final class StoredLists {
    private StoredLists() {
    }

    /** The frozen lists' bytes, deflated for the workspace, checked against the digests just derived. */
    static DrawStore.FrozenLists deflate(Freezing.Frozen f) {
        java.io.ByteArrayOutputStream candidates = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream inspectors = new java.io.ByteArrayOutputStream();
        try (var c = new java.util.zip.DeflaterOutputStream(candidates, new java.util.zip.Deflater(1), 1 << 16);
             var i = new java.util.zip.DeflaterOutputStream(inspectors)) {
            if (!CanonicalLists.writeCandidates(f.candidates().candidates(), c).equals(f.candidatesDigest())
                    || !CanonicalLists.writeInspectors(f.pool(), i).equals(f.inspectorsDigest())) {
                throw new IllegalStateException("the lists written differ from the lists digested");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new DrawStore.FrozenLists(candidates.toByteArray(), inspectors.toByteArray());
    }

    /**
     * The candidates and inspectors stored at the freeze, inflated and checked against the frozen
     * digests; null for a session frozen before lists were stored. A list that does not hash to its
     * digest (replaced, or not a deflate stream at all) is refused as altered.
     */
    static byte[][] read(DrawStore sessions, DrawSessionRow row) {
        Read read = readWithStored(sessions, row);
        return read == null ? null : read.inflated();
    }

    /**
     * The lists inflated and checked, with their stored bytes: each one whole zlib stream with nothing
     * after it (inflated refuses anything else), which inflates to exactly the checked bytes, so that a
     * document may embed it as it is.
     */
    record Read(byte[][] inflated, byte[][] stored) {
    }

    static Read readWithStored(DrawStore sessions, DrawSessionRow row) {
        DrawStore.FrozenLists lists = sessions.frozenLists(row.id());
        if (lists == null) {
            return null;
        }
        byte[] candidates = inflated(lists.candidates(), longest(row.candidateCount()));
        byte[] inspectors = inflated(lists.inspectors(), longest(row.poolCount()));
        if (candidates == null || inspectors == null
                || !org.sortes.draw.Sha256.hex(candidates).equals(row.candidatesDigest())
                || !org.sortes.draw.Sha256.hex(inspectors).equals(row.inspectorsDigest())) {
            throw new Refusal("draw.error.listsAltered", row.id());
        }
        return new Read(new byte[][] {candidates, inspectors}, new byte[][] {lists.candidates(), lists.inspectors()});
    }

    /**
     * The most bytes a list of that many lines can take (a line is an id, a stratum, a region and a few
     * certificate numbers): a workspace file comes from outside too, and a deflate bomb in it must not
     * fill the memory before its digest is checked.
     */
    private static long longest(Long lines) {
        return (lines == null ? 0 : lines) * 4096 + (1 << 20);
    }

    /** The inflated bytes are gathered in pieces of this size before the one array they end in. */
    private static final int PIECE = 1 << 18;

    /**
     * The inflated bytes; null when they are not one deflate stream and nothing after it, or would pass
     * the limit. They are
     * gathered in pieces of a quarter megabyte, then copied once into an array of their exact length.
     * Pieces, because of what large arrays cost while the hall watches: read in small pieces (as an
     * input stream's readNBytes does) a million candidates' list was 60 MB of small arrays the collector
     * copied from pause to pause; and one array doubled as it filled (18, 36, then 26 MB trimmed) stopped
     * every thread, the windows' too: the JVM clears a new array before any thread may stop for a
     * collection, and on memory never touched before that took 3 ms a megabyte here
     * (docs/benchmarks.md, stop 23). Each inflating call fills at most one piece, so the inflater,
     * which keeps its arrays pinned while it works, holds up no collection for long either.
     */
    static byte[] inflated(byte[] deflated, long limit) {
        long most = Math.min(limit, Integer.MAX_VALUE - 16); // a longer list would not fit in one array
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(deflated);
            List<byte[]> pieces = new ArrayList<>();
            long total = 0;
            byte[] piece = null;
            int filled = PIECE;
            while (!inflater.finished()) {
                if (filled == PIECE) {
                    if (total > most) {
                        return null;
                    }
                    piece = new byte[PIECE];
                    pieces.add(piece);
                    filled = 0;
                }
                int got = inflater.inflate(piece, filled, PIECE - filled);
                if (got == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null; // cut short, or not a deflate stream
                }
                filled += got;
                total += got;
            }
            if (total > most || inflater.getRemaining() != 0) {
                return null; // bytes after the stream: not what a freeze stores
            }
            byte[] out = new byte[(int) total];
            int at = 0;
            for (byte[] p : pieces) {
                int n = (int) Math.min(PIECE, total - at);
                System.arraycopy(p, 0, out, at, n);
                at += n;
            }
            return out;
        } catch (java.util.zip.DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
