package org.sortes.session;

/**
 * Who acts, as the audit log records them and the minutes print them (抽签人员): the officer's real
 * name from the console's question, the command line's --operator or the settings. One line, at most
 * {@link WrittenText#NAME} characters; blank is no name.
 */
public final class OperatorName {
    private OperatorName() {
    }

    /**
     * The operator the settings name, when it is one that can be recorded, else the computer's login
     * name: a settings file edited by hand must not leave a console that refuses every action, even
     * creating the workspace in which the name could be set again.
     */
    public static String fromSettings(java.util.Optional<String> set, String login) {
        return set.filter(OperatorName::valid).map(String::strip).orElse(login);
    }

    /**
     * The operator the settings name, when they name someone: a usable name that is not the computer's
     * login name (which an earlier question offered as its default, and which no minutes should print).
     */
    public static java.util.Optional<String> named(java.util.Optional<String> set, String login) {
        return set.filter(OperatorName::valid).map(String::strip).filter(n -> !n.equals(login));
    }

    static boolean valid(String name) {
        try {
            checked(name);
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    /** The name stripped; refused (nothing is recorded) when blank, too long or holding a control character. */
    public static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new Refusal("operator.error.blank");
        }
        String stripped = name.strip();
        if (!WrittenText.fits(stripped, WrittenText.NAME)) {
            throw new Refusal("operator.error.invalid", WrittenText.NAME);
        }
        return stripped;
    }
}
