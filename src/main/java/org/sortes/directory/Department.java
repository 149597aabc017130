package org.sortes.directory;

/** A department that owns spot-check items and employs inspectors. */
public record Department(String name, String shortName, String regionCode, String remarks, boolean retired) {

    public static Department from(DirectoryRecord r) {
        return new Department(r.key(), r.get("short_name"), r.get("region_code"), r.get("remarks"), r.retired());
    }
}
