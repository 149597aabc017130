package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packed reading of a canonical candidates stream gives what the line-by-line reading gives. */
class CandidateListTest {
    private static byte[] canonical(List<Candidate> candidates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalLists.writeCandidates(candidates, out);
        return out.toByteArray();
    }

    @Test
    void packer_givesTheRecordsSortedByCodePoints_packed() {
        // ids in no order, with Chinese, a character beyond U+FFFF (which UTF-16's order puts before
        // U+FF01 and code points after it), prefixes of one another, and one id twice (kept in the order met)
        java.util.Random random = new java.util.Random(23);
        String[] stems = {"91620100MA", "注册号", "9162𠮷", "9162\uFF01", "9162", "", "A", "a", "Ω"};
        List<Candidate> met = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) { // over 64 KB of ids: the packer's first block grows
            String id = stems[random.nextInt(stems.length)] + (random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(500)));
            String region = random.nextInt(3) == 0 ? null : "62010" + random.nextInt(4);
            List<String> last = random.nextInt(6) == 0 ? List.of("ZF9", "ZF" + random.nextInt(9)) : List.of();
            met.add(new Candidate(id, random.nextInt(8), region, last));
        }
        met.add(new Candidate("9162", 3, null, List.of("ZF2", "ZF1")));
        met.add(new Candidate("9162", 5, "620101", List.of()));
        List<Candidate> sorted = new ArrayList<>(met);
        sorted.sort(java.util.Comparator.comparing(Candidate::id, CodePoints.ORDER)); // stable, as the freeze sorted them
        // made at the register's length (the freeze), or smaller and grown, or larger than needed: the same list
        for (int expected : new int[] {0, 1, 3_000, met.size(), 50_000}) {
            CandidateList.Packer packer = new CandidateList.Packer(expected);
            met.forEach(c -> packer.add(c.id(), c.stratum(), c.region(), c.lastInspectors()));
            CandidateList packed = packer.sorted();
            assertEquals(sorted, new ArrayList<>(packed), "expected " + expected);
            assertEquals(CanonicalLists.candidatesDigest(sorted), CanonicalLists.candidatesDigest(packed));
        }
        assertEquals(0, new CandidateList.Packer().sorted().size());
        assertEquals(0, new CandidateList.Packer(1_000).sorted().size());
    }

    @Test
    void fromCanonical_readsWhatWasWritten_asTheLineReaderDoes() {
        // a fixed seed: the same mixture every run (ids with Chinese, no region, last inspectors)
        java.util.Random random = new java.util.Random(17);
        List<Candidate> written = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = (i % 7 == 0 ? "注册号" : "91620100MA") + String.format("%08d", i);
            String region = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> "620102";
                default -> "62010" + random.nextInt(10);
            };
            List<String> last = random.nextInt(5) == 0 ? List.of("ZF" + i, "ZF" + (i + 1)) : List.of();
            written.add(new Candidate(id, random.nextInt(12), region, last));
        }
        byte[] bytes = canonical(written);
        CandidateList packed = CandidateList.fromCanonical(bytes);
        assertEquals(written, new ArrayList<>(packed));
        assertEquals(CanonicalLists.parseCandidates(new String(bytes, StandardCharsets.UTF_8)), new ArrayList<>(packed));
        // and it is the list the draw packs itself: the same ids, strata and regions, index for index
        assertEquals(new ArrayList<>(CandidateList.of(written)), new ArrayList<>(packed));
        assertEquals(0, CandidateList.fromCanonical(new byte[0]).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a\t1\t\t\nb\t2\t620100\t", // truncated: no final line feed
        "a\t1\t\n", // three fields
        "a\t1\t\t\t\n", // five fields
        "\t1\t\t\n", // no id
        "\n", // an empty line
        "a\tx\t\t\n", // stratum not a number
        "a\t\t\t\n", // no stratum
        "a\t99999999999\t\t\n", // stratum too large for an int
        "a\t+7\t\t;\nb\t007\t620100\tZF1;;ZF2\n", // read as Integer.parseInt and String.split read them
    })
    void fromCanonical_oddInput_sameResultOrSameErrorAsTheLineReader(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Candidate> expected;
        try {
            expected = CanonicalLists.parseCandidates(text);
        } catch (IllegalArgumentException e) {
            IllegalArgumentException packed = assertThrows(IllegalArgumentException.class,
                    () -> CandidateList.fromCanonical(bytes));
            assertEquals(e.getMessage(), packed.getMessage());
            return;
        }
        assertEquals(expected, new ArrayList<>(CandidateList.fromCanonical(bytes)));
    }
}
