package org.sortes.documents;

import java.util.List;

/**
 * The notification letters (检查通知书) of a locked session: one per staffed target, telling the subject
 * that it was drawn, for which items and by whom. Only what the letter needs: the subject's name,
 * code and address, never its legal representative, identity numbers or phone.
 *
 * @param proofSha256 the SHA-256 of the session's proof, as the minutes print it, to check the draw
 */
public record Letters(long sessionId, String sessionName, List<String> departments, String sessionDate,
                      boolean rehearsal, String proofSha256, List<Minutes.Item> items, List<String> legalBases,
                      List<Letter> letters, String generatedAt, List<Contact> contacts) {

    /** How a department of the check is reached: its name and "联系人 …，电话 …，地址 …". */
    public record Contact(String department, String line) {
    }

    /** One letter: the subject and its team, leader first. */
    public record Letter(int rank, String subjectName, String subjectId, String address, List<String> team) {
    }
}
