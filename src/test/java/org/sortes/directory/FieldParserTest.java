package org.sortes.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldParserTest {
    private static final Field DATE = Register.SUBJECTS.field("established_on");

    @ParameterizedTest
    @CsvSource({"2021-03-04,2021-03-04", "2021/3/4,2021-03-04", "2021.03.04,2021-03-04", "2021年3月4日,2021-03-04",
        "20210304,2021-03-04", "'2021-03-04 00:00:00',2021-03-04"})
    void date_commonSpellings_readAsIso(String raw, String iso) {
        assertEquals(iso, FieldParser.parse(DATE, raw).value());
    }

    @ParameterizedTest
    @CsvSource({"2021-02-30", "2021-13-01", "04/03/2021", "yesterday"})
    void date_impossibleOrAmbiguous_refused(String raw) {
        assertEquals(FieldIssue.DATE_INVALID, FieldParser.parse(DATE, raw).issue());
    }

    @Test
    void flagsRiskStatusAndLists_normalised() {
        assertEquals("1", FieldParser.parse(Register.SUBJECTS.field("abnormal"), "是").value());
        assertEquals("0", FieldParser.parse(Register.SUBJECTS.field("abnormal"), "no").value());
        assertEquals("C", FieldParser.parse(Register.SUBJECTS.field("risk_class"), "c类").value());
        assertEquals(Inspector.OFF_DUTY, FieldParser.parse(Register.INSPECTORS.field("duty_status"), " 离岗 ").value());
        assertEquals("食品;药品", FieldParser.parse(Register.SUBJECTS.field("tags"), "食品、 药品；").value());
        assertNull(FieldParser.parse(Register.SUBJECTS.field("tags"), "\u3000").value());
    }

    @Test
    void aValueOfMoreThan500Characters_isAnError_counted_inCharactersNotCodeUnits() {
        Field name = Register.SUBJECTS.field("name");
        String most = "甲".repeat(FieldParser.MAX_CHARACTERS);
        assertEquals(most, FieldParser.parse(name, most).value());
        assertEquals(FieldIssue.TOO_LONG, FieldParser.parse(name, most + "乙").issue());
        // 𠮷 is two UTF-16 code units and one character
        String rare = "𠮷".repeat(FieldParser.MAX_CHARACTERS);
        assertEquals(rare, FieldParser.parse(name, rare).value());
        assertEquals(FieldIssue.TOO_LONG, FieldParser.parse(name, rare + "𠮷").issue());
        assertEquals("甲", FieldParser.parse(name, " 甲" + " ".repeat(600)).value(), "counted after trimming");
        assertEquals(FieldIssue.TOO_LONG, FieldParser.parse(Register.SUBJECTS.field("tags"), "食品;".repeat(200)).issue());
        assertEquals(FieldIssue.TOO_LONG, FieldParser.parse(Register.ITEMS.field("legal_basis"), "法".repeat(501)).issue());
    }

    @Test
    void controlCharacters_refused_spacesInsideAValue_kept() {
        Field name = Register.SUBJECTS.field("name");
        assertEquals("甲 乙", FieldParser.parse(name, "甲 乙").value());
        assertEquals("甲\u00a0乙", FieldParser.parse(name, "甲\u00a0乙").value());
        assertEquals("甲~乙", FieldParser.parse(name, "甲~乙").value());
        for (String c : new String[] {"\u0000", "\t", "\n", "\u001f", "\u007f", "\u0085", "\u009f", "\u2028", "\u2029"}) {
            assertEquals(FieldIssue.CONTROL_CHARACTER, FieldParser.parse(name, "甲" + c + "乙").issue(), c);
        }
    }

    @Test
    void required_emptyOrBlank_isError() {
        FieldParser.Parsed p = FieldParser.parse(Register.SUBJECTS.field("name"), " \u3000 ");
        assertEquals(FieldIssue.REQUIRED_EMPTY, p.issue());
    }
}
