package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one reading of a JSON file (protocol section 9, the file), each refusal at its edge. */
class StrictJsonTest {
    static final ObjectMapper MAPPER = ProofJson.mapper();

    private static StrictJson.Problem refused(String text) {
        return assertThrows(StrictJson.Problem.class, () -> StrictJson.read(MAPPER, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachWayAFileIsNotOneJsonValue_isNamed() {
        assertEquals(StrictJson.Kind.SYNTAX, refused("").kind, "nothing at all");
        assertEquals(StrictJson.Kind.SYNTAX, refused("{\"a\": NaN}").kind);
        assertEquals(StrictJson.Kind.TOO_DEEP, refused("[".repeat(100) + "]".repeat(100)).kind, "deeper than 64");
        StrictJson.Problem twice = refused("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}");
        assertEquals(StrictJson.Kind.DUPLICATE, twice.kind);
        assertEquals("c", twice.member);
        assertEquals(2, twice.line);
        StrictJson.Problem second = refused("{}\n\n  [1]");
        assertEquals(StrictJson.Kind.TRAILING, second.kind);
        assertEquals(3, second.line);
        assertEquals(StrictJson.Kind.BOM, assertThrows(StrictJson.Problem.class, () -> StrictJson.read(MAPPER,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).kind, "a byte-order mark and nothing else");
        assertEquals(StrictJson.Kind.BOM, assertThrows(StrictJson.Problem.class, () -> StrictJson.read(MAPPER,
                "\uFEFF{}".getBytes(StandardCharsets.UTF_8))).kind);
        // white space after the value, and a string read as text (plans), are fine
        assertTrue(StrictJson.read(MAPPER, "{\"a\": [1, 2]} \n\t\r\n".getBytes(StandardCharsets.UTF_8)).isObject());
        assertTrue(StrictJson.read(MAPPER, "{\"a\": 1}").isObject());
    }

    @Test
    void halfASurrogatePair_isFoundWhereverItStands() {
        assertEquals("a.b[1]", refused("{\"a\": {\"b\": [\"ok\", \"x\\ud800\"]}}").member, "a high half at the end");
        assertEquals("a", refused("{\"a\": \"\\udc00x\"}").member, "a low half alone");
        // in a member name Jackson itself refuses it (a syntax error), or the walk finds it: refused either way
        refused("{\"\\ud800\": 1}");
        refused("{\"a\": {\"\\udfff\": 1}}");
        assertEquals("the value", refused("\"\\ud83d\"").member);
        assertTrue(StrictJson.unpaired("\ud800"));
        assertTrue(StrictJson.unpaired("x\udc00\ud800\udc00"), "a low half before a pair");
        assertFalse(StrictJson.unpaired("𠮷x\ud842\udfb7"), "pairs");
        assertFalse(StrictJson.unpaired(""));
        assertEquals("𠮷", StrictJson.read(MAPPER, "{\"a\": \"\\ud842\\udfb7\"}").get("a").asText());
    }
}
