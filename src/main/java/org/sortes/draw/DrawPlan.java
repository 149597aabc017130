package org.sortes.draw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session draws and how: items (hence departments; several make a joint check), the scope
 * and exclusions that define the population, ordered strata with their sample sizes, the team size
 * and conflict rules. Integers only; its canonical JSON is hashed into the plan digest.
 *
 * @param membersPerDepartment inspectors each department sends to each target (team = this x departments, at least 2)
 * @param avoidSameRegion      no inspector of the target's own region
 * @param avoidLastInspector   no inspector who carried out the target's last check
 */
public record DrawPlan(String name, LocalDate sessionDate, List<String> items, List<String> departments,
                       Scope scope, Exclusions exclusions, List<Stratum> strata, int membersPerDepartment,
                       boolean avoidSameRegion, boolean avoidLastInspector, int version,
                       Map<String, String> itemDepartments, DeclaredBeacon beacon) {

    /**
     * A plan of protocol 1: no item departments, no declared beacon, no drawnWithinDays. Kept so that
     * proofs of that version still verify.
     */
    public DrawPlan(String name, LocalDate sessionDate, List<String> items, List<String> departments, Scope scope,
                    Exclusions exclusions, List<Stratum> strata, int membersPerDepartment, boolean avoidSameRegion,
                    boolean avoidLastInspector) {
        this(name, sessionDate, items, departments, scope, exclusions, strata, membersPerDepartment, avoidSameRegion,
                avoidLastInspector, 1, Map.of(), null);
    }

    /**
     * A plan of the current protocol: each item with its department (the departments are derived from
     * them) and the public beacon declared in advance, or none.
     */
    public static DrawPlan of(String name, LocalDate sessionDate, Map<String, String> itemDepartments, Scope scope,
                              Exclusions exclusions, List<Stratum> strata, int membersPerDepartment,
                              boolean avoidSameRegion, boolean avoidLastInspector, DeclaredBeacon beacon) {
        return new DrawPlan(name, sessionDate, itemDepartments.keySet().stream().sorted(CodePoints.ORDER).toList(),
                departmentsOf(itemDepartments), scope, exclusions, strata, membersPerDepartment, avoidSameRegion,
                avoidLastInspector, Protocol.CURRENT, itemDepartments, beacon);
    }

    /** The departments of the items: distinct, sorted by code points. */
    public static List<String> departmentsOf(Map<String, String> itemDepartments) {
        return itemDepartments.values().stream().distinct().sorted(CodePoints.ORDER).toList();
    }

    /**
     * The public value that will be mixed into the seed, named before the commitment: who publishes
     * it and which of its values is meant (a lottery draw number, a drand round, an index's close on a
     * given date). It must come into existence after the observers' digits are entered.
     */
    public record DeclaredBeacon(String source, String reference) {
        public DeclaredBeacon {
            if (source == null || source.isBlank() || reference == null || reference.isBlank()) {
                throw new Invalid("beacon", "beacon", "name both the source and the value that will be used");
            }
        }
    }

    /** The protocol string of this plan's version. */
    public String protocol() {
        return Protocol.name(version);
    }

    /** Which subjects are in the population at all; an empty list means no condition. */
    public record Scope(List<String> regionPrefixes, List<String> subjectTypes, List<String> industries,
                        List<String> tags) {
        public static Scope any() {
            return new Scope(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Who is left out although in scope. Retired subjects are always left out. */
    public record Exclusions(List<String> registrationStatuses, int inspectedWithinDays, int drawnWithinDays) {
        public Exclusions(List<String> registrationStatuses, int inspectedWithinDays) {
            this(registrationStatuses, inspectedWithinDays, 0);
        }

        public Exclusions {
            registrationStatuses = List.copyOf(registrationStatuses);
            if (inspectedWithinDays < 0 || drawnWithinDays < 0) {
                throw new Invalid("days", "exclusions", "a number of days must be 0 or more");
            }
        }

        public static Exclusions standard() {
            return new Exclusions(List.of("注销", "吊销", "迁出"), 0, 0);
        }
    }

    /**
     * A stratum: subjects matching its rule (and no earlier stratum's) and how many of them to draw,
     * either a ratio in basis points (rounded up) or a fixed count (capped at the stratum's size).
     */
    public record Stratum(String name, StratumRule rule, Integer ratioBasisPoints, Integer count, String audienceName) {
        /** A stratum the audience display shows by its name. */
        public Stratum(String name, StratumRule rule, Integer ratioBasisPoints, Integer count) {
            this(name, rule, ratioBasisPoints, count, null);
        }

        /** What the hall is shown: the audience name when the plan gives one (risk classes kept internal). */
        public String shownName() {
            return audienceName == null ? name : audienceName;
        }

        public Stratum {
            if ((ratioBasisPoints == null) == (count == null)) {
                throw new Invalid("ratioOrCount", "stratum " + name, "give either ratioBasisPoints or count");
            }
            if (ratioBasisPoints != null && (ratioBasisPoints < 0 || ratioBasisPoints > 10_000)) {
                throw new Invalid("ratioRange", "stratum " + name, "ratioBasisPoints must be 0..10000");
            }
            if (count != null && count < 0) {
                throw new IllegalArgumentException("stratum " + name + ": count must not be negative");
            }
        }

        /** Sample size for a stratum of n subjects: ceil(n * bp / 10000), or min(count, n). */
        public int sampleSize(int n) {
            if (count != null) {
                return count < n ? count : n;
            }
            return (int) (((long) n * ratioBasisPoints + 9_999) / 10_000);
        }
    }

    /**
     * Conditions a subject must all meet to fall in a stratum; null means no condition.
     * riskClass "NONE" matches subjects without a risk class.
     */
    public record StratumRule(Boolean seriousViolation, Boolean abnormal, Integer minComplaints, String riskClass) {
        public static StratumRule any() {
            return new StratumRule(null, null, null, null);
        }
    }

    /** Each stratum's sample size, given the stratum sizes in plan order. */
    public List<Integer> sampleSizes(List<Integer> stratumSizes) {
        List<Integer> samples = new ArrayList<>();
        for (int s = 0; s < stratumSizes.size(); s++) {
            samples.add(strata.get(s).sampleSize(stratumSizes.get(s)));
        }
        return List.copyOf(samples);
    }

    /** The default strata: serious violations, abnormal list, many complaints, then D, C, B, A, others. */
    public static List<Stratum> defaultStrata() {
        return List.of(
                new Stratum("严重违法失信", new StratumRule(true, null, null, null), 5_000, null),
                new Stratum("经营异常名录", new StratumRule(null, true, null, null), 2_000, null),
                new Stratum("投诉举报较多", new StratumRule(null, null, 3, null), 1_500, null),
                new Stratum("D类", new StratumRule(null, null, null, "D"), 1_000, null),
                new Stratum("C类", new StratumRule(null, null, null, "C"), 500, null),
                new Stratum("B类", new StratumRule(null, null, null, "B"), 300, null),
                new Stratum("A类", new StratumRule(null, null, null, "A"), 100, null),
                new Stratum("未分类", StratumRule.any(), 300, null));
    }

    /**
     * A plan rule broken: a code for the caller to name the rule in its own terms (a field path, the
     * user's language), the place it concerns and what is wrong.
     */
    public static final class Invalid extends IllegalArgumentException {
        private final String code;
        private final String detail;

        Invalid(String code, String where, String detail) {
            super(where == null ? detail : where + ": " + detail);
            this.code = code;
            this.detail = detail;
        }

        public String code() {
            return code;
        }

        /** What is wrong, without the place. */
        public String detail() {
            return detail;
        }
    }

    public DrawPlan {
        if (departments.isEmpty()) {
            throw new Invalid("noDepartment", null, "a plan needs at least one item with a department");
        }
        if (membersPerDepartment < 1 || membersPerDepartment * departments.size() < 2) {
            throw new Invalid("teamSize", "membersPerDepartment", "a team needs at least two inspectors");
        }
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one stratum");
        }
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("unknown plan version " + version);
        }
        if (version == 1 && (beacon != null || !itemDepartments.isEmpty() || exclusions.drawnWithinDays() != 0)) {
            throw new IllegalArgumentException("a protocol 1 plan has no beacon, item departments or drawnWithinDays");
        }
        items = List.copyOf(items);
        departments = departments.stream().sorted(CodePoints.ORDER).toList();
        strata = List.copyOf(strata);
        java.util.TreeMap<String, String> byCode = new java.util.TreeMap<>(CodePoints.ORDER);
        byCode.putAll(itemDepartments);
        itemDepartments = java.util.Collections.unmodifiableMap(byCode);
    }

    /**
     * Protocol 2: every item has a department, and the departments are exactly theirs. A plan read
     * from a proof is checked with this; one built by {@link #of} always holds.
     */
    public boolean departmentsMatchItems() {
        return version == 1 || (new java.util.HashSet<>(items).equals(itemDepartments.keySet())
                && items.size() == itemDepartments.size() && departments.equals(departmentsOf(itemDepartments)));
    }

    /** The plan as canonical JSON values (see docs/protocol.md, "Plan digest"). */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("sessionDate", sessionDate.toString());
        m.put("items", items);
        m.put("departments", departments);
        if (version >= 2) {
            m.put("itemDepartments", new LinkedHashMap<>(itemDepartments));
            if (beacon == null) {
                m.put("beacon", null);
            } else {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("source", beacon.source());
                b.put("reference", beacon.reference());
                m.put("beacon", b);
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("regionPrefixes", scope.regionPrefixes());
        s.put("subjectTypes", scope.subjectTypes());
        s.put("industries", scope.industries());
        s.put("tags", scope.tags());
        m.put("scope", s);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("registrationStatuses", exclusions.registrationStatuses());
        e.put("inspectedWithinDays", exclusions.inspectedWithinDays());
        if (version >= 2) {
            e.put("drawnWithinDays", exclusions.drawnWithinDays());
        }
        m.put("exclusions", e);
        List<Object> st = new ArrayList<>();
        for (Stratum x : strata) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", x.name());
            Map<String, Object> rule = new LinkedHashMap<>();
            putIf(rule, "seriousViolation", x.rule().seriousViolation());
            putIf(rule, "abnormal", x.rule().abnormal());
            putIf(rule, "minComplaints", x.rule().minComplaints());
            putIf(rule, "riskClass", x.rule().riskClass());
            sm.put("rule", rule);
            putIf(sm, "ratioBasisPoints", x.ratioBasisPoints());
            putIf(sm, "count", x.count());
            putIf(sm, "audienceName", x.audienceName());
            st.add(sm);
        }
        m.put("strata", st);
        m.put("membersPerDepartment", membersPerDepartment);
        m.put("avoidSameRegion", avoidSameRegion);
        m.put("avoidLastInspector", avoidLastInspector);
        return m;
    }

    private static void putIf(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    public String canonicalJson() {
        return CanonicalJson.write(canonical());
    }

    public String digest() {
        return Sha256.hex(canonicalJson());
    }
}
