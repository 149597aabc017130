package org.sortes.directory;

import java.time.LocalDate;
import java.util.List;

/** A qualified law-enforcement inspector (执法检查人员). */
public record Inspector(String certificateNo, String name, String department, String workUnit, String regionCode,
                        LocalDate certificateValidUntil, List<String> specialties, boolean onDuty,
                        List<String> conflicts, boolean retired) {
    public static final String ON_DUTY = "在岗";
    public static final String OFF_DUTY = "离岗";

    public static Inspector from(DirectoryRecord r) {
        return new Inspector(r.key(), r.get("name"), r.get("department"), r.get("work_unit"), r.get("region_code"),
                Values.date(r.get("certificate_valid_until")), Values.list(r.get("specialties")),
                ON_DUTY.equals(r.get("duty_status")), Values.list(r.get("conflicts")), r.retired());
    }

    /** Whether the enforcement certificate is still valid on the given day. */
    public boolean certificateValidOn(LocalDate day) {
        return certificateValidUntil != null && !certificateValidUntil.isBefore(day);
    }
}
