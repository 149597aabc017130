package org.sortes.session;

import java.util.List;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;
import org.sortes.draw.Sha256;
import org.sortes.draw.Verifier;

/**
 * The pages of the minutes say what their attached proof says: the digests, commitment, secret and
 * seed hash, and every target in rank order with its ticket's first digits and its team. A page
 * blanked, or two codes swapped in the printed table, is found here (docs/protocol.md, section 9).
 */
final class PrintedCheck {
    /** "0." and the first 20 digits of a ticket: what must be printed under each target. */
    static final int TICKET_PREFIX = 22;
    /** The label the minutes print beside the seed. */
    static final String SEED_LABEL = "种子";

    private PrintedCheck() {
    }

    /** @param text the pages' text without white space */
    static Verifier.Verdict check(Proof p, String text) {
        // code of the difference, what it is in words, the value
        List<String[]> values = new java.util.ArrayList<>(List.of(
                new String[] {"pdfPlan", "plan digest", p.digests().plan()},
                new String[] {"pdfCandidates", "candidate list digest", p.digests().candidates()},
                new String[] {"pdfInspectors", "inspector list digest", p.digests().inspectors()},
                new String[] {"pdfCommitment", "commitment", p.commitment()},
                new String[] {"pdfSecret", "secret", p.secret()},
                new String[] {"pdfSeedHash", "seed hash", Sha256.hex(p.seed())}));
        if (p.digests().register() != null) {
            values.add(new String[] {"pdfRegister", "register digest", p.digests().register()});
        }
        for (String[] v : values) {
            if (!text.contains(v[2])) {
                return bad(v[0], "the pages do not show the " + v[1] + " of the attached proof, " + v[2], v[2]);
            }
        }
        // the seed wraps over several lines beside its label, which the text extraction may put between
        // them: it is looked for with the label taken out
        String seed = p.seed().replaceAll("\\s+", "");
        if (!text.replace(SEED_LABEL, "").contains(seed)) {
            return bad("pdfSeed", "the pages do not show the seed of the attached proof, " + seed, seed);
        }
        int at = 0;
        for (DrawResult.Target t : p.targets()) {
            int id = text.indexOf(t.id(), at);
            if (id < 0) {
                return bad("pdfTarget", "the pages do not show target " + t.rank() + ", " + t.id() + ", in its place",
                        t.rank(), t.id());
            }
            int pos = id + t.id().length();
            for (DrawResult.Member m : t.team()) {
                pos = text.indexOf(m.certificateNo(), pos);
                if (pos < 0) {
                    return bad("pdfMember", "the pages do not show " + m.certificateNo() + " in the team of target "
                            + t.rank() + ", " + t.id(), t.rank(), t.id(), m.certificateNo());
                }
                pos += m.certificateNo().length();
            }
            String ticket = "签号" + t.ticket().substring(0, Math.min(TICKET_PREFIX, t.ticket().length()));
            int tk = text.indexOf(ticket, pos);
            if (tk < 0) {
                return bad("pdfTicket", "the pages do not show the ticket of target " + t.rank() + ", " + t.id()
                        + ", under it", t.rank(), t.id());
            }
            at = tk + ticket.length();
        }
        return new Verifier.Verdict(true, null, null, List.of());
    }

    private static Verifier.Verdict bad(String code, String why, Object... args) {
        return new Verifier.Verdict(false, why, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
