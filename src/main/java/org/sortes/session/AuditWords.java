package org.sortes.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sortes.i18n.I18n;

/**
 * An audit event's details in the user's language, for the console's audit tab and the command line's
 * list: each member of the stored JSON said with its label ("audit.key." + member) and, where the value is
 * a code, its words (a document kind, an observer's role, an outcome, a session stage, a register). The
 * stored JSON itself is unchanged and is what the export writes; the canonical plan's full text is left
 * out here (the plan's name and digest say which plan it was).
 */
public final class AuditWords {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Members too long to read in a line: they stay in the export. */
    private static final List<String> LEFT_OUT = List.of("plan");
    /** What a backup's "reason" said before stop 26 recorded a trigger code instead. */
    private static final Map<String, String> EARLIER_TRIGGERS = Map.of("automatic, after lock", "afterLock",
            "by command", "command", "from the console", "console");

    private AuditWords() {
    }

    /** An event type in the user's words; a type this version does not know is shown as written. */
    public static String type(String type, I18n i18n) {
        String key = AuditEntry.typeKey(type);
        return key == null ? type : i18n.get(key);
    }

    public static String details(AuditEntry entry, I18n i18n) {
        JsonNode payload;
        try {
            payload = JSON.readTree(entry.payload());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return entry.payload(); // written by the log itself, so never; shown as stored if it were
        }
        if (payload == null || !payload.isObject()) {
            return entry.payload();
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (LEFT_OUT.contains(key) || value.isNull() || (value.isTextual() && value.asText().equals("null"))) {
                continue; // "null" as text: an older version's way of writing an absent organisation
            }
            // a member may mean another thing in one type of event ("key": a record's key, or a setting's name)
            String label = i18n.has("audit.key." + entry.type() + "." + key) ? i18n.get("audit.key." + entry.type() + "." + key)
                    : i18n.has("audit.key." + key) ? i18n.get("audit.key." + key) : key;
            parts.add(label + i18n.get("audit.separator") + value(entry.type(), key, value, i18n));
        }
        return String.join(i18n.get("audit.between"), parts);
    }

    private static String value(String type, String key, JsonNode value, I18n i18n) {
        if (value.isBoolean()) {
            return i18n.get(value.asBoolean() ? "audit.value.yes" : "audit.value.no");
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString()));
            return String.join(i18n.get("audit.listBetween"), items);
        }
        if (!value.isValueNode()) {
            return value.toString();
        }
        String text = value.asText();
        return switch (key) {
            case "what", "trigger" -> said("audit.value." + key + "." + text, text, i18n);
            case "key" -> type.equals("settings") ? said("audit.value.key." + text, text, i18n) : text;
            case "reason" -> type.equals("backup") && EARLIER_TRIGGERS.containsKey(text)
                    ? said("audit.value.trigger." + EARLIER_TRIGGERS.get(text), text, i18n) : text;
            case "role" -> ObserverRole.parse(text).map(r -> i18n.get(r.messageKey())).orElse(text);
            case "outcome" -> ResultOutcome.parse(text).map(o -> i18n.get(o.messageKey())).orElse(text);
            case "stage" -> java.util.Arrays.stream(SessionState.values()).filter(s -> s.code().equals(text))
                    .findFirst().map(s -> i18n.get(s.messageKey())).orElse(text);
            case "register" -> java.util.Arrays.stream(org.sortes.directory.Register.values())
                    .filter(r -> r.table().equals(text)).findFirst()
                    .map(r -> i18n.locale().getLanguage().equals("zh") ? r.chinese() : r.english()).orElse(text);
            case "excluded" -> exclusions(text, i18n);
            default -> text;
        };
    }

    private static String said(String messageKey, String code, I18n i18n) {
        return i18n.has(messageKey) ? i18n.get(messageKey) : code;
    }

    /** "RETIRED=0;REGISTRATION_STATUS=266": the reasons with a count above nought, in words. */
    private static String exclusions(String stored, I18n i18n) {
        List<String> said = new ArrayList<>();
        for (String part : stored.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && !kv[1].equals("0")) {
                said.add(said("exclusion." + kv[0], kv[0], i18n) + " " + kv[1]);
            }
        }
        return said.isEmpty() ? i18n.get("audit.value.none") : String.join(i18n.get("audit.listBetween"), said);
    }
}
