package org.sortes.documents;

import java.util.List;
import java.util.Map;
import org.sortes.draw.Proof;

/**
 * What the minutes of a locked draw session say: the proof (plan, digests, commitment, secret,
 * entropy, seed, results with tickets) and the facts for people around it. Labels (roles,
 * exclusion reasons) arrive already in Chinese; the minutes are an official document.
 *
 * @param subjectNames the drawn subjects' names by id, as registered in the frozen directory version
 * @param decisions    what the officer decided about each unstaffed target, by rank
 * @param auditHead    the audit chain head recorded at lock
 * @param attachments  files embedded in the PDF: the proof and its lists
 * @param generatedAt  when the minutes are written (ISO-8601 with offset, from the injected clock)
 * @param earlier      aborted or voided sessions that share an item with this one, within a year
 * @param voidReason   why this session was voided (作废); null when it stands
 */
public record Minutes(long sessionId, String sessionName, String officer, boolean rehearsal, Proof proof, List<Item> items,
                      Stages stages, long subjectsVersion, long inspectorsVersion, long candidateCount,
                      long poolCount, List<Exclusion> exclusions, List<Observer> observers,
                      Map<String, String> subjectNames, Map<Integer, String> decisions, String auditHead,
                      List<Attachment> attachments, String generatedAt, List<Earlier> earlier,
                      String voidReason) {

    /**
     * A session that was abandoned (中止) or voided (作废): named in every later notice and minutes of a
     * session with any of the same items, so that a redraw is never quiet.
     *
     * @param stage  the last stage it had reached, in Chinese
     * @param status 已中止 or 已作废, and when
     */
    public record Earlier(long sessionId, String name, String stage, String status, String reason) {
    }

    /** A spot-check item of the plan. */
    public record Item(String code, String name, String department) {
    }

    /** When each stage was completed (ISO-8601 with offset). */
    public record Stages(String created, String frozen, String committed, String revealed, String drawn,
                         String locked) {
    }

    /** Subjects left out of the population, by reason. */
    public record Exclusion(String reason, long count) {
    }

    /** An observer's entry as made in the session. */
    public record Observer(String name, String roleLabel, String digits, String enteredAt) {
    }
}
