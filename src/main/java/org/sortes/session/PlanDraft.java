package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.sortes.draw.DrawPlan;

/**
 * A plan as the plan editor holds it, written as the same JSON file that `plan create --file` reads
 * (departments are not in it: they come from the items). Loaded from such a file or copied from an
 * earlier session's canonical plan.
 */
public record PlanDraft(String name, LocalDate sessionDate, List<String> items, List<String> regionPrefixes,
                        List<String> subjectTypes, List<String> industries, List<String> tags,
                        List<String> registrationStatuses, int inspectedWithinDays, int drawnWithinDays,
                        List<Stratum> strata, int membersPerDepartment, boolean avoidSameRegion,
                        boolean avoidLastInspector, String beaconSource, String beaconReference) {

    /** A stratum: its rule (null = no condition) and either a ratio in basis points or a count. */
    public record Stratum(String name, Boolean seriousViolation, Boolean abnormal, Integer minComplaints,
                          String riskClass, Integer ratioBasisPoints, Integer count, String audienceName) {
    }

    /** The plan file's JSON (pretty printed, members in the documented order). */
    public String toJson() {
        ObjectMapper mapper = ProofJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", name);
        root.put("sessionDate", sessionDate == null ? "" : sessionDate.toString());
        items.forEach(root.putArray("items")::add);
        ObjectNode scope = root.putObject("scope");
        regionPrefixes.forEach(scope.putArray("regionPrefixes")::add);
        subjectTypes.forEach(scope.putArray("subjectTypes")::add);
        industries.forEach(scope.putArray("industries")::add);
        tags.forEach(scope.putArray("tags")::add);
        ObjectNode exclusions = root.putObject("exclusions");
        registrationStatuses.forEach(exclusions.putArray("registrationStatuses")::add);
        exclusions.put("inspectedWithinDays", inspectedWithinDays);
        exclusions.put("drawnWithinDays", drawnWithinDays);
        if (beaconSource != null && !beaconSource.isBlank()) {
            root.putObject("beacon").put("source", beaconSource).put("reference", beaconReference);
        }
        ArrayNode st = root.putArray("strata");
        for (Stratum s : strata) {
            ObjectNode o = st.addObject().put("name", s.name());
            ObjectNode rule = o.putObject("rule");
            if (s.seriousViolation() != null) {
                rule.put("seriousViolation", s.seriousViolation());
            }
            if (s.abnormal() != null) {
                rule.put("abnormal", s.abnormal());
            }
            if (s.minComplaints() != null) {
                rule.put("minComplaints", s.minComplaints());
            }
            if (s.riskClass() != null) {
                rule.put("riskClass", s.riskClass());
            }
            if (s.count() != null) {
                o.put("count", s.count());
            } else if (s.ratioBasisPoints() != null) {
                o.put("ratioBasisPoints", s.ratioBasisPoints());
            }
            if (s.audienceName() != null && !s.audienceName().isBlank()) {
                o.put("audienceName", s.audienceName());
            }
        }
        root.put("membersPerDepartment", membersPerDepartment);
        root.put("avoidSameRegion", avoidSameRegion);
        root.put("avoidLastInspector", avoidLastInspector);
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a plan file, or an earlier session's canonical plan (its departments are then kept as they
     * were; a new session takes them from the current item list again).
     */
    public static PlanDraft fromJson(String json) {
        DrawPlan p = PlanJson.parse(ProofJson.mapper(), json, json.contains("\"itemDepartments\"")
                ? PlanJson.ItemDepartments.IN_PLAN : items -> {
                    LinkedHashMap<String, String> any = new LinkedHashMap<>();
                    // read only, the departments are not kept: one per item keeps the team-size rule satisfiable
                    items.forEach(i -> any.put(i, i));
                    return any;
                });
        List<Stratum> strata = new ArrayList<>();
        for (DrawPlan.Stratum s : p.strata()) {
            strata.add(new Stratum(s.name(), s.rule().seriousViolation(), s.rule().abnormal(), s.rule().minComplaints(),
                    s.rule().riskClass(), s.ratioBasisPoints(), s.count(), s.audienceName()));
        }
        return new PlanDraft(p.name(), p.sessionDate(), p.items(), p.scope().regionPrefixes(), p.scope().subjectTypes(),
                p.scope().industries(), p.scope().tags(), p.exclusions().registrationStatuses(),
                p.exclusions().inspectedWithinDays(), p.exclusions().drawnWithinDays(), List.copyOf(strata),
                p.membersPerDepartment(), p.avoidSameRegion(), p.avoidLastInspector(),
                p.beacon() == null ? null : p.beacon().source(), p.beacon() == null ? null : p.beacon().reference());
    }
}
