package org.sortes.session;

import java.io.IOException;
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
        return new byte[][] {candidates, inspectors};
    }

    /**
     * The most bytes a list of that many lines can take (a line is an id, a stratum, a region and a few
     * certificate numbers): a workspace file comes from outside too, and a deflate bomb in it must not
     * fill the memory before its digest is checked.
     */
    private static long longest(Long lines) {
        return (lines == null ? 0 : lines) * 4096 + (1 << 20);
    }

    /** The most bytes inflated in one call (see {@link #inflated}). */
    private static final int STEP = 1 << 20;

    /**
     * The inflated bytes; null when they are not a deflate stream or would pass the limit. They go into
     * one array that doubles as it fills, never past the limit: read in small pieces (as an input
     * stream's readNBytes does) a million candidates' list was 60 MB of small arrays alive at once,
     * which the collector copied from pause to pause while the hall watched the draw; an array of more
     * than a megabyte is kept out of that copying.
     */
    static byte[] inflated(byte[] deflated, long limit) {
        long most = Math.min(limit + 1, Integer.MAX_VALUE - 16); // one byte past the limit shows it is passed
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[(int) Math.min(most, Math.max(1 << 16, 4L * deflated.length))];
            int n = 0;
            while (!inflater.finished()) {
                if (n == out.length) {
                    if (out.length >= most) {
                        return null;
                    }
                    out = java.util.Arrays.copyOf(out, (int) Math.min(most, 2L * out.length));
                }
                // a megabyte at a time: the inflater holds both arrays pinned while it works, and the JVM
                // collects nothing meanwhile; a whole list in one call held every allocating thread (the
                // windows' too) for as long as it took, then paid for it in one long collection
                int got = inflater.inflate(out, n, Math.min(out.length - n, STEP));
                if (got == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null; // cut short, or not a deflate stream
                }
                n += got;
            }
            return n > limit ? null : n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } catch (java.util.zip.DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
