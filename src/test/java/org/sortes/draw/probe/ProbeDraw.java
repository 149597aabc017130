package org.sortes.draw.probe;

/** Breaks the rules on purpose: the protocol core speaking the user's language and printing. */
public class ProbeDraw {
    public String say(org.sortes.i18n.I18n i18n) {
        System.err.println("drawing");
        return i18n.get("app.title");
    }
}
