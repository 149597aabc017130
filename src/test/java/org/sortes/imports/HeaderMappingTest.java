package org.sortes.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;

class HeaderMappingTest {

    @Test
    void of_chineseAndEnglishNamesInAnyOrder_mapped() {
        HeaderMapping m = HeaderMapping.of(Register.SUBJECTS,
                List.of("Region code", "名称", "USCC", "信用风险等级 *", "ＡＢＮＯＲＭＡＬ OPERATIONS"), "f.csv");
        assertTrue(m.usable());
        assertEquals(2, m.columnOf(Register.SUBJECTS.indexOf("uscc")));
        assertEquals(1, m.columnOf(Register.SUBJECTS.indexOf("name")));
        assertEquals(0, m.columnOf(Register.SUBJECTS.indexOf("region_code")));
        assertEquals(3, m.columnOf(Register.SUBJECTS.indexOf("risk_class")));
        assertEquals(4, m.columnOf(Register.SUBJECTS.indexOf("abnormal")));
        assertEquals(-1, m.columnOf(Register.SUBJECTS.indexOf("address")));
    }

    @Test
    void of_unknownColumn_warningNamingIt() {
        HeaderMapping m = HeaderMapping.of(Register.SUBJECTS, List.of("统一社会信用代码", "名称", "行政区划代码", "联系电话"), "f.csv");
        assertTrue(m.usable());
        Problem p = m.problems().get(0);
        assertEquals("unknown_column", p.code());
        assertEquals("联系电话", p.column());
        assertFalse(p.isError());
    }

    @Test
    void of_missingRequired_errorNamingEveryMissingColumn() {
        HeaderMapping m = HeaderMapping.of(Register.INSPECTORS, List.of("姓名", "备注"), "staff.csv");
        assertFalse(m.usable());
        Problem p = m.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("missing_columns", p.code());
        for (String name : List.of("执法证号", "所属部门", "执法证有效期至", "状态")) {
            assertTrue(p.detail().contains(name), p.detail());
        }
        // said in Chinese with no English word, as the console shows it
        assertEquals("staff.csv：缺少必需的列：执法证号、所属部门、执法证有效期至、状态",
                ProblemWords.sentence(p, new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE)));
    }

    @Test
    void aProblemOfARowWithoutAColumn_namesTheRowOnly() {
        Problem p = new Problem(Problem.Severity.ERROR, "csv_record_too_long", "wide.csv", 1, "", "", "");
        assertTrue(ProblemWords.sentence(p, new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE))
                .startsWith("wide.csv 第 1 行：从此行开始"), ProblemWords.sentence(p, new org.sortes.i18n.I18n(
                        org.sortes.i18n.I18n.CHINESE)));
        Problem named = new Problem(Problem.Severity.ERROR, "required_empty", "s.csv", 3, "名称", "", "");
        assertEquals("s.csv 第 3 行“名称”列：必填项为空",
                ProblemWords.sentence(named, new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE)));
    }

    @Test
    void of_subjectsWithoutAnyCode_missingColumnError() {
        HeaderMapping m = HeaderMapping.of(Register.SUBJECTS, List.of("名称", "行政区划代码"), "f.csv");
        assertFalse(m.usable());
        assertTrue(m.problems().get(0).detail().contains("统一社会信用代码"));
    }

    @Test
    void of_registrationNumberInsteadOfUscc_usable() {
        assertTrue(HeaderMapping.of(Register.SUBJECTS, List.of("注册号", "名称", "行政区划代码"), "f.csv").usable());
    }

    @Test
    void of_twoColumnsForOneField_error() {
        HeaderMapping m = HeaderMapping.of(Register.SUBJECTS, List.of("统一社会信用代码", "名称", "企业名称", "行政区划代码"), "f.csv");
        assertFalse(m.usable());
        assertEquals("duplicate_column", m.problems().get(0).code());
    }
}
