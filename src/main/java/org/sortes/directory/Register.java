package org.sortes.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registers of "一单两库" plus departments: what columns each has and which identifies a record.
 * Import, storage and the register views are all driven by these descriptions.
 */
public enum Register {
    SUBJECTS("subjects", "市场主体名录库", "Market subjects", List.of(
            Field.of("uscc", "统一社会信用代码", "USCC", FieldType.USCC).alias("社会信用代码", "信用代码", "unified social credit code"),
            Field.of("registration_number", "注册号", "Registration number", FieldType.REGISTRATION_NUMBER).alias("工商注册号", "registration no"),
            Field.of("name", "名称", "Name", FieldType.TEXT).asRequired().alias("企业名称", "市场主体名称", "主体名称"),
            Field.of("subject_type", "市场主体类型", "Subject type", FieldType.TEXT).asFilterable().alias("主体类型", "企业类型", "类型", "type"),
            Field.of("industry", "行业", "Industry", FieldType.TEXT).asFilterable().alias("所属行业", "行业门类"),
            Field.of("region_code", "行政区划代码", "Region code", FieldType.REGION).asRequired().asFilterable().alias("区划代码", "region"),
            Field.of("address", "住所", "Address", FieldType.TEXT).alias("地址", "经营场所", "住所（经营场所）"),
            Field.of("legal_representative", "法定代表人", "Legal representative", FieldType.TEXT).alias("负责人", "经营者", "法定代表人（负责人）"),
            Field.of("registration_status", "登记状态", "Registration status", FieldType.TEXT).asFilterable().alias("状态", "status"),
            Field.of("established_on", "成立日期", "Established on", FieldType.DATE).alias("established", "date established"),
            Field.of("risk_class", "信用风险等级", "Risk class", FieldType.RISK_CLASS).asFilterable().alias("风险等级", "信用风险分类", "信用风险类别"),
            Field.of("abnormal", "经营异常名录", "Abnormal operations list", FieldType.FLAG).asFilterable().alias("列入经营异常名录", "经营异常", "abnormal operations"),
            Field.of("serious_violation", "严重违法失信名单", "Serious violation list", FieldType.FLAG).asFilterable().alias("严重违法失信", "serious violations"),
            Field.of("complaints", "投诉举报次数", "Complaints", FieldType.COUNT).alias("投诉举报", "投诉次数", "complaint count"),
            Field.of("last_inspected_on", "上次检查日期", "Last inspected on", FieldType.DATE).alias("最近检查日期", "last inspected"),
            Field.of("tags", "专项库", "Special libraries", FieldType.LIST).alias("标签", "tags"),
            Field.of("last_inspectors", "上次检查人员", "Last inspectors", FieldType.LIST)
                    .alias("上次检查人员执法证号", "last inspectors"))),

    INSPECTORS("inspectors", "执法检查人员名录库", "Inspectors", List.of(
            Field.of("certificate_no", "执法证号", "Certificate number", FieldType.TEXT).asRequired().alias("执法证件号", "执法证件号码", "证号", "certificate no"),
            Field.of("name", "姓名", "Name", FieldType.TEXT).asRequired(),
            Field.of("department", "所属部门", "Department", FieldType.DEPARTMENT).asRequired().asFilterable().alias("部门"),
            Field.of("work_unit", "工作单位", "Work unit", FieldType.TEXT).alias("单位"),
            Field.of("region_code", "行政区划代码", "Region code", FieldType.REGION).asFilterable().alias("区划代码", "region"),
            Field.of("certificate_valid_until", "执法证有效期至", "Certificate valid until", FieldType.DATE).asRequired().alias("有效期至", "证件有效期", "valid until"),
            Field.of("specialties", "专业领域", "Specialties", FieldType.LIST).alias("专业", "专长"),
            Field.of("duty_status", "状态", "Status", FieldType.DUTY_STATUS).asRequired().asFilterable().alias("在岗状态", "人员状态"),
            Field.of("conflicts", "回避对象", "Conflicts of interest", FieldType.CODE_LIST).alias("利害关系回避", "回避", "conflicts"))),

    ITEMS("items", "随机抽查事项清单", "Spot-check items", List.of(
            Field.of("item_code", "编号", "Item code", FieldType.TEXT).asRequired().alias("事项编号", "code"),
            Field.of("name", "事项名称", "Item name", FieldType.TEXT).asRequired().alias("抽查事项", "抽查事项名称", "name"),
            Field.of("sub_item", "子项", "Sub-item", FieldType.TEXT).alias("抽查子项", "事项子项"),
            Field.of("legal_basis", "抽查依据", "Legal basis", FieldType.TEXT).asRequired().alias("依据", "检查依据"),
            Field.of("department", "抽查主体", "Department", FieldType.DEPARTMENT).asRequired().asFilterable().alias("实施主体", "部门", "检查主体"),
            Field.of("target", "抽查对象", "Targets", FieldType.TEXT).alias("对象", "检查对象"),
            Field.of("ratio", "抽查比例", "Ratio", FieldType.TEXT).alias("比例"),
            Field.of("frequency", "抽查频次", "Frequency", FieldType.TEXT).alias("频次"),
            Field.of("method", "抽查方式", "Method", FieldType.TEXT).alias("方式", "检查方式"),
            Field.of("inspector_requirement", "检查人员要求", "Inspector requirement", FieldType.TEXT).alias("人员要求"),
            Field.of("remarks", "备注", "Remarks", FieldType.TEXT))),

    DEPARTMENTS("departments", "部门", "Departments", List.of(
            Field.of("name", "部门名称", "Department name", FieldType.TEXT).asRequired().alias("部门", "名称", "name"),
            Field.of("short_name", "简称", "Short name", FieldType.TEXT),
            Field.of("region_code", "行政区划代码", "Region code", FieldType.REGION).alias("区划代码"),
            Field.of("remarks", "备注", "Remarks", FieldType.TEXT),
            Field.of("contact", "联系人", "Contact", FieldType.TEXT).alias("联系部门", "联系科室"),
            Field.of("phone", "联系电话", "Office phone", FieldType.TEXT).alias("办公电话", "电话"),
            Field.of("address", "办公地址", "Office address", FieldType.TEXT).alias("地址", "通讯地址")));

    private final String table;
    private final String chinese;
    private final String english;
    private final List<Field> fields;

    Register(String table, String chinese, String english, List<Field> fields) {
        this.table = table;
        this.chinese = chinese;
        this.english = english;
        this.fields = fields;
    }

    public String table() {
        return table;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public List<Field> fields() {
        return fields;
    }

    public int indexOf(String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no field " + key);
    }

    public Field field(String key) {
        return fields.get(indexOf(key));
    }

    /**
     * The identifying value of a record given its field values in register order. Subjects are keyed
     * by USCC, or by registration number where they have none.
     */
    public String keyOf(String[] values) {
        return switch (this) {
            case SUBJECTS -> values[0] != null ? values[0] : values[1];
            default -> values[0];
        };
    }

    /** The index of the field naming a department, -1 when the register has none. */
    public int departmentField() {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() == FieldType.DEPARTMENT) {
                return i;
            }
        }
        return -1;
    }

    /** Name as typed on the command line: subjects, inspectors, items, departments. */
    public static Optional<Register> byTable(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Register r : values()) {
            if (r.table.equals(wanted)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
