package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sortes.i18n.I18n;

/** A broken audit chain said in the user's words (the console's audit tab and `sortes audit verify`). */
class ChainWordsTest {
    @Test
    void eachWayOfBreaking_isSaidInChinese_withTheEventsNumbers() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertEquals("审计日志已被改动：第 4 条事件起链条断开（第 3 条事件缺失，其后存放的是第 4 条）",
                zh.get("cli.audit.broken", 4L, new ChainCheck(false, 2, "h", 4L, "event 3 is missing", "missing").said()));
        assertEquals("第 3 条事件与它前面的事件不相连，有事件被删除、插入或调换了顺序",
                zh.explain(new ChainCheck(false, 2, "h", 3L, "event 3 does not link", "link").said()));
        assertEquals("第 3 条事件写入后被改动，哈希值与内容不符",
                zh.explain(new ChainCheck(false, 2, "h", 3L, "event 3 was changed", "changed").said()));
        assertEquals("event 3 was changed after it was written (its hash does not match its content)",
                new I18n(Locale.ENGLISH).explain(new ChainCheck(false, 2, "h", 3L, "x", "changed").said()));
        assertNull(new ChainCheck(true, 5, "h", null, null, null).said());
    }
}
