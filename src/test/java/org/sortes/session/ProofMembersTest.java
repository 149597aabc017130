package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * Every member of a proof, changed alone, makes verify INVALID (or UNREADABLE), unless the protocol
 * lists it as bound only by the proof's printed SHA-256 (docs/protocol.md, section 9). The
 * reference verifier written from the text (docs/reference/sortes_verify.py) gives the same verdict
 * on every changed proof.
 */
class ProofMembersTest {
    /** Members nothing can recompute: bound by the proof's SHA-256 that the minutes print. */
    static final List<Pattern> BOUND_BY_PRINTED_DIGEST = List.of(Pattern.compile("session\\.id"),
            Pattern.compile("session\\.state"), Pattern.compile("session\\.rehearsal"), Pattern.compile("observers\\[\\d+]\\.(name|role)"),
            Pattern.compile("decisions\\[\\d+]\\.decision"));

    @TempDir
    static Path dir;
    static Path staffed;
    static Path unstaffed;
    static final ObjectMapper MAPPER = ProofJson.mapper();

    @BeforeAll
    static void proofs() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            DrawService draw = s.draw();
            long a = Sessions.locked(draw, Sessions.demoPlan());
            staffed = dir.resolve("staffed.json");
            draw.exportProof(a, staffed, false, Progress.NONE);
            // a joint check with more members than either department has: every target unstaffed
            ObjectNode plan = (ObjectNode) MAPPER.readTree(Sessions.demoPlan());
            plan.putArray("items").add("SJ-003").add("HJ-001");
            plan.put("membersPerDepartment", 50);
            plan.putArray("strata").addObject().put("name", "全部").put("count", 3).putObject("rule");
            var c = Sessions.committed(draw, plan.toString());
            draw.addObserver(c.id(), "李记者", ObserverRole.MEDIA, "2718281828");
            draw.reveal(c.id(), c.secret());
            for (DrawnTarget t : draw.draw(c.id())) {
                draw.decide(c.id(), t.rank(), "由两部门另行指派");
            }
            draw.lock(c.id());
            unstaffed = dir.resolve("unstaffed.json");
            draw.exportProof(c.id(), unstaffed, true, Progress.NONE);
        }
    }

    /** Every leaf of the JSON with its path; long arrays by their first, second, middle and last elements. */
    static void leaves(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "."
                    + e.getKey(), out));
        } else if (node.isArray()) {
            int n = node.size();
            java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
            if (n <= 5) {
                for (int i = 0; i < n; i++) {
                    at.add(i);
                }
            } else {
                at.addAll(List.of(0, 1, n / 2, n - 1));
            }
            for (int i : at) {
                leaves(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node);
        }
    }

    /** A change that keeps the type: a digit or hex letter moved on, a letter added, a number + 1, a flag flipped. */
    static JsonNode changed(JsonNode v) {
        if (v.isTextual()) {
            String s = v.asText();
            int at = s.length() - 1;
            while (at >= 0 && !Character.isLetterOrDigit(s.charAt(at))) {
                at--;
            }
            if (at < 0) {
                return new TextNode(s + "甲");
            }
            char c = s.charAt(at);
            char to = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10)
                    : (c >= 'a' && c <= 'f') ? (c == 'f' ? 'a' : (char) (c + 1)) : c == '甲' ? '乙' : '甲';
            return new TextNode(s.substring(0, at) + to + s.substring(at + 1));
        }
        if (v.isIntegralNumber()) {
            return new IntNode(v.asInt() + 1);
        }
        if (v.isBoolean()) {
            return BooleanNode.valueOf(!v.asBoolean());
        }
        return new TextNode("甲"); // null
    }

    static void set(JsonNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            String name = p.contains("[") ? p.substring(0, p.indexOf('[')) : p;
            List<Integer> indices = new ArrayList<>();
            var m = Pattern.compile("\\[(\\d+)]").matcher(p);
            while (m.find()) {
                indices.add(Integer.parseInt(m.group(1)));
            }
            boolean last = i == parts.length - 1;
            if (indices.isEmpty()) {
                if (last) {
                    ((ObjectNode) node).set(name, value);
                    return;
                }
                node = node.get(name);
            } else {
                node = node.get(name);
                for (int k = 0; k < indices.size(); k++) {
                    if (last && k == indices.size() - 1) {
                        ((ArrayNode) node).set(indices.get(k), value);
                        return;
                    }
                    node = node.get(indices.get(k));
                }
            }
        }
    }

    /** A folder for changed copies of the proofs, with the unstaffed proof's list files beside them. */
    static Path folderWithTheLists(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        for (String list : List.of("candidates", "inspectors")) {
            Files.copy(unstaffed.resolveSibling("unstaffed." + list + ".tsv"), out.resolve("unstaffed." + list + ".tsv"));
        }
        return out;
    }

    record Tamper(String proof, String path, Path file, boolean javaValid) {
    }

    @Test
    void everyMemberChangedAlone_invalidOrBoundByThePrintedDigest_andTheReferenceVerifierAgrees() throws Exception {
        Path out = folderWithTheLists("tampered");
        List<Tamper> tampers = new ArrayList<>();
        int n = 0;
        for (Path proof : List.of(staffed, unstaffed)) {
            JsonNode original = MAPPER.readTree(proof.toFile());
            Map<String, JsonNode> leaves = new LinkedHashMap<>();
            leaves(original, "", leaves);
            for (Map.Entry<String, JsonNode> leaf : leaves.entrySet()) {
                JsonNode copy = original.deepCopy();
                set(copy, leaf.getKey(), changed(leaf.getValue()));
                assertTrue(!copy.equals(original), leaf.getKey());
                Path file = out.resolve("t" + (n++) + ".json");
                MAPPER.writeValue(file.toFile(), copy);
                boolean valid;
                try {
                    valid = ProofVerification.check(file, List.of()).valid();
                } catch (ProofJson.UnreadableProofException e) {
                    valid = false;
                }
                tampers.add(new Tamper(proof.getFileName().toString(), leaf.getKey(), file, valid));
            }
        }
        List<String> unboundButValid = new ArrayList<>();
        int detected = 0;
        for (Tamper t : tampers) {
            if (t.javaValid()) {
                if (BOUND_BY_PRINTED_DIGEST.stream().noneMatch(p -> p.matcher(t.path()).matches())) {
                    unboundButValid.add(t.proof() + " " + t.path());
                }
            } else {
                detected++;
            }
        }
        assertEquals(List.of(), unboundButValid, "changed alone, still VALID, and not bound by the printed digest");
        System.out.printf("proof members tampered one at a time: %d tried, %d detected, %d bound by the printed"
                + " digest only%n", tampers.size(), detected, tampers.size() - detected);
        assertTrue(tampers.size() > 150, "enough members tried: " + tampers.size());

        Map<Path, Integer> reference = reference(tampers.stream().map(Tamper::file).toList());
        List<String> disagree = new ArrayList<>();
        for (Tamper t : tampers) {
            if ((reference.get(t.file()) == 0) != t.javaValid()) {
                disagree.add(t.proof() + " " + t.path() + ": Sortes " + (t.javaValid() ? "VALID" : "not valid"));
            }
        }
        assertEquals(List.of(), disagree, "Sortes and the reference verifier disagree");
    }

    @Test
    void aNumberWrittenAsAFraction_text_orBoolean_isUnreadable_inSortesAndInTheReference() throws Exception {
        Path out = folderWithTheLists("numbers");
        Map<Path, String> tried = new LinkedHashMap<>();
        int n = 0;
        for (Path proof : List.of(staffed, unstaffed)) {
            JsonNode original = MAPPER.readTree(proof.toFile());
            Map<String, JsonNode> leaves = new LinkedHashMap<>();
            leaves(original, "", leaves);
            Map<String, JsonNode> variants = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> leaf : leaves.entrySet()) {
                JsonNode v = leaf.getValue();
                if (v.isIntegralNumber()) {
                    // the same value, written as no integer is: 3.0, "3", and true or false for 1 and 0
                    variants.put(leaf.getKey() + " as 3.0", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(v.asInt()));
                    variants.put(leaf.getKey() + " as text", new TextNode(v.asText()));
                    if (v.asInt() == 0 || v.asInt() == 1) {
                        variants.put(leaf.getKey() + " as a boolean", BooleanNode.valueOf(v.asInt() == 1));
                    }
                }
            }
            variants.put("session.id as 0", new IntNode(0));
            variants.put("session.rehearsal as false", BooleanNode.FALSE);
            for (Map.Entry<String, JsonNode> variant : variants.entrySet()) {
                JsonNode copy = original.deepCopy();
                set(copy, variant.getKey().substring(0, variant.getKey().indexOf(' ')), variant.getValue());
                Path file = out.resolve(proof.getFileName().toString().replace(".json", "") + "-" + (n++) + ".json");
                MAPPER.writeValue(file.toFile(), copy);
                tried.put(file, proof.getFileName() + " " + variant.getKey());
            }
        }
        assertTrue(tried.size() > 40, "enough numbers tried: " + tried.size());
        List<String> read = new ArrayList<>();
        for (Map.Entry<Path, String> t : tried.entrySet()) {
            try {
                ProofVerification.check(t.getKey(), List.of());
                read.add(t.getValue());
            } catch (ProofJson.UnreadableProofException e) {
                // as the protocol says
            }
        }
        assertEquals(List.of(), read, "read as if the number were written as one");
        Map<Path, Integer> reference = reference(List.copyOf(tried.keySet()));
        List<String> referenceRead = new ArrayList<>();
        reference.forEach((file, code) -> {
            if (code != 2) {
                referenceRead.add(tried.get(file) + ": exit " + code);
            }
        });
        assertEquals(List.of(), referenceRead, "the reference verifier reads them");
    }

    /**
     * The file itself (protocol section 9): a byte-order mark, a second value, a member named twice,
     * NaN, half of a surrogate pair, a number past its bound: UNREADABLE in Sortes and in the reference
     * alike (Jackson alone read the first value and took a lone surrogate as "?", Python took the
     * last of two members); white space after the value, an escaped pair and the largest session id
     * are read.
     */
    @Test
    void theFileItself_oneValue_noMemberTwice_unicodeText_boundedNumbers_inSortesAndInTheReference() throws Exception {
        Path out = folderWithTheLists("file");
        String text = Files.readString(staffed, StandardCharsets.UTF_8);
        Map<String, byte[]> unreadable = new LinkedHashMap<>();
        Map<String, byte[]> valid = new LinkedHashMap<>();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        unreadable.put("a byte-order mark", concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        unreadable.put("a second value", utf8(text + "\n{}"));
        unreadable.put("protocol twice", utf8(once(text, "{", "{\n  \"protocol\" : \"sortes-draw/1\",")));
        unreadable.put("session.state twice", utf8(once(text, "\"state\" : \"locked\"",
                "\"state\" : \"committed\", \"state\" : \"locked\"")));
        unreadable.put("NaN", utf8(text.replaceFirst("\"drawnWithinDays\" : \\d+", "\"drawnWithinDays\" : NaN")));
        unreadable.put("a lone surrogate in a name", utf8(once(text, "\"name\" : \"", "\"name\" : \"\\ud800")));
        unreadable.put("a lone surrogate in a member name", utf8(once(text, "\"role\" : ", "\"ro\\udc00le\" : ")));
        unreadable.put("session.id 2^63", utf8(once(text, "\"id\" : 1,", "\"id\" : 9223372036854775808,")));
        unreadable.put("strata[0].size 2^31", utf8(text.replaceFirst("\"size\" : \\d+", "\"size\" : 2147483648")));
        valid.put("white space after the value", utf8(text + "\n \t\r\n"));
        valid.put("an escaped pair in an observer's name (bound by the digest)",
                utf8(text.replaceFirst("(\"observers\" : \\[ \\{\\s*\"name\" : \")", "$1\\\\ud842\\\\udfb7")));
        valid.put("session.id 2^63 - 1 (bound by the digest)", utf8(once(text, "\"id\" : 1,",
                "\"id\" : 9223372036854775807,")));
        Map<Path, String> files = new LinkedHashMap<>();
        int n = 0;
        for (Map<String, byte[]> group : List.of(unreadable, valid)) {
            for (Map.Entry<String, byte[]> v : group.entrySet()) {
                assertTrue(!java.util.Arrays.equals(v.getValue(), utf8(text)) || v.getKey().startsWith("white"),
                        "changed: " + v.getKey());
                Path file = out.resolve("f" + (n++) + ".json");
                Files.write(file, v.getValue());
                files.put(file, v.getKey());
            }
        }
        Map<Path, Integer> reference = reference(List.copyOf(files.keySet()));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            boolean shouldRead = valid.containsKey(f.getValue());
            String sortes;
            try {
                sortes = ProofVerification.check(f.getKey(), List.of()).valid() ? "VALID" : "INVALID";
            } catch (ProofJson.UnreadableProofException e) {
                sortes = "UNREADABLE";
            }
            String expected = shouldRead ? "VALID" : "UNREADABLE";
            int code = reference.get(f.getKey());
            if (!sortes.equals(expected) || code != (shouldRead ? 0 : 2)) {
                wrong.add(f.getValue() + ": Sortes " + sortes + ", the reference exit " + code + ", expected " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The text with the first occurrence of what replaced; fails when it is not there. */
    private static String once(String text, String what, String with) {
        int at = text.indexOf(what);
        assertTrue(at >= 0, "not in the proof: " + what);
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    /** Members a proof may leave out (section 9), and the item codes of itemDepartments (data, not members). */
    static final Pattern MAY_BE_ABSENT = Pattern.compile("session\\.rehearsal|targets\\[\\d+]\\.shortfall"
            + "|plan\\.strata\\[\\d+]\\.(audienceName|rule\\..+)|plan\\.itemDepartments\\..+");
    /** Where null is of the type the table gives. */
    static final Pattern MAY_BE_NULL = Pattern.compile("beacon|plan\\.beacon");

    /**
     * Every member, container or not, replaced by a value of another JSON type (null, an object, a list,
     * a text, a number, a boolean), and every required member taken out: the file is UNREADABLE in
     * Sortes and in the reference alike (section 9, types; the plan read as written). Before, Sortes
     * read "avoidSameRegion": null as false and verified VALID, read a number as a list of no
     * decisions, and the reference read most of these as INVALID.
     */
    @Test
    void everyMemberOfAnotherType_orLeftOut_isUnreadable_inSortesAndInTheReference() throws Exception {
        Path out = folderWithTheLists("types");
        Map<Path, String> tried = new LinkedHashMap<>();
        int n = 0;
        for (Path proof : List.of(staffed, unstaffed)) {
            JsonNode original = MAPPER.readTree(proof.toFile());
            Map<String, JsonNode> all = new LinkedHashMap<>();
            nodes(original, "", all);
            for (Map.Entry<String, JsonNode> node : all.entrySet()) {
                String path = node.getKey();
                List<JsonNode> others = new ArrayList<>();
                for (JsonNode v : List.of(com.fasterxml.jackson.databind.node.NullNode.getInstance(), MAPPER.createObjectNode(),
                        MAPPER.createArrayNode(), new TextNode("甲"), new IntNode(7), BooleanNode.TRUE)) {
                    boolean sameType = v.getNodeType() == node.getValue().getNodeType()
                            || v.isNull() && MAY_BE_NULL.matcher(path).matches();
                    if (!sameType && !path.startsWith("plan.itemDepartments.") || v.isNull() && path.startsWith("plan.itemDepartments.")) {
                        others.add(v);
                    }
                }
                for (JsonNode v : others) {
                    JsonNode copy = original.deepCopy();
                    set(copy, path, v);
                    Path file = out.resolve("y" + (n++) + ".json");
                    MAPPER.writeValue(file.toFile(), copy);
                    tried.put(file, proof.getFileName() + " " + path + " as " + v);
                }
                if (!path.endsWith("]") && !MAY_BE_ABSENT.matcher(path).matches()) {
                    JsonNode copy = original.deepCopy();
                    remove(copy, path);
                    Path file = out.resolve("y" + (n++) + ".json");
                    MAPPER.writeValue(file.toFile(), copy);
                    tried.put(file, proof.getFileName() + " " + path + " left out");
                }
            }
        }
        // the plan read as written, with section 2's rules: nothing cleaned, nothing filled in
        JsonNode plain = MAPPER.readTree(staffed.toFile());
        Map<String, java.util.function.Consumer<JsonNode>> rules = new LinkedHashMap<>();
        rules.put("plan.name with a space before it", r -> set(r, "plan.name", new TextNode(" " + r.at("/plan/name").asText())));
        rules.put("plan.sessionDate with a full-width space after it", r -> set(r, "plan.sessionDate",
                new TextNode(r.at("/plan/sessionDate").asText() + "\u3000")));
        rules.put("a stratum's name with a tab in it", r -> set(r, "plan.strata[0].name", new TextNode("严重\t违法")));
        rules.put("items out of text order", r -> ((ArrayNode) r.at("/plan/items")).insert(0, "ZZ-999"));
        rules.put("an item code with a space after it", r -> {
            ObjectNode map = (ObjectNode) r.at("/plan/itemDepartments");
            String code = map.fieldNames().next();
            map.set(code + " ", map.remove(code));
        });
        rules.put("a sessionDate that is no date", r -> set(r, "plan.sessionDate", new TextNode("2026-02-30")));
        rules.put("a risk class E", r -> ((ObjectNode) r.at("/plan/strata/0/rule")).put("riskClass", "E"));
        rules.put("both ratio and count", r -> ((ObjectNode) r.at("/plan/strata/0")).put("count", 1).put("ratioBasisPoints", 1));
        rules.put("a ratio above 10000", r -> {
            ObjectNode st = (ObjectNode) r.at("/plan/strata/0");
            st.remove("count");
            st.put("ratioBasisPoints", 10001);
        });
        rules.put("a team of one", r -> ((ObjectNode) r.at("/plan")).put("membersPerDepartment", 1));
        rules.put("an empty stratum name", r -> set(r, "plan.strata[0].name", new TextNode("")));
        for (Map.Entry<String, java.util.function.Consumer<JsonNode>> rule : rules.entrySet()) {
            JsonNode copy = plain.deepCopy();
            rule.getValue().accept(copy);
            assertTrue(!copy.equals(plain), rule.getKey());
            Path file = out.resolve("y" + (n++) + ".json");
            MAPPER.writeValue(file.toFile(), copy);
            tried.put(file, "staffed.json " + rule.getKey());
        }
        assertTrue(tried.size() > 500, "enough tried: " + tried.size());
        Map<Path, Integer> reference = reference(List.copyOf(tried.keySet()));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Path, String> t : tried.entrySet()) {
            String sortes;
            try {
                sortes = ProofVerification.check(t.getKey(), List.of()).valid() ? "VALID" : "INVALID";
            } catch (ProofJson.UnreadableProofException e) {
                sortes = "UNREADABLE";
            }
            if (!sortes.equals("UNREADABLE") || reference.get(t.getKey()) != 2) {
                wrong.add(t.getValue() + ": Sortes " + sortes + ", the reference exit " + reference.get(t.getKey()));
            }
        }
        assertEquals(List.of(), wrong, "read although of another type or missing");

        // the beacon's value as the entry leaves it, or INVALID in both
        String text = Files.readString(staffed, StandardCharsets.UTF_8);
        java.util.regex.Matcher value = Pattern.compile("(\"beacon\" : \\{\\s*\"value\" : \")([^\"]*)\"").matcher(text);
        assertTrue(value.find(), "the staffed proof has a beacon");
        Path padded = out.resolve("padded-beacon.json");
        Files.writeString(padded, value.replaceFirst("$1 $2 \""), StandardCharsets.UTF_8);
        ProofVerification.Result v = ProofVerification.check(padded, List.of());
        assertEquals("verify.beaconValue", v.messageKey(), String.valueOf(v.args()));
        assertEquals(1, reference(List.of(padded)).get(padded), "the reference says INVALID too");
    }

    /** Every node's path, containers included (lists: their first two elements). */
    static void nodes(JsonNode node, String path, Map<String, JsonNode> out) {
        if (!path.isEmpty()) {
            out.put(path, node);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> nodes(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    out));
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(2, node.size()); i++) {
                nodes(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** Takes out the object member at path (its last part is a name). */
    static void remove(JsonNode root, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        ((ObjectNode) parent).remove(path.substring(dot + 1));
    }

    /** The node at a path such as "targets[0].team[1]". */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.get(bracket < 0 ? part : part.substring(0, bracket));
            var m = Pattern.compile("\\[(\\d+)]").matcher(part);
            while (m.find()) {
                node = node.get(Integer.parseInt(m.group(1)));
            }
        }
        return node;
    }

    /** The reference verifier's exit code for each file (0 VALID, 1 INVALID, 2 UNREADABLE), in one Python process. */
    static Map<Path, Integer> reference(List<Path> files) throws IOException, InterruptedException {
        Path list = dir.resolve("files.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        String script = "import sys\nsys.path.insert(0, 'docs/reference')\nimport sortes_verify as v\n"
                + "for f in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
                + "    if f:\n        print(v.verify_file(f, [])[0])\n";
        Process p = new ProcessBuilder("python3", "-c", script, list.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", lines));
        assertEquals(files.size(), lines.size(), String.join("\n", lines));
        Map<Path, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i), Integer.parseInt(lines.get(i)));
        }
        return out;
    }
}
