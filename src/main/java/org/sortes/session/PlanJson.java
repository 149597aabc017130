package org.sortes.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sortes.draw.DrawPlan;

/**
 * Reads a plan from JSON: the file an officer writes (departments come from the items) or the
 * canonical form stored and put in proofs (departments included). Every mistake names the field.
 */
public final class PlanJson {
    private static final Set<String> TOP = Set.of("name", "sessionDate", "items", "departments", "itemDepartments",
            "beacon", "scope", "exclusions", "strata", "membersPerDepartment", "avoidSameRegion", "avoidLastInspector");

    /** Where a plan comes from decides how its departments are found. */
    public interface ItemDepartments extends Function<List<String>, java.util.Map<String, String>> {
        /** A stored or proof plan: its departments are in it (protocol 2) or it is of protocol 1. */
        ItemDepartments IN_PLAN = items -> null;
    }

    private PlanJson() {
    }

    /**
     * A plan in JSON could not be read; the message names the field. The code and values let a
     * caller say the same in the user's language (message key "plan." + code).
     */
    public static class PlanException extends org.sortes.i18n.ExplainedException {
        private final String code;

        public PlanException(String code, String message, Object... args) {
            super("plan." + code, message, null, args);
            this.code = code;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return messageArgs();
        }
    }

    /** A plan as stored with its session: its departments are in it already. */
    static DrawPlan stored(ObjectMapper mapper, String json) {
        return parse(mapper, json, ItemDepartments.IN_PLAN);
    }

    /**
     * @param register for a plan file an officer wrote: each item's department from the register
     *                 (a department named in the file must agree with it); {@link ItemDepartments#IN_PLAN}
     *                 for a canonical plan (stored, or from a proof)
     */
    public static DrawPlan parse(ObjectMapper mapper, String json, ItemDepartments register) {
        JsonNode root;
        try {
            root = StrictJson.read(mapper, json);
        } catch (StrictJson.Problem e) {
            throw switch (e.kind) {
                case TOO_DEEP -> new PlanException("tooDeep", "the plan nests too deeply or holds a value too long to read:"
                        + " not a plan");
                case DUPLICATE -> new PlanException("duplicate", "the plan names \"" + e.member + "\" twice in one object,"
                        + " near line " + e.line + ", column " + e.column + ": which one is meant?", e.member, e.line, e.column);
                case TRAILING -> new PlanException("trailing", "the plan file holds more than one JSON value: something"
                        + " follows the plan near line " + e.line + ", column " + e.column, e.line, e.column);
                case LONE_SURROGATE -> new PlanException("surrogate", "the text of " + e.member + " holds half of a"
                        + " surrogate pair (an escape such as \\ud800 alone): not Unicode text", e.member);
                // the plan's text comes without its byte-order mark (readFile); a syntax error otherwise
                case BOM, SYNTAX -> new PlanException("notJson", "the plan is not valid JSON: a syntax error near line "
                        + e.line + ", column " + e.column + " (a missing quote, comma or bracket)", e.line, e.column);
            };
        }
        return parse(root, register);
    }

    /** The most characters of a plan's name: printed at the head of every document and on the display. */
    public static final int MAX_NAME = 100;
    /** Of a stratum's name and its audience name: a column of the documents' tables, a card on the display. */
    public static final int MAX_STRATUM_NAME = 30;
    /** Of the beacon's source and reference. */
    public static final int MAX_BEACON_TEXT = 200;
    /** Of one value in the scope's and the exclusions' lists. */
    public static final int MAX_LIST_VALUE = 100;

    /**
     * A plan for a new session, from a file or the plan editor: read as {@link #parse}, then held to
     * what the documents and the display can print (a name of ten thousand characters made a notice
     * that could not be written), and to strata that can be told apart by name. Stored and proof plans
     * are read without these limits: the protocol sets none, and a session made before them stays
     * readable.
     */
    public static DrawPlan forNewSession(ObjectMapper mapper, String json, ItemDepartments register) {
        DrawPlan plan = parse(mapper, json, register);
        atMost("name", plan.name(), MAX_NAME);
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        java.util.Map<String, Integer> shown = new java.util.HashMap<>();
        for (int i = 1; i <= plan.strata().size(); i++) {
            DrawPlan.Stratum st = plan.strata().get(i - 1);
            String where = "strata[" + i + "]";
            atMost(where + ".name", st.name(), MAX_STRATUM_NAME);
            atMost(where + ".audienceName", st.audienceName(), MAX_STRATUM_NAME);
            Integer earlier = named.putIfAbsent(st.name(), i);
            if (earlier != null) {
                throw new PlanException("stratumTwice", twice(where, "strata[" + earlier + "]", st.name()), where,
                        "strata[" + earlier + "]", st.name());
            }
            if (st.audienceName() != null) {
                earlier = shown.putIfAbsent(st.audienceName(), i);
                if (earlier != null) {
                    throw new PlanException("stratumTwice", twice(where + ".audienceName",
                            "strata[" + earlier + "].audienceName", st.audienceName()), where + ".audienceName",
                            "strata[" + earlier + "].audienceName", st.audienceName());
                }
            }
        }
        if (plan.beacon() != null) {
            atMost("beacon.source", plan.beacon().source(), MAX_BEACON_TEXT);
            atMost("beacon.reference", plan.beacon().reference(), MAX_BEACON_TEXT);
        }
        eachAtMost("scope.regionPrefixes", plan.scope().regionPrefixes());
        eachAtMost("scope.subjectTypes", plan.scope().subjectTypes());
        eachAtMost("scope.industries", plan.scope().industries());
        eachAtMost("scope.tags", plan.scope().tags());
        eachAtMost("exclusions.registrationStatuses", plan.exclusions().registrationStatuses());
        return plan;
    }

    private static String twice(String place, String earlier, String name) {
        return place + " has the same name as " + earlier + " (\"" + name + "\"): strata must have different names, by"
                + " which the audience and the documents tell them apart";
    }

    private static void atMost(String place, String value, int most) {
        if (value != null && value.codePointCount(0, value.length()) > most) {
            throw new PlanException("tooLong", place + " is longer than the limit of " + most + " characters (names"
                    + " are printed in the titles and tables of the documents, and shown on the display)", place, most);
        }
    }

    private static void eachAtMost(String place, List<String> values) {
        for (String v : values) {
            atMost(place, v, MAX_LIST_VALUE);
        }
    }

    /** Largest plan file read: a plan is a few kilobytes; anything near this is not one. */
    static final long MAX_FILE = 1_000_000;

    /**
     * A plan file's text, as the CLI and the console read it: a file too large to be a plan, not a
     * plain file, or not UTF-8, is refused in words.
     */
    public static String readFile(java.nio.file.Path file) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new Refusal("plan.notFile", file);
        }
        if (java.nio.file.Files.size(file) > MAX_FILE) {
            throw new Refusal("plan.tooLarge", file.getFileName());
        }
        try {
            String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Notepad's byte order mark
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Refusal("plan.notUtf8", file.getFileName());
        }
    }

    public static DrawPlan parse(JsonNode root, ItemDepartments register) {
        if (root == null || !root.isObject()) {
            throw new PlanException("rootNotObject", "a plan file must hold one JSON object, not an array, a number or a text");
        }
        unknown(root, TOP, "plan");
        String name = text(root, "", "name", true);
        LocalDate day;
        try {
            day = LocalDate.parse(text(root, "", "sessionDate", true));
        } catch (DateTimeParseException e) {
            throw new PlanException("sessionDate", "sessionDate must be a date like 2026-11-26");
        }
        List<String> items = strings(root, "", "items");
        if (items.isEmpty()) {
            throw new PlanException("noItems", "items: name at least one spot-check item code");
        }
        java.util.Map<String, String> fromRegister = register.apply(items);
        java.util.Map<String, String> itemDepartments = root.has("itemDepartments") ? stringMap(root, "itemDepartments")
                : fromRegister;
        if (fromRegister != null && !fromRegister.equals(itemDepartments)) {
            throw new PlanException("itemDepartments", "itemDepartments: the spot-check item list gives " + fromRegister,
                    fromRegister);
        }
        if (itemDepartments == null && !root.has("departments")) {
            throw new PlanException("required", "departments is required", "departments");
        }
        List<String> departments = root.has("departments") ? strings(root, "", "departments")
                : DrawPlan.departmentsOf(itemDepartments);
        if (fromRegister != null && !departments.stream().sorted(org.sortes.draw.CodePoints.ORDER).toList()
                .equals(DrawPlan.departmentsOf(itemDepartments))) {
            throw new PlanException("itemDepartments", "departments: the items give "
                    + DrawPlan.departmentsOf(itemDepartments), DrawPlan.departmentsOf(itemDepartments));
        }
        int version = itemDepartments == null ? 1 : 2;
        if (fromRegister != null) {
            items = itemDepartments.keySet().stream().sorted(org.sortes.draw.CodePoints.ORDER).toList();
        }
        DrawPlan.DeclaredBeacon beacon = beacon(root.get("beacon"));
        JsonNode s = root.path("scope");
        if (!s.isMissingNode()) {
            unknown(s, Set.of("regionPrefixes", "subjectTypes", "industries", "tags"), "scope");
        }
        DrawPlan.Scope scope = new DrawPlan.Scope(strings(s, "scope", "regionPrefixes"), strings(s, "scope", "subjectTypes"),
                strings(s, "scope", "industries"), strings(s, "scope", "tags"));
        DrawPlan.Exclusions exclusions = DrawPlan.Exclusions.standard();
        JsonNode e = root.path("exclusions");
        if (!e.isMissingNode()) {
            unknown(e, Set.of("registrationStatuses", "inspectedWithinDays", "drawnWithinDays"), "exclusions");
            exclusions = new DrawPlan.Exclusions(e.has("registrationStatuses")
                    ? strings(e, "exclusions", "registrationStatuses") : DrawPlan.Exclusions.standard().registrationStatuses(),
                    integer(e, "exclusions", "inspectedWithinDays", 0), integer(e, "exclusions", "drawnWithinDays", 0));
        }
        List<DrawPlan.Stratum> strata = DrawPlan.defaultStrata();
        if (root.has("strata")) {
            strata = new ArrayList<>();
            JsonNode list = root.get("strata");
            if (!list.isArray() || list.isEmpty()) {
                throw new PlanException("strataList", "strata must be a non-empty list");
            }
            int i = 0;
            for (JsonNode st : list) {
                i++;
                String where = "strata[" + i + "]";
                unknown(st, Set.of("name", "rule", "ratioBasisPoints", "count", "audienceName"), where);
                JsonNode r = st.path("rule");
                if (!r.isMissingNode()) {
                    unknown(r, Set.of("seriousViolation", "abnormal", "minComplaints", "riskClass"), where + ".rule");
                }
                String risk = r.has("riskClass") ? text(r, where + ".rule", "riskClass", true) : null;
                if (risk != null && !Set.of("A", "B", "C", "D", "NONE").contains(risk)) {
                    throw new PlanException("riskClass", where + ".rule.riskClass must be A, B, C, D or NONE", where);
                }
                Integer ratio = st.has("ratioBasisPoints") ? integer(st, where, "ratioBasisPoints", 0) : null;
                Integer count = st.has("count") ? integer(st, where, "count", 0) : null;
                String rule = where + ".rule";
                try {
                    strata.add(new DrawPlan.Stratum(text(st, where, "name", true), new DrawPlan.StratumRule(
                            bool(r, rule, "seriousViolation"), bool(r, rule, "abnormal"),
                            r.has("minComplaints") ? integer(r, rule, "minComplaints", 0) : null, risk), ratio, count,
                            text(st, where, "audienceName", false)));
                } catch (PlanException ex) {
                    throw ex;
                } catch (DrawPlan.Invalid ex) {
                    // the plan's own rule, said with this file's field path
                    throw new PlanException(ex.code(), where + ": " + ex.detail(), where);
                } catch (IllegalArgumentException ex) {
                    throw new PlanException("invalid", where + ": " + ex.getMessage(), where + ": " + ex.getMessage());
                }
            }
        }
        int members = integer(root, "", "membersPerDepartment", 2);
        boolean sameRegion = root.has("avoidSameRegion") && Boolean.TRUE.equals(bool(root, "", "avoidSameRegion"));
        boolean lastInspector = root.has("avoidLastInspector")
                && Boolean.TRUE.equals(bool(root, "", "avoidLastInspector"));
        try {
            if (version == 1) {
                if (beacon != null || exclusions.drawnWithinDays() != 0) {
                    throw new PlanException("version1", "a plan without itemDepartments is of protocol 1, which has"
                            + " no beacon declaration and no drawnWithinDays");
                }
                return new DrawPlan(name, day, items, departments, scope, exclusions, strata, members, sameRegion,
                        lastInspector);
            }
            return new DrawPlan(name, day, items, departments, scope, exclusions, strata, members, sameRegion,
                    lastInspector, 2, itemDepartments, beacon);
        } catch (DrawPlan.Invalid ex) {
            throw new PlanException(ex.code(), ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw new PlanException("invalid", ex.getMessage(), ex.getMessage());
        }
    }

    /**
     * A proof's plan (protocol 2) is the canonical plan exactly as section 2 gives it, and is hashed as
     * it is written: so every member is there (a stratum's unused ratio or count, its audience name and
     * the rule's members excepted), none is null but the beacon, no text has white space at either end
     * (the completion strips them), and items are in text order without repeats. The completion's
     * defaults and stripping are for plan files: read into a proof's plan they would let a verdict pass
     * over what the file says ("avoidSameRegion": null read as false).
     */
    public static void canonicalShape(JsonNode plan) {
        if (plan == null || !plan.isObject()) {
            throw new PlanException("notObject", "plan must be a JSON object", "plan");
        }
        present(plan, "", TOP);
        present(plan.get("scope"), "scope", Set.of("regionPrefixes", "subjectTypes", "industries", "tags"));
        present(plan.get("exclusions"), "exclusions", Set.of("registrationStatuses", "inspectedWithinDays",
                "drawnWithinDays"));
        if (!plan.get("beacon").isNull()) {
            present(plan.get("beacon"), "beacon", Set.of("source", "reference"));
        }
        JsonNode strata = plan.get("strata");
        for (int i = 0; strata.isArray() && i < strata.size(); i++) {
            present(strata.get(i), "strata[" + (i + 1) + "]", Set.of("name", "rule"));
        }
        noNullNorPadding(plan, "");
        List<String> items = strings(plan, "", "items");
        for (int i = 1; i < items.size(); i++) {
            if (org.sortes.draw.CodePoints.ORDER.compare(items.get(i - 1), items.get(i)) >= 0) {
                throw new PlanException("itemsOrder", "items must be in text order without repeats: \"" + items.get(i)
                        + "\" comes after \"" + items.get(i - 1) + "\"", items.get(i), items.get(i - 1));
            }
        }
    }

    private static void present(JsonNode node, String where, Set<String> members) {
        String place = where.isEmpty() ? "plan" : where;
        if (node == null || !node.isObject()) {
            throw new PlanException("notObject", place + " must be a JSON object", place);
        }
        for (String m : members.stream().sorted().toList()) {
            if (!node.has(m)) {
                throw new PlanException("required", at(where, m) + " is required", at(where, m));
            }
        }
    }

    private static void noNullNorPadding(JsonNode node, String where) {
        if (node.isObject()) {
            for (Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> m = it.next();
                String place = at(where, m.getKey());
                if (where.equals("itemDepartments")) { // its member names are item codes: texts of the plan too
                    noNullNorPadding(com.fasterxml.jackson.databind.node.TextNode.valueOf(m.getKey()), place);
                }
                if (m.getValue().isNull() && !place.equals("beacon")) {
                    throw new PlanException("nullMember", place + " is null: a canonical plan gives every member a value"
                            + " (only beacon may be null)", place);
                }
                noNullNorPadding(m.getValue(), place);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    throw new PlanException("nullMember", where + "[" + i + "] is null: a canonical plan gives every"
                            + " member a value (only beacon may be null)", where + "[" + i + "]");
                }
                noNullNorPadding(node.get(i), where + "[" + i + "]");
            }
        } else if (node.isTextual()) {
            if (!node.textValue().equals(node.textValue().strip())) {
                throw new PlanException("padded", where + " begins or ends with white space, which a canonical plan's"
                        + " texts never do", where);
            }
            noControl(where, node.textValue());
        }
    }

    /** The declared beacon: absent or null for none, else its source and which value will be used. */
    private static DrawPlan.DeclaredBeacon beacon(JsonNode b) {
        if (b == null || b.isNull()) {
            return null;
        }
        unknown(b, Set.of("source", "reference"), "beacon");
        return new DrawPlan.DeclaredBeacon(text(b, "beacon", "source", true), text(b, "beacon", "reference", true));
    }

    private static java.util.Map<String, String> stringMap(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isObject()) {
            throw new PlanException("notObject", field + " must be a JSON object", field);
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new PlanException("texts", field + "." + e.getKey() + " must be a text", field);
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static void unknown(JsonNode node, Set<String> known, String where) {
        if (!node.isObject()) {
            throw new PlanException("notObject", where + " must be a JSON object", where);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                String list = String.join(", ", known.stream().sorted().toList());
                throw new PlanException("unknownField", where + ": unknown field \"" + f + "\" (known: " + list + ")",
                        where, f, list);
            }
        }
    }

    /** A member's place in the file, as messages name it: "strata[2].count". */
    private static String at(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    private static String text(JsonNode node, String where, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new PlanException("required", at(where, field) + " is required", at(where, field));
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new PlanException("text", at(where, field) + " must be a non-empty text", at(where, field));
        }
        noControl(at(where, field), v.asText());
        return v.asText().strip();
    }

    /** A plan's texts reach the canonical plan, the documents and the terminal: no control characters. */
    private static void noControl(String field, String value) {
        if (org.sortes.directory.FieldParser.hasControlCharacter(value)) {
            throw new PlanException("controlChar", field + " holds a control character (tab, line break, escape…)",
                    field);
        }
    }

    private static List<String> strings(JsonNode node, String where, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new PlanException("texts", at(where, field) + " must be a list of texts", at(where, field));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) {
                throw new PlanException("texts", at(where, field) + " must be a list of texts", at(where, field));
            }
            noControl(at(where, field), x.asText());
            out.add(x.asText());
        }
        return out;
    }

    private static int integer(JsonNode node, String where, String field, int otherwise) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            // a ratio with decimals is the likely mistake there: say in what unit it is written
            throw field.equals("ratioBasisPoints")
                    ? new PlanException("basisPoints", at(where, field) + " must be a whole number from 0 to 10000"
                            + " (a ratio in basis points: 5 % is 500)", at(where, field))
                    : new PlanException("wholeNumber", at(where, field) + " must be a whole number from 0 to 2147483647",
                            at(where, field));
        }
        return v.asInt();
    }

    private static Boolean bool(JsonNode node, String where, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new PlanException("bool", at(where, field) + " must be true or false", at(where, field));
        }
        return v.asBoolean();
    }
}
