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
    private static final Set<String> TOP = Set.of("name", "sessionDate", "items", "departments", "scope", "exclusions",
            "strata", "membersPerDepartment", "avoidSameRegion", "avoidLastInspector");

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
        return parse(mapper, json, items -> {
            throw new IllegalStateException("stored plan lacks departments");
        });
    }

    public static DrawPlan parse(ObjectMapper mapper, String json, Function<List<String>, List<String>> departmentsOfItems) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PlanException("notJson", "plan is not valid JSON: " + e.getOriginalMessage(), e.getOriginalMessage());
        }
        return parse(root, departmentsOfItems);
    }

    public static DrawPlan parse(JsonNode root, Function<List<String>, List<String>> departmentsOfItems) {
        if (root == null || !root.isObject()) {
            throw new PlanException("notObject", "plan must be a JSON object", "plan");
        }
        unknown(root, TOP, "plan");
        String name = text(root, "name", true);
        LocalDate day;
        try {
            day = LocalDate.parse(text(root, "sessionDate", true));
        } catch (DateTimeParseException e) {
            throw new PlanException("sessionDate", "sessionDate must be a date like 2026-11-26");
        }
        List<String> items = strings(root, "items");
        if (items.isEmpty()) {
            throw new PlanException("noItems", "items: name at least one spot-check item code");
        }
        List<String> departments = root.has("departments") ? strings(root, "departments") : departmentsOfItems.apply(items);
        JsonNode s = root.path("scope");
        if (!s.isMissingNode()) {
            unknown(s, Set.of("regionPrefixes", "subjectTypes", "industries", "tags"), "scope");
        }
        DrawPlan.Scope scope = new DrawPlan.Scope(strings(s, "regionPrefixes"), strings(s, "subjectTypes"),
                strings(s, "industries"), strings(s, "tags"));
        DrawPlan.Exclusions exclusions = DrawPlan.Exclusions.standard();
        JsonNode e = root.path("exclusions");
        if (!e.isMissingNode()) {
            unknown(e, Set.of("registrationStatuses", "inspectedWithinDays"), "exclusions");
            exclusions = new DrawPlan.Exclusions(e.has("registrationStatuses") ? strings(e, "registrationStatuses")
                    : DrawPlan.Exclusions.standard().registrationStatuses(), integer(e, "inspectedWithinDays", 0));
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
                unknown(st, Set.of("name", "rule", "ratioBasisPoints", "count"), where);
                JsonNode r = st.path("rule");
                if (!r.isMissingNode()) {
                    unknown(r, Set.of("seriousViolation", "abnormal", "minComplaints", "riskClass"), where + ".rule");
                }
                String risk = r.has("riskClass") ? text(r, "riskClass", true) : null;
                if (risk != null && !Set.of("A", "B", "C", "D", "NONE").contains(risk)) {
                    throw new PlanException("riskClass", where + ".rule.riskClass must be A, B, C, D or NONE", where);
                }
                Integer ratio = st.has("ratioBasisPoints") ? integer(st, "ratioBasisPoints", 0) : null;
                Integer count = st.has("count") ? integer(st, "count", 0) : null;
                try {
                    strata.add(new DrawPlan.Stratum(text(st, "name", true), new DrawPlan.StratumRule(
                            bool(r, "seriousViolation"), bool(r, "abnormal"),
                            r.has("minComplaints") ? integer(r, "minComplaints", 0) : null, risk), ratio, count));
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
        int members = integer(root, "membersPerDepartment", 2);
        boolean sameRegion = root.has("avoidSameRegion") && Boolean.TRUE.equals(bool(root, "avoidSameRegion"));
        boolean lastInspector = root.has("avoidLastInspector") && Boolean.TRUE.equals(bool(root, "avoidLastInspector"));
        try {
            return new DrawPlan(name, day, items, departments, scope, exclusions, strata, members, sameRegion,
                    lastInspector);
        } catch (DrawPlan.Invalid ex) {
            throw new PlanException(ex.code(), ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw new PlanException("invalid", ex.getMessage(), ex.getMessage());
        }
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

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new PlanException("required", field + " is required", field);
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new PlanException("text", field + " must be a non-empty text", field);
        }
        return v.asText().strip();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new PlanException("texts", field + " must be a list of texts", field);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) {
                throw new PlanException("texts", field + " must be a list of texts", field);
            }
            out.add(x.asText());
        }
        return out;
    }

    private static int integer(JsonNode node, String field, int otherwise) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw new PlanException("wholeNumber", field + " must be a whole number, 0 or more (no decimals: ratios are"
                    + " basis points)", field);
        }
        return v.asInt();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new PlanException("bool", field + " must be true or false", field);
        }
        return v.asBoolean();
    }
}
