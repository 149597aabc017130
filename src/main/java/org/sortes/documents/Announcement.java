package org.sortes.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sortes.directory.SpreadsheetCells;

/**
 * The draw result for publication (抽取结果公示), in the layout of docs/publication-format.md: CSV
 * (UTF-8 with BOM, Chinese headers, formula-safe cells) and JSON. Subjects by name and code only;
 * inspectors by name, certificate number and department; no personal details of anyone else.
 */
public record Announcement(long sessionId, String sessionName, String sessionDate, List<String> departments,
                           List<Minutes.Item> items, String proofSha256, boolean rehearsal, List<Target> targets) {

    /** A drawn target as published; result is null until the inspection's result is entered. */
    public record Target(int rank, String subjectId, String subjectName, String stratum, List<Member> team,
                         boolean staffed, Result result) {
    }

    /**
     * An inspection's result as the credit publicity system takes it: the outcome's code and Chinese
     * name and the day the inspection was completed; never the free-text note, which may name people.
     */
    public record Result(String outcome, String outcomeName, String inspectedOn) {
    }

    public record Member(String name, String certificateNo, String department) {
    }

    public static final String FORMAT = "sortes-announcement/2";

    public void writeCsv(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeRecord("场次", "抽查名称", "抽签日期", "检查实施机关", "抽查事项", "名次", "统一社会信用代码/注册号",
                    "市场主体名称", "分层", "检查人员", "证明文件SHA-256", "检查结果", "检查完成日期");
            String itemText = String.join("；", items.stream().map(i -> i.code() + " " + i.name()).toList());
            for (Target t : targets) {
                String team = t.staffed() ? String.join("；", t.team().stream()
                        .map(m -> m.name() + " " + m.certificateNo()).toList()) : "未配齐检查组";
                csv.writeRecord(String.valueOf(sessionId), SpreadsheetCells.safe(sessionName), sessionDate,
                        SpreadsheetCells.safe(String.join("、", departments)), SpreadsheetCells.safe(itemText),
                        String.valueOf(t.rank()), SpreadsheetCells.safe(t.subjectId()),
                        SpreadsheetCells.safe(t.subjectName()), SpreadsheetCells.safe(t.stratum()),
                        SpreadsheetCells.safe(team), proofSha256, t.result() == null ? "" : t.result().outcomeName(),
                        t.result() == null ? "" : t.result().inspectedOn());
            }
        }
    }

    public void writeJson(OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("session", sessionId);
        root.put("name", sessionName);
        root.put("sessionDate", sessionDate);
        root.put("rehearsal", rehearsal);
        departments.forEach(root.putArray("departments")::add);
        ArrayNode its = root.putArray("items");
        items.forEach(i -> its.addObject().put("code", i.code()).put("name", i.name()).put("department", i.department()));
        root.put("proofSha256", proofSha256);
        ArrayNode ts = root.putArray("targets");
        for (Target t : targets) {
            ObjectNode o = ts.addObject().put("rank", t.rank()).put("id", t.subjectId()).put("name", t.subjectName())
                    .put("stratum", t.stratum()).put("staffed", t.staffed());
            ArrayNode team = o.putArray("team");
            t.team().forEach(m -> team.addObject().put("name", m.name()).put("certificateNo", m.certificateNo())
                    .put("department", m.department()));
            if (t.result() == null) {
                o.putNull("result");
            } else {
                o.putObject("result").put("outcome", t.result().outcome()).put("outcomeName", t.result().outcomeName())
                        .put("inspectedOn", t.result().inspectedOn());
            }
        }
        mapper.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }
        }, root);
    }
}
