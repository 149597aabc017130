package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public vectors of the consistent sampler and the counter generator, read from src/test/resources/vectors. */
class VectorsTest {

    private static String vector(String name) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("docs/vectors", name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> strings(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*\\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), key);
        List<String> out = new ArrayList<>();
        Matcher s = Pattern.compile("\"([^\"]*)\"|(\\d+)").matcher(m.group(1));
        while (s.find()) {
            out.add(s.group(1) != null ? s.group(1) : s.group(2));
        }
        return out;
    }

    private static String string(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), key);
        return m.group(1);
    }

    @Test
    void consistentSampler_firstTicketOfAB130_matchesPublishedVector() throws IOException {
        String json = vector("consistent-sampler.json");
        ConsistentSampler sampler = new ConsistentSampler(string(json, "seed"));
        assertEquals(string(json, "ticket"), sampler.ticket(string(json, "id")));
    }

    @Test
    void consistentSampler_fourIds_orderAndTicketsMatchPublishedVector() throws IOException {
        String json = vector("consistent-sampler.json");
        ConsistentSampler sampler = new ConsistentSampler("314159");
        List<String> ids = new ArrayList<>(strings(json, "ids"));
        ids.sort(Comparator.comparing(sampler::ticket));
        assertEquals(strings(json, "order"), ids);
        List<String> prefixes = strings(json, "ticketPrefixes");
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(sampler.ticket(ids.get(i)).startsWith(prefixes.get(i)), ids.get(i));
        }
    }

    @Test
    void sortKey_ordersLikeFullTickets() {
        ConsistentSampler sampler = new ConsistentSampler("sortes");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add("id-" + i);
        }
        List<String> byTicket = new ArrayList<>(ids);
        byTicket.sort(Comparator.comparing(sampler::ticket));
        List<String> byKey = new ArrayList<>(ids);
        byKey.sort(Comparator.comparingLong(id -> ConsistentSampler.sortKey(sampler.hashOf(id))));
        assertEquals(byTicket, byKey);
        String t = sampler.ticket("id-7");
        assertEquals(Long.parseLong(t.substring(2, 18)), ConsistentSampler.sortKey(sampler.hashOf("id-7")));
    }

    @Test
    void ticket_isTheReversedDecimalOfTheHash_asBigIntegerWritesIt() {
        java.util.List<byte[]> hashes = new ArrayList<>();
        hashes.add(new byte[32]);
        byte[] ones = new byte[32];
        java.util.Arrays.fill(ones, (byte) 0xff);
        hashes.add(ones);
        byte[] small = new byte[32];
        small[31] = 7;
        hashes.add(small);
        for (int i = 0; i < 5000; i++) {
            hashes.add(Sha256.digest(("h" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (byte[] h : hashes) {
            String digits = new java.math.BigInteger(1, h).toString();
            String padded = "0".repeat(Math.max(0, 64 - digits.length())) + digits;
            String expected = "0." + new StringBuilder(padded).reverse();
            assertEquals(expected, ConsistentSampler.ticket(h));
        }
    }

    @Test
    void keyHasher_onPackedBytes_givesTheKeysOfTheFullHash() {
        ConsistentSampler sampler = new ConsistentSampler("01382438112797316654");
        ConsistentSampler.KeyHasher hasher = sampler.keyHasher();
        for (String id : List.of("AB-130", "91620102MA7XYZ1234", "营业执照-1", "")) {
            long expected = ConsistentSampler.sortKey(sampler.hashOf(id));
            byte[] bytes = ("x" + id + "y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(expected, hasher.sortKey(bytes, 1, bytes.length - 1));
        }
    }

    @Test
    void counterGenerator_valueIsTheHashModNPlusOne_asBigIntegerComputesIt() {
        for (int n : new int[] {1, 2, 7, 876, 65_537, 1 << 30, Integer.MAX_VALUE}) {
            CounterGenerator gen = new CounterGenerator("s-" + n);
            for (int i = 1; i <= 50; i++) {
                byte[] h = Sha256.digest(("s-" + n + "," + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                int expected = new java.math.BigInteger(1, h).mod(java.math.BigInteger.valueOf(n)).intValueExact() + 1;
                assertEquals(expected, gen.next(n), "n=" + n + " i=" + i);
            }
        }
    }

    @Test
    void counterGenerator_withoutReplacement_matchesPublishedVector() throws IOException {
        String json = vector("counter-generator.json");
        CounterGenerator gen = new CounterGenerator(string(json, "seed"));
        List<Integer> want = strings(json, "first").stream().map(Integer::valueOf).toList();
        assertEquals(want, gen.distinct(876, want.size()));
    }

    @Test
    void canonicalJson_sortedKeysNoWhitespaceMinimalEscapes() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("b", List.of(1, "x\"y", true));
        m.put("a", "名称\n");
        m.put("c", null);
        assertEquals("{\"a\":\"名称\\n\",\"b\":[1,\"x\\\"y\",true],\"c\":null}", CanonicalJson.write(m));
    }
}
