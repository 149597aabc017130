package org.sortes.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON text read the way the protocol reads proofs and plans (docs/protocol.md, section 9, "the
 * file"): exactly one value with nothing after it but white space, no member named twice in an
 * object, and no text (member names included) holding half of a surrogate pair. Jackson alone reads
 * the first value of "{…} {…}" and passes over the rest, and keeps an escaped lone surrogate, which
 * then hashes as "?"; a verifier in another language refuses both or reads the last of two members:
 * the same file must not get two verdicts.
 */
final class StrictJson {
    /** What was wrong, with where: a kind, the line and column, and the member's name or path. */
    static final class Problem extends RuntimeException {
        final Kind kind;
        final long line;
        final long column;
        final String member;

        Problem(Kind kind, long line, long column, String member, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.member = member;
        }
    }

    enum Kind {
        /** not JSON at all: a syntax error (NaN, comments and single quotes included) */
        SYNTAX,
        /** deeper or longer than the mapper's limits */
        TOO_DEEP,
        /** an object names the same member twice */
        DUPLICATE,
        /** something follows the value */
        TRAILING,
        /** a text holds an unpaired surrogate (an escape such as \ud800 alone) */
        LONE_SURROGATE,
        /** the bytes begin with UTF-8's byte-order mark (a proof is written without one) */
        BOM
    }

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private StrictJson() {
    }

    /** The value of a whole text of bytes (UTF-8, as Jackson detects it), read with the mapper's limits. */
    static JsonNode read(ObjectMapper mapper, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new Problem(Kind.BOM, 1, 1, "", "begins with a byte-order mark (EF BB BF): the file was saved"
                    + " again by an editor; Sortes writes it without one", null);
        }
        try (JsonParser parser = mapper.createParser(bytes)) {
            return whole(mapper, parser);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    static JsonNode read(ObjectMapper mapper, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            return whole(mapper, parser);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    private static JsonNode whole(ObjectMapper mapper, JsonParser parser) throws IOException {
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // whatever the mapper's own setting
        JsonNode root = mapper.readTree(parser);
        if (root == null) {
            throw new Problem(Kind.SYNTAX, 1, 1, "", "no JSON value at all", null);
        }
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new Problem(Kind.TRAILING, at.getLineNr(), at.getColumnNr(), "",
                    "more follows the JSON value, near line " + at.getLineNr() + ", column " + at.getColumnNr(), null);
        }
        String bad = loneSurrogate(root, "");
        if (bad != null) {
            throw new Problem(Kind.LONE_SURROGATE, 0, 0, bad, "the text of " + bad
                    + " holds half of a surrogate pair (an escape such as \\ud800 alone): not Unicode text", null);
        }
        return root;
    }

    private static Problem problem(IOException e) {
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return new Problem(Kind.TOO_DEEP, line, column, "", "nests too deeply or holds a value too long", e);
        }
        if (e instanceof JsonParseException p) {
            Matcher m = DUPLICATE_FIELD.matcher(p.getOriginalMessage());
            if (m.lookingAt()) {
                return new Problem(Kind.DUPLICATE, line, column, m.group(1), "the member \"" + m.group(1)
                        + "\" is given twice in one object, near line " + line + ", column " + column, e);
            }
        }
        return new Problem(Kind.SYNTAX, line, column, "", "not valid JSON near line " + line + ", column " + column, e);
    }

    /** The path of the first text or member name with an unpaired surrogate, or null. */
    private static String loneSurrogate(JsonNode node, String path) {
        if (node.isTextual()) {
            return unpaired(node.textValue()) ? (path.isEmpty() ? "the value" : path) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String bad = loneSurrogate(node.get(i), path + "[" + i + "]");
                if (bad != null) {
                    return bad;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (unpaired(member.getKey())) {
                    return path.isEmpty() ? "a member name" : "a member name in " + path;
                }
                String bad = loneSurrogate(member.getValue(), at);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    static boolean unpaired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
