package org.sortes.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.testutil.Csv;

class RowValidatorTest {
    private static final List<String> HEADER = Arrays.asList(Csv.SUBJECT_HEADER.split(","));

    private static List<String> row(String csvLine) {
        return Arrays.asList(csvLine.split(",", -1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "9162010200000001I1,甲公司,有限责任公司,零售,620102,存续,2015-06-01,B,否,否,0|uscc_malformed|统一社会信用代码",
        "VALID,,有限责任公司,零售,620102,存续,2015-06-01,B,否,否,0|required_empty|名称",
        "VALID,甲公司,有限责任公司,零售,62010,存续,2015-06-01,B,否,否,0|region_malformed|行政区划代码",
        "VALID,甲公司,有限责任公司,零售,620102,存续,2015-02-30,B,否,否,0|date_invalid|成立日期",
        "VALID,甲公司,有限责任公司,零售,620102,存续,2015-06-01,E,否,否,0|risk_class_unknown|信用风险等级",
        "VALID,甲公司,有限责任公司,零售,620102,存续,2015-06-01,B,也许,否,0|flag_invalid|经营异常名录",
        "VALID,甲公司,有限责任公司,零售,620102,存续,2015-06-01,B,否,否,-3|count_invalid|投诉举报次数",
        ",甲公司,有限责任公司,零售,620102,存续,2015-06-01,B,否,否,0|no_code|统一社会信用代码",
    })
    void validate_badValue_errorNamesRowColumnAndValue(String line, String code, String column) {
        ProblemList problems = new ProblemList();
        RowValidator v = new RowValidator(HeaderMapping.of(Register.SUBJECTS, HEADER, "s.csv"), "s.csv", problems);
        assertNull(v.validate(7, row(line.replace("VALID", Csv.uscc(1)))));
        Problem p = problems.kept().get(0);
        assertEquals(code, p.code());
        assertEquals(7, p.row());
        assertEquals(column, p.column());
        assertEquals(1, problems.errors());
        String message = org.sortes.imports.ProblemWords.sentence(p, new I18n(java.util.Locale.ENGLISH));
        assertEquals(true, message.startsWith("s.csv row 7 column \"" + column + "\""), message);
    }

    @Test
    void validate_wrongCheckCharacter_warningAndRowKept() {
        ProblemList problems = new ProblemList();
        RowValidator v = new RowValidator(HeaderMapping.of(Register.SUBJECTS, HEADER, "s.csv"), "s.csv", problems);
        String bad = Csv.uscc(5).substring(0, 17) + (Csv.uscc(5).charAt(17) == '1' ? "2" : "1");
        assertNotNull(v.validate(2, row(Csv.subject(5, "甲公司").replace(Csv.uscc(5), bad))));
        assertEquals("uscc_check_character", problems.kept().get(0).code());
        assertEquals(0, problems.errors());
        assertEquals(1, problems.warnings());
    }

    @Test
    void validate_sameCodeTwice_secondRowErrorNamesFirstRow() {
        ProblemList problems = new ProblemList();
        RowValidator v = new RowValidator(HeaderMapping.of(Register.SUBJECTS, HEADER, "s.csv"), "s.csv", problems);
        assertNotNull(v.validate(2, row(Csv.subject(1, "甲公司"))));
        assertNull(v.validate(3, row(Csv.subject(1, "乙公司"))));
        Problem p = problems.kept().get(0);
        assertEquals("duplicate_key", p.code());
        assertEquals("2", p.detail());
    }

    @Test
    void validate_inspectorUnknownStatus_error() {
        ProblemList problems = new ProblemList();
        List<String> header = List.of("执法证号", "姓名", "所属部门", "执法证有效期至", "状态");
        RowValidator v = new RowValidator(HeaderMapping.of(Register.INSPECTORS, header, "i.csv"), "i.csv", problems);
        assertNull(v.validate(2, List.of("62SJ0001", "王伟", "市场监管局", "2027-01-01", "休假")));
        assertEquals("duty_status_unknown", problems.kept().get(0).code());
    }
}
