package org.sortes.directory;

/**
 * A department that owns spot-check items and employs inspectors, with how its office is reached
 * (contact, phone, address: printed in the notification letters).
 */
public record Department(String name, String shortName, String regionCode, String remarks, String contact,
                         String phone, String address, boolean retired) {

    public static Department from(DirectoryRecord r) {
        return new Department(r.key(), r.get("short_name"), r.get("region_code"), r.get("remarks"), r.get("contact"),
                r.get("phone"), r.get("address"), r.retired());
    }

    /** "联系人 张科长，电话 0931-1234567，地址 …" from what is known; empty when nothing is. */
    public String contactLine() {
        StringBuilder sb = new StringBuilder();
        append(sb, "联系人 ", contact);
        append(sb, "电话 ", phone);
        append(sb, "地址 ", address);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(sb.length() == 0 ? "" : "，").append(label).append(value.strip());
        }
    }
}
