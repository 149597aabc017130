package org.sortes.session;

import java.util.ArrayList;
import java.util.List;
import org.sortes.draw.DrawResult;
import org.sortes.store.StoredTarget;

/** Teams and shortfalls as stored text (TAB-separated fields, one member per line). */
public final class TargetCodec {
    private TargetCodec() {
    }

    static String team(List<DrawResult.Member> team) {
        StringBuilder sb = new StringBuilder();
        for (DrawResult.Member m : team) {
            sb.append(m.certificateNo()).append('\t').append(m.name() == null ? "" : m.name()).append('\t')
                    .append(m.department()).append('\n');
        }
        return sb.toString();
    }

    static String shortfall(DrawResult.Shortfall s) {
        return s == null ? null : s.department() + "\t" + s.eligible() + "\t" + s.needed();
    }

    /** A stored target read back, with its team and shortfall. */
    public static DrawResult.Target target(StoredTarget t) {
        List<DrawResult.Member> team = new ArrayList<>();
        for (String line : t.team().split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", -1);
                team.add(new DrawResult.Member(f[0], f[1].isEmpty() ? null : f[1], f[2]));
            }
        }
        DrawResult.Shortfall shortfall = null;
        if (t.shortfall() != null) {
            String[] f = t.shortfall().split("\t");
            shortfall = new DrawResult.Shortfall(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        }
        return new DrawResult.Target(t.rank(), t.subjectId(), t.stratum(), t.region(), t.ticket(), List.copyOf(team),
                shortfall);
    }
}
