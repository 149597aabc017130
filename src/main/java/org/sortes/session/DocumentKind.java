package org.sortes.session;

/** The documents of a session, with the file name each is offered under and the stage it needs. */
public enum DocumentKind {
    /** 抽签公告: published before the draw, from the commitment on. */
    NOTICE("notice", "抽签公告-场次%d.pdf"),
    /** 抽取记录: the minutes of a locked (or voided) session, with the proof attached. */
    MINUTES("minutes", "抽取记录-场次%d.pdf"),
    /** 检查通知书: one letter per staffed target of a locked session. */
    LETTERS("letters", "检查通知书-场次%d.pdf"),
    /** 抽取结果公示: the result for publication (PDF, with CSV and JSON beside it). */
    ANNOUNCEMENT("announcement", "抽取结果公示-场次%d.pdf");

    private final String code;
    private final String fileName;

    DocumentKind(String code, String fileName) {
        this.code = code;
        this.fileName = fileName;
    }

    /** As in the audit log's document events and the message keys ("document.kind.minutes"). */
    public String code() {
        return code;
    }

    public String fileName(long sessionId) {
        return String.format(fileName, sessionId);
    }

    /** Whether a session in this state has this document: the one rule the service and the console follow. */
    public boolean availableIn(SessionState state) {
        return switch (this) {
            case NOTICE -> state != SessionState.PLANNED && state != SessionState.FROZEN && state != SessionState.ABORTED;
            case MINUTES -> state == SessionState.LOCKED || state == SessionState.VOIDED;
            case LETTERS, ANNOUNCEMENT -> state == SessionState.LOCKED;
        };
    }
}
