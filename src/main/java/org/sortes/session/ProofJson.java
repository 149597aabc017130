package org.sortes.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.Candidate;
import org.sortes.draw.DrawResult;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Proof;
import org.sortes.draw.Protocol;
import org.sortes.draw.Sha256;

/**
 * The proof file (JSON): everything Proof holds, plus the frozen lists inline (as their canonical
 * lines) or beside it as files whose SHA-256 the proof names. See docs/protocol.md, "Proof file".
 */
public final class ProofJson {
    /** Lists up to this many candidates go inline; larger ones beside the proof. */
    public static final int INLINE_LIMIT = 10_000;

    private ProofJson() {
    }

    /** A mapper that refuses hostile input: deep nesting, huge numbers, duplicate keys. */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(40).maxStringLength(50_000_000).build());
        m.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }

    /**
     * The proof could not be read at all (not JSON, missing fields, list files missing). The code and
     * values let a caller say it in the user's language (message key "proof.unreadable." + code).
     */
    public static class UnreadableProofException extends org.sortes.i18n.ExplainedException {
        private final String code;

        public UnreadableProofException(String code, String message, Throwable cause, Object... args) {
            super("proof.unreadable." + code, message, cause, args);
            this.code = code;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return messageArgs();
        }
    }

    private static UnreadableProofException cannotRead(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new UnreadableProofException("missing", file + " does not exist", e, file);
        }
        return new UnreadableProofException("io", "cannot read " + file + ": " + e.getMessage(), e, file);
    }

    /** Everything of the proof file but its lists, in the file's order. */
    private static ObjectNode tree(ObjectMapper mapper, long sessionId, boolean rehearsal, Proof p) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("protocol", p.protocol());
        ObjectNode session = root.putObject("session");
        session.put("id", sessionId);
        session.put("state", p.sessionState());
        if (rehearsal) {
            session.put("rehearsal", true); // bound by the printed digest, like the id
        }
        root.set("plan", mapper.readTree(p.plan().canonicalJson()));
        ObjectNode digests = root.putObject("digests");
        digests.put("plan", p.digests().plan());
        digests.put("candidates", p.digests().candidates());
        digests.put("inspectors", p.digests().inspectors());
        if (p.version() >= 2) {
            digests.put("register", p.digests().register());
        }
        root.put("commitment", p.commitment());
        root.put("secret", p.secret());
        ArrayNode observers = root.putArray("observers");
        for (Proof.Observer o : p.observers()) {
            observers.addObject().put("name", o.name()).put("role", o.role()).put("digits", o.digits());
        }
        if (p.beaconValue() != null) {
            ObjectNode beacon = root.putObject("beacon").put("value", p.beaconValue()).put("source", p.beaconSource());
            if (p.plan().beacon() != null) {
                beacon.put("reference", p.plan().beacon().reference());
            }
        } else {
            root.putNull("beacon");
        }
        root.put("seed", p.seed());
        root.put("seedHash", Sha256.hex(p.seed()));
        ArrayNode strata = root.putArray("strata");
        for (int s = 0; s < p.stratumSizes().size(); s++) {
            strata.addObject().put("index", s).put("name", p.plan().strata().get(s).name())
                    .put("size", p.stratumSizes().get(s)).put("sampleSize", p.sampleSizes().get(s));
        }
        ArrayNode targets = root.putArray("targets");
        for (DrawResult.Target t : p.targets()) {
            ObjectNode o = targets.addObject();
            o.put("rank", t.rank()).put("id", t.id()).put("stratum", t.stratum()).put("region", t.region())
                    .put("ticket", t.ticket());
            ArrayNode team = o.putArray("team");
            for (DrawResult.Member m : t.team()) {
                team.addObject().put("certificateNo", m.certificateNo()).put("name", m.name())
                        .put("department", m.department());
            }
            if (t.shortfall() != null) {
                o.putObject("shortfall").put("department", t.shortfall().department())
                        .put("eligible", t.shortfall().eligible()).put("needed", t.shortfall().needed());
            }
        }
        ArrayNode decisions = root.putArray("decisions");
        for (Proof.Decision d : p.decisions()) {
            if (p.version() >= 2) {
                decisions.addObject().put("rank", d.rank()).put("id", d.id()).put("decision", d.decision());
            } else {
                decisions.add(d.rank() + " " + d.id() + ": " + d.decision()); // protocol 1 had free text
            }
        }

        return root;
    }

    /**
     * Writes the proof to target; with listsBeside (or more than INLINE_LIMIT candidates) the lists
     * are written as files next to it: NAME.candidates.tsv and NAME.inspectors.tsv.
     */
    public static List<Path> write(ObjectMapper mapper, ProofBundle bundle, Path target, boolean listsBeside)
            throws IOException {
        ObjectNode root = tree(mapper, bundle.sessionId(), bundle.rehearsal(), bundle.proof());

        List<Path> written = new ArrayList<>();
        boolean beside = listsBeside || bundle.candidates().size() > INLINE_LIMIT;
        String base = target.getFileName().toString().replaceFirst("\\.json$", "");
        if (beside) {
            // written under temporary names, renamed once the proof is written too: whole or not at all
            Path c = target.resolveSibling(base + ".candidates.tsv.partial");
            Path i = target.resolveSibling(base + ".inspectors.tsv.partial");
            String cd;
            String id;
            try (OutputStream out = Files.newOutputStream(c)) {
                cd = CanonicalLists.writeCandidates(bundle.candidates(), new java.io.BufferedOutputStream(out, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
            }
            try (OutputStream out = Files.newOutputStream(i)) {
                id = CanonicalLists.writeInspectors(bundle.pool(), out);
            }
            root.putObject("candidates").put("file", base + ".candidates.tsv").put("sha256", cd);
            root.putObject("inspectors").put("file", base + ".inspectors.tsv").put("sha256", id);
            written.add(c);
            written.add(i);
        } else {
            ArrayNode cl = root.putObject("candidates").putArray("lines");
            for (Candidate c : bundle.candidates()) {
                cl.add(stripLf(CanonicalLists.candidateLine(c)));
            }
            ArrayNode il = root.putObject("inspectors").putArray("lines");
            for (PoolInspector i : bundle.pool()) {
                il.add(stripLf(CanonicalLists.inspectorLine(i)));
            }
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            mapper.writeValue(tmp.toFile(), root);
            List<Path> placed = new ArrayList<>();
            for (Path partial : written) {
                Path whole = partial.resolveSibling(partial.getFileName().toString().replaceFirst("\\.partial$", ""));
                Files.move(partial, whole, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                placed.add(whole);
            }
            // the proof last: a proof under its name means its lists are there too
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            placed.add(0, target);
            return placed;
        } finally {
            Files.deleteIfExists(tmp);
            for (Path partial : written) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * The SHA-256 of a session's proof exactly as the minutes attach it (lists beside, the attachment's
     * name): what the minutes print on every page, the letters, the announcement and the display's code.
     */
    static String sha256AsAttached(ObjectMapper mapper, ProofBundle bundle) {
        return sha256AsAttached(mapper, bundle.sessionId(), bundle.rehearsal(), bundle.proof());
    }

    /**
     * The same from the proof alone: the lists beside are named by their digests, which the proof holds
     * (a list file's SHA-256 is its digest), so the lists themselves are not needed.
     */
    static String sha256AsAttached(ObjectMapper mapper, long sessionId, boolean rehearsal, Proof p) {
        return Sha256.hex(asAttached(mapper, sessionId, rehearsal, p));
    }

    /** The bytes of that proof file: what {@link #write} writes with the lists beside, under the minutes' name. */
    static byte[] asAttached(ObjectMapper mapper, long sessionId, boolean rehearsal, Proof p) {
        try {
            ObjectNode root = tree(mapper, sessionId, rehearsal, p);
            String base = "sortes-session-" + sessionId + "-proof";
            root.putObject("candidates").put("file", base + ".candidates.tsv").put("sha256", p.digests().candidates());
            root.putObject("inspectors").put("file", base + ".inspectors.tsv").put("sha256", p.digests().inspectors());
            return mapper.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file written with its SHA-256. */
    public record Written(Path file, String sha256) {
    }

    /** As {@link #write}, with each file's SHA-256 (read back from the disk, as a verifier would). */
    public static List<Written> writeAtomically(ObjectMapper mapper, ProofBundle bundle, Path target,
                                                boolean listsBeside) {
        try {
            List<Written> out = new ArrayList<>();
            for (Path p : write(mapper, bundle, target, listsBeside)) {
                java.security.MessageDigest md = Sha256.newDigest();
                try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(p), md)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                out.add(new Written(p, java.util.HexFormat.of().formatHex(md.digest())));
            }
            return out;
        } catch (IOException e) {
            throw new Refusal("draw.error.writeProof", target, e.getMessage());
        }
    }

    private static String stripLf(String line) {
        return line.substring(0, line.length() - 1);
    }

    /** A proof as read, with its lists' bytes. */
    public record Read(Proof proof, byte[] candidates, byte[] inspectors) {
    }

    /** The SHA-256 a list file beside the proof is named with, or null for a list inline. */
    private static String namedSha256(JsonNode root, String name) {
        JsonNode node = root.path(name);
        return node.has("file") ? text(node, "sha256") : null;
    }

    public static Read read(ObjectMapper mapper, Path proofFile, List<Path> listFiles) {
        JsonNode root;
        try {
            root = StrictJson.read(mapper, Files.readAllBytes(proofFile));
        } catch (StrictJson.Problem e) {
            // where it breaks, in the user's words; the parser's own sentence only in the English message
            Path name = proofFile.getFileName();
            String said = name + " is not a readable proof: " + e.getMessage();
            throw switch (e.kind) {
                case TOO_DEEP -> new UnreadableProofException("tooDeep", said, e, name);
                case DUPLICATE -> new UnreadableProofException("duplicate", said, e, name, e.member, e.line, e.column);
                case TRAILING -> new UnreadableProofException("trailing", said, e, name, e.line, e.column);
                case LONE_SURROGATE -> new UnreadableProofException("surrogate", said, e, name, e.member);
                case BOM -> new UnreadableProofException("bom", said, e, name);
                case SYNTAX -> new UnreadableProofException("notJson", said, e, name, e.line, e.column);
            };
        } catch (IOException e) {
            throw cannotRead(proofFile, e);
        }
        try {
            if (Protocol.versionOf(root.path("protocol").asText("")) >= 2) {
                onlyDocumentedMembers(root, proofFile);
                PlanJson.canonicalShape(root.get("plan")); // hashed as written: nothing filled in or stripped
            }
            Proof proof = proof(root);
            // no list is longer than its lines allow: a candidate line is far below 4 KiB
            long candidates = proof.stratumSizes().stream().mapToLong(Integer::longValue).sum();
            return new Read(proof, list(root, "candidates", proofFile, listFiles, 4096 * Math.max(0, candidates) + 4096),
                    list(root, "inspectors", proofFile, listFiles, MAX_INSPECTOR_LIST));
        } catch (RuntimeException e) {
            if (e instanceof UnreadableProofException u) {
                throw u;
            }
            // a field missing or of the wrong kind says which; anything else is said in general words
            Object why = e instanceof org.sortes.i18n.Explained ? e
                    : new org.sortes.i18n.ExplainedException("proof.field.other", String.valueOf(e.getMessage()), null);
            throw new UnreadableProofException("incomplete", proofFile.getFileName() + " is not a complete proof: "
                    + e.getMessage(), e, proofFile.getFileName(), why);
        }
    }

    /** Far above any real inspector pool (a pool of 100,000 is about 10 MB). */
    static final long MAX_INSPECTOR_LIST = 256L * 1024 * 1024;

    private static byte[] list(JsonNode root, String name, Path proofFile, List<Path> listFiles, long maxBytes) {
        JsonNode node = need(root, name);
        if (node.has("lines") && (node.has("file") || node.has("sha256"))) {
            throw new org.sortes.i18n.ExplainedException("proof.field.listForms", "field \"" + name + "\" holds either"
                    + " lines or file and sha256, not both", null, name);
        }
        if (node.has("lines")) {
            StringBuilder sb = new StringBuilder();
            if (!node.get("lines").isArray()) {
                throw new org.sortes.i18n.ExplainedException("proof.field.lines", "field \"" + name + ".lines\" must be a"
                        + " list of texts", null, name + ".lines");
            }
            for (JsonNode line : node.get("lines")) {
                if (!line.isTextual()) {
                    throw new org.sortes.i18n.ExplainedException("proof.field.lines", "field \"" + name + ".lines\" must"
                            + " be a list of texts", null, name + ".lines");
                }
                sb.append(line.textValue()).append('\n');
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        String file = text(node, "file");
        if (!file.matches("[A-Za-z0-9_.-]{1,200}") || file.startsWith(".")) {
            // a name with a path in it could point anywhere on the verifier's disk
            throw new UnreadableProofException("listName", "the " + name + " list's file name \"" + file
                    + "\" is not a plain file name", null, file);
        }
        Path found = null;
        for (Path p : listFiles) {
            if (p.getFileName().toString().equals(file)) {
                found = p;
            }
        }
        if (found == null) {
            Path beside = proofFile.resolveSibling(file);
            // only a plain file in the proof's own folder: no link, device or folder
            if (Files.isRegularFile(beside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                found = beside;
            } else if (Files.exists(beside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new UnreadableProofException("listNotFile", beside.getFileName() + " beside the proof is a link,"
                        + " a device or a folder, not a plain file", null, beside.getFileName());
            }
        }
        if (found == null) {
            throw new UnreadableProofException("listMissing." + name, "the " + name + " list " + file
                    + " is not given and not beside the proof", null, file);
        }
        try {
            if (!Files.isRegularFile(found)) {
                throw new UnreadableProofException("listNotFile", found.getFileName() + " is not a plain file", null,
                        found.getFileName());
            }
            if (Files.size(found) > maxBytes) {
                throw new UnreadableProofException("listTooLarge", "the " + name + " list " + found.getFileName()
                        + " is larger than the proof's counts allow", null, found.getFileName());
            }
            return Files.readAllBytes(found);
        } catch (IOException e) {
            throw cannotRead(found, e);
        }
    }

    /**
     * The members a sortes-draw/2 proof holds (protocol §9), by where they stand, each with its type:
     * text, int (0 to 2^31 - 1, checked where read), id (1 to 2^63 - 1), object, array, beacon (an
     * object or null), list (candidates, inspectors); "?" marks the two that may be absent. The plan is
     * PlanJson's.
     */
    private static final Map<String, Map<String, String>> MEMBERS = Map.of(
            "", Map.ofEntries(Map.entry("protocol", "text"), Map.entry("session", "object"), Map.entry("plan", "object"),
                    Map.entry("digests", "object"), Map.entry("commitment", "text"), Map.entry("secret", "text"),
                    Map.entry("observers", "array"), Map.entry("beacon", "beacon"), Map.entry("seed", "text"),
                    Map.entry("seedHash", "text"), Map.entry("strata", "array"), Map.entry("targets", "array"),
                    Map.entry("decisions", "array"), Map.entry("candidates", "list"), Map.entry("inspectors", "list")),
            "session", Map.of("id", "id", "state", "text", "rehearsal", "bool?"),
            "digests", Map.of("plan", "text", "candidates", "text", "inspectors", "text", "register", "text"),
            "observers[]", Map.of("name", "text", "role", "text", "digits", "text"),
            "beacon", Map.of("value", "text", "source", "text", "reference", "text"),
            "strata[]", Map.of("index", "int", "name", "text", "size", "int", "sampleSize", "int"),
            "targets[]", Map.of("rank", "int", "id", "text", "stratum", "int", "region", "text", "ticket", "text",
                    "team", "array", "shortfall", "object?"),
            "targets[].team[]", Map.of("certificateNo", "text", "name", "text", "department", "text"),
            "targets[].shortfall", Map.of("department", "text", "eligible", "int", "needed", "int"),
            "decisions[]", Map.of("rank", "int", "id", "text", "decision", "text"));
    private static final Set<String> LIST_MEMBERS = Set.of("lines", "file", "sha256");

    /**
     * A member the protocol does not list is refused with its place, not passed over: a verdict of VALID
     * must mean that everything the file says was checked or is bound by its printed digest.
     */
    private static void onlyDocumentedMembers(JsonNode root, Path proofFile) {
        members(root, "", "", proofFile);
        for (String list : List.of("candidates", "inspectors")) {
            root.path(list).fieldNames().forEachRemaining(name -> {
                if (!LIST_MEMBERS.contains(name)) {
                    throw unknownMember(proofFile, list + "." + name);
                }
            });
        }
    }

    private static void members(JsonNode node, String kind, String path, Path proofFile) {
        Map<String, String> allowed = MEMBERS.get(kind);
        if (allowed == null) {
            return;
        }
        if (!node.isObject()) {
            throw wrongType(path, "object");
        }
        node.fields().forEachRemaining(e -> {
            if (!allowed.containsKey(e.getKey())) {
                throw unknownMember(proofFile, path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        });
        for (Map.Entry<String, String> m : new java.util.TreeMap<>(allowed).entrySet()) {
            String at = path.isEmpty() ? m.getKey() : path + "." + m.getKey();
            String type = m.getValue();
            JsonNode v = node.get(m.getKey());
            if (v == null) {
                if (!type.endsWith("?")) {
                    throw new org.sortes.i18n.ExplainedException("proof.field.missing", "field \"" + at + "\" is missing",
                            null, at);
                }
                continue;
            }
            String inner = kind.isEmpty() ? m.getKey() : kind + "." + m.getKey();
            switch (type.replace("?", "")) {
                case "text" -> {
                    if (!v.isTextual()) {
                        throw wrongType(at, "text");
                    }
                }
                case "int", "id" -> {
                    if (!v.isIntegralNumber()) {
                        throw wrongType(at, type.equals("id") ? "id" : "int");
                    }
                }
                case "bool" -> {
                    if (!v.isBoolean()) {
                        throw wrongType(at, "bool");
                    }
                }
                case "beacon" -> {
                    if (!v.isNull()) {
                        members(v, inner, at, proofFile);
                    }
                }
                case "list" -> {
                    if (!v.isObject()) {
                        throw wrongType(at, "object");
                    }
                }
                case "array" -> {
                    if (!v.isArray()) {
                        throw wrongType(at, "array");
                    }
                    for (int i = 0; i < v.size(); i++) {
                        if (MEMBERS.containsKey(inner + "[]")) {
                            members(v.get(i), inner + "[]", at + "[" + i + "]", proofFile);
                        }
                    }
                }
                default -> { // an object: the plan is read as a plan, the others member by member
                    if (!v.isObject()) {
                        throw wrongType(at, "object");
                    }
                    members(v, inner, at, proofFile);
                }
            }
        }
    }

    /** A member of another type than the protocol's table gives: the file is UNREADABLE, the member named. */
    private static org.sortes.i18n.ExplainedException wrongType(String at, String type) {
        String english = switch (type) {
            case "text" -> "a text";
            case "int" -> "a whole number";
            case "id" -> "a whole number from 1";
            case "bool" -> "true or false";
            case "array" -> "a list";
            default -> "a JSON object";
        };
        return new org.sortes.i18n.ExplainedException("proof.field.type." + type, "field \"" + at + "\" must be "
                + english, null, at);
    }

    private static UnreadableProofException unknownMember(Path proofFile, String at) {
        return new UnreadableProofException("unknownMember", proofFile.getFileName() + " holds a member the protocol"
                + " does not list: " + at, null, proofFile.getFileName(), at);
    }

    private static Proof proof(JsonNode root) {
        var plan = PlanJson.parse(need(root, "plan"), PlanJson.ItemDepartments.IN_PLAN);
        JsonNode d = need(root, "digests");
        List<Proof.Observer> observers = new ArrayList<>();
        for (JsonNode o : need(root, "observers")) {
            observers.add(new Proof.Observer(text(o, "name"), text(o, "role"), text(o, "digits")));
        }
        JsonNode beacon = root.path("beacon");
        List<Integer> sizes = new ArrayList<>();
        List<Integer> samples = new ArrayList<>();
        List<String> stratumNames = new ArrayList<>();
        int index = 0;
        for (JsonNode s : need(root, "strata")) {
            if (whole(s, "index") != index++) {
                throw new IllegalArgumentException("strata are not numbered 0, 1, 2, ... in order");
            }
            sizes.add(whole(s, "size"));
            samples.add(whole(s, "sampleSize"));
            stratumNames.add(text(s, "name"));
        }
        List<DrawResult.Target> targets = new ArrayList<>();
        for (JsonNode t : need(root, "targets")) {
            List<DrawResult.Member> team = new ArrayList<>();
            for (JsonNode m : need(t, "team")) {
                team.add(new DrawResult.Member(text(m, "certificateNo"), m.path("name").isTextual() ? m.get("name").asText()
                        : null, text(m, "department")));
            }
            JsonNode sf = t.path("shortfall");
            DrawResult.Shortfall shortfall = sf.isObject() ? new DrawResult.Shortfall(text(sf, "department"),
                    whole(sf, "eligible"), whole(sf, "needed")) : null;
            targets.add(new DrawResult.Target(whole(t, "rank"), text(t, "id"), whole(t, "stratum"),
                    t.path("region").isTextual() ? t.get("region").asText() : null, text(t, "ticket"), List.copyOf(team),
                    shortfall));
        }
        String protocol = text(root, "protocol");
        boolean v2 = Protocol.versionOf(protocol) >= 2;
        List<Proof.Decision> decisions = new ArrayList<>();
        for (JsonNode x : need(root, "decisions")) {
            if (v2) {
                decisions.add(new Proof.Decision(whole(x, "rank"), text(x, "id"), text(x, "decision")));
            }
            // protocol 1 wrote decisions as free text that nothing checked: they are not read
        }
        JsonNode session = need(root, "session");
        // bound by the printed digest, not recomputed: still only what the protocol allows
        if (!need(session, "id").isIntegralNumber() || !session.get("id").canConvertToLong()
                || session.get("id").asLong() < 1) {
            throw new org.sortes.i18n.ExplainedException("proof.field.notPositive", "field \"id\" must be a whole"
                    + " number (no fraction, no exponent) from 1 to 9223372036854775807", null, "id");
        }
        if (session.has("rehearsal") && !(session.get("rehearsal").isBoolean() && session.get("rehearsal").asBoolean())) {
            throw new org.sortes.i18n.ExplainedException("proof.field.rehearsal", "field \"rehearsal\" is true for a"
                    + " rehearsal and absent otherwise", null);
        }
        Proof.Stated stated = new Proof.Stated(root.path("seedHash").isTextual() ? root.get("seedHash").asText() : null,
                stratumNames, namedSha256(root, "candidates"), namedSha256(root, "inspectors"),
                beacon.isObject() && beacon.has("reference") ? text(beacon, "reference") : null);
        return new Proof(protocol, plan, new Protocol.Digests(text(d, "plan"), text(d, "candidates"),
                text(d, "inspectors"), v2 ? text(d, "register") : null), text(root, "commitment"), text(root, "secret"),
                observers, beacon.isObject() ? text(beacon, "value") : null,
                beacon.isObject() ? text(beacon, "source") : null, text(root, "seed"), sizes, samples, targets,
                decisions, text(session, "state"), stated);
    }

    private static JsonNode need(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new org.sortes.i18n.ExplainedException("proof.field.missing", "field \"" + field + "\" is missing", null,
                    field);
        }
        return v;
    }

    /**
     * A whole number as the protocol writes it: a JSON integer, 0 or more, never 1.0, 1e0, "1" or true
     * (which Jackson's asInt would take as 1: a VALID verdict must not pass over what the file says).
     */
    private static int whole(JsonNode node, String field) {
        JsonNode v = need(node, field);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw new org.sortes.i18n.ExplainedException("proof.field.notWhole", "field \"" + field + "\" must be a"
                    + " whole number (no fraction, no exponent) from 0 to 2147483647", null, field);
        }
        return v.asInt();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = need(node, field);
        if (!v.isTextual()) {
            throw new org.sortes.i18n.ExplainedException("proof.field.notText", "field \"" + field + "\" must be text",
                    null, field);
        }
        return v.asText();
    }
}
