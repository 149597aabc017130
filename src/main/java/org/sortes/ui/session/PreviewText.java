package org.sortes.ui.session;

import org.sortes.i18n.I18n;
import org.sortes.session.PlanPreview;

/**
 * What a plan preview found, as lines to read: each stratum's candidates and sample (the chart shows
 * them only to the eye), who is left out, the inspectors, the warnings.
 */
final class PreviewText {
    private PreviewText() {
    }

    static String findings(I18n i18n, PlanPreview p) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < p.strata().size(); s++) {
            sb.append(i18n.get("preview.stratum", p.strata().get(s), p.stratumSizes().get(s), p.sampleSizes().get(s)))
                    .append('\n');
        }
        StringBuilder excluded = new StringBuilder();
        p.excluded().forEach((why, n) -> {
            if (n > 0) {
                excluded.append(excluded.length() == 0 ? "" : "；").append(i18n.get("exclusion." + why)).append(' ').append(n);
            }
        });
        sb.append(i18n.get("preview.excluded", excluded.length() == 0 ? "—" : excluded.toString())).append('\n');
        for (PlanPreview.Department d : p.pool()) {
            sb.append(i18n.get("preview.pool", d.name(), d.qualified(), d.perTarget())).append('\n');
        }
        for (PlanPreview.Warning w : p.warnings()) {
            sb.append("⚠ ").append(i18n.get(w.key(), w.args().toArray())).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
