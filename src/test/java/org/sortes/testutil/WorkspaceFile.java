package org.sortes.testutil;

import java.nio.file.Path;

/** Edits a workspace file behind the application's back, as someone with the file could. */
public final class WorkspaceFile {
    private WorkspaceFile() {
    }

    /** Runs one SQL statement on the file and returns the number of rows it changed. */
    public static int update(Path db, String statement, Object... args) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st.executeUpdate();
        }
    }

    /** Puts other bytes in place of a session's stored candidate list. */
    public static void replaceCandidateList(Path db, long session, byte[] deflated) throws Exception {
        if (update(db, "UPDATE frozen_lists SET deflated = ? WHERE session_id = ? AND kind = 'candidates'",
                deflated, session) != 1) {
            throw new AssertionError("session " + session + " has no stored candidate list");
        }
    }
}
