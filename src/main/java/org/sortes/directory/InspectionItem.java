package org.sortes.directory;

/** A spot-check item (随机抽查事项) of the list. */
public record InspectionItem(String code, String name, String subItem, String legalBasis, String department,
                             String target, String ratio, String frequency, String method,
                             String inspectorRequirement, String remarks, boolean retired) {

    public static InspectionItem from(DirectoryRecord r) {
        return new InspectionItem(r.key(), r.get("name"), r.get("sub_item"), r.get("legal_basis"),
                r.get("department"), r.get("target"), r.get("ratio"), r.get("frequency"), r.get("method"),
                r.get("inspector_requirement"), r.get("remarks"), r.retired());
    }
}
