package org.sortes.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A market subject (市场主体) from the subjects register.
 *
 * @param lastInspectors certificate numbers of the inspectors of its last check
 */
public record MarketSubject(String code, String uscc, String registrationNumber, String name, String subjectType,
                            String industry, String regionCode, String address, String legalRepresentative,
                            String registrationStatus, LocalDate establishedOn, RiskClass riskClass,
                            boolean abnormalOperations, boolean seriousViolation, int complaints,
                            LocalDate lastInspectedOn, List<String> tags, List<String> lastInspectors,
                            boolean retired) {

    public static MarketSubject from(DirectoryRecord r) {
        return new MarketSubject(r.key(), r.get("uscc"), r.get("registration_number"), r.get("name"),
                r.get("subject_type"), r.get("industry"), r.get("region_code"), r.get("address"),
                r.get("legal_representative"), r.get("registration_status"), Values.date(r.get("established_on")),
                r.get("risk_class") == null ? null : RiskClass.valueOf(r.get("risk_class")),
                "1".equals(r.get("abnormal")), "1".equals(r.get("serious_violation")),
                Values.count(r.get("complaints")), Values.date(r.get("last_inspected_on")),
                Values.list(r.get("tags")), Values.list(r.get("last_inspectors")), r.retired());
    }
}
