package org.sortes.ui.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.DrawService;
import org.sortes.session.PlanDraft;
import org.sortes.session.PlanPreview;
import org.sortes.directory.RegisterQuery;
import org.sortes.ui.DialogService;
import org.sortes.ui.TaskRunner;

/**
 * The plan editor: every choice of a plan as a property, what it would give if frozen now (a preview
 * run off the FX thread, the latest request winning), and the plan file saved, loaded or copied from
 * an earlier session. The file is the one `plan create --file` reads.
 */
public final class PlanEditorViewModel {
    /** A spot-check item to choose, with its department. */
    public static final class ItemChoice {
        private final String code;
        private final String label;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        ItemChoice(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    /** A stratum as edited: a rule and either a count or a ratio in percent (two decimals). */
    public static final class StratumRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty riskClass = new SimpleStringProperty("");
        public final BooleanProperty abnormal = new SimpleBooleanProperty(false);
        public final BooleanProperty serious = new SimpleBooleanProperty(false);
        public final StringProperty minComplaints = new SimpleStringProperty("");
        public final BooleanProperty byCount = new SimpleBooleanProperty(true);
        public final StringProperty amount = new SimpleStringProperty("");
        /** What the audience display shows instead of the name (e.g. "第 4 层"); empty shows the name. */
        public final StringProperty audienceName = new SimpleStringProperty("");
    }

    private final DrawService draw;
    private final DirectoryService directory;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> sessionDate = new SimpleObjectProperty<>();
    private final ObservableList<ItemChoice> items = FXCollections.observableArrayList();
    private final StringProperty regionPrefixes = new SimpleStringProperty("");
    private final StringProperty subjectTypes = new SimpleStringProperty("");
    private final StringProperty industries = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty statuses = new SimpleStringProperty("注销、吊销、迁出");
    private final IntegerProperty inspectedWithinDays = new SimpleIntegerProperty(0);
    private final IntegerProperty drawnWithinDays = new SimpleIntegerProperty(0);
    private final ObservableList<StratumRow> strata = FXCollections.observableArrayList();
    private final IntegerProperty members = new SimpleIntegerProperty(2);
    private final BooleanProperty avoidSameRegion = new SimpleBooleanProperty(false);
    private final BooleanProperty avoidLastInspector = new SimpleBooleanProperty(true);
    private final StringProperty beaconSource = new SimpleStringProperty("");
    private final StringProperty beaconReference = new SimpleStringProperty("");
    private final ObjectProperty<PlanPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty previewText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private long requested;
    /** The items a loaded plan names: kept for the item list, which may arrive after the plan. */
    private List<String> planItems = List.of();
    private TaskRunner.Handle running;

    public PlanEditorViewModel(DrawService draw, DirectoryService directory, DialogService dialogs, TaskRunner tasks,
                               I18n i18n, LocalDate today) {
        this.draw = draw;
        this.directory = directory;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.i18n = i18n;
        this.sessionDate.set(today);
    }

    /** What becomes of the plan when the officer creates a session from it: the shell's to say. */
    @FunctionalInterface
    public interface Creation {
        void create(String planJson, boolean rehearsal);
    }

    private Creation creation = (json, rehearsal) -> {
    };

    /** Where 新建场次 and 新建演练 send the plan (the shell asks who runs it, creates it, opens the wizard). */
    public void onCreate(Creation then) {
        this.creation = then;
    }

    /** Creates a session (or a rehearsal) from the plan as edited; a plan that is not whole says why. */
    public void create(boolean rehearsal) {
        String json;
        try {
            json = draft().toJson();
        } catch (RuntimeException ex) {
            error.set(i18n.explain(ex));
            return;
        }
        creation.create(json, rehearsal);
    }

    /** Reads the current spot-check items (off the FX thread) and starts with one stratum for all. */
    public void load() {
        tasks.run(p -> directory.query(new RegisterQuery(Register.ITEMS, 0, "", java.util.Map.of(), false, null, false,
                0, 1000)).rows(), rows -> {
                    List<String> chosen = new ArrayList<>(planItems);
                    items.stream().filter(i -> i.chosenProperty().get()).map(ItemChoice::code).forEach(chosen::add);
                    items.clear();
                    for (DirectoryRecord r : rows) {
                        ItemChoice c = new ItemChoice(r.key(), r.key() + "　" + r.get("name") + "（" + r.get("department") + "）");
                        c.chosenProperty().set(chosen.contains(r.key()));
                        items.add(c);
                    }
                    if (!chosen.isEmpty()) {
                        preview(); // a plan was loaded before its items: preview it with them
                    }
                    if (strata.isEmpty()) {
                        StratumRow all = new StratumRow();
                        all.name.set(i18n.get("editor.stratum.all"));
                        all.amount.set("10");
                        strata.add(all);
                    }
                }, e -> error.set(i18n.explain(e)));
    }

    /** The plan as its file would hold it; an amount that is not a number is refused in words. */
    public PlanDraft draft() {
        return draft(false);
    }

    /**
     * @param preview for the live preview, which needs no name yet (what a plan would draw does not
     *                depend on it): a blank name is then given the preview's own
     */
    private PlanDraft draft(boolean preview) {
        List<PlanDraft.Stratum> rows = new ArrayList<>();
        for (StratumRow r : strata) {
            String amount = r.amount.get().strip();
            Integer count = null;
            Integer bp = null;
            if (r.byCount.get()) {
                count = wholeNumber(amount, r.name.get());
            } else {
                bp = basisPoints(amount, r.name.get());
            }
            rows.add(new PlanDraft.Stratum(r.name.get().strip(), r.serious.get() ? Boolean.TRUE : null,
                    r.abnormal.get() ? Boolean.TRUE : null,
                    r.minComplaints.get().isBlank() ? null : wholeNumber(r.minComplaints.get().strip(), r.name.get()),
                    r.riskClass.get().isBlank() ? null : r.riskClass.get().strip(), bp, count,
                    r.audienceName.get().isBlank() ? null : r.audienceName.get().strip()));
        }
        within(rows, preview);
        String named = preview && name.get().isBlank() ? i18n.get("editor.previewName") : name.get().strip();
        return new PlanDraft(named, sessionDate.get(),
                items.stream().filter(i -> i.chosenProperty().get()).map(ItemChoice::code).toList(),
                list(regionPrefixes.get()), list(subjectTypes.get()), list(industries.get()), list(tags.get()),
                list(statuses.get()), inspectedWithinDays.get(), drawnWithinDays.get(), List.copyOf(rows), members.get(),
                avoidSameRegion.get(), avoidLastInspector.get(), beaconSource.get().strip(),
                beaconReference.get().strip());
    }

    /**
     * What a new session's plan is held to (PlanJson.forNewSession), said here in the editor's words
     * rather than with the plan file's member paths.
     */
    private void within(List<PlanDraft.Stratum> rows, boolean preview) {
        if (!preview && name.get().isBlank()) {
            throw new org.sortes.session.Refusal("editor.error.nameEmpty");
        }
        if (sessionDate.get() == null) {
            throw new org.sortes.session.Refusal("editor.error.noDate");
        }
        if (items.stream().noneMatch(i -> i.chosenProperty().get())) {
            throw new org.sortes.session.Refusal("editor.error.noItems");
        }
        noControl("editor.name", name.get());
        noControl("editor.regionPrefixes", regionPrefixes.get());
        noControl("editor.subjectTypes", subjectTypes.get());
        noControl("editor.industries", industries.get());
        noControl("editor.tags", tags.get());
        noControl("editor.statuses", statuses.get());
        noControl("editor.beaconSource", beaconSource.get());
        noControl("editor.beaconReference", beaconReference.get());
        for (int i = 1; i <= rows.size(); i++) {
            PlanDraft.Stratum st = rows.get(i - 1);
            for (String text : java.util.Arrays.asList(st.name(), st.audienceName())) {
                if (text != null && org.sortes.directory.FieldParser.hasControlCharacter(text)) {
                    throw new org.sortes.session.Refusal("editor.error.stratumControl", i);
                }
            }
        }
        if (length(name.get().strip()) > org.sortes.session.PlanJson.MAX_NAME) {
            throw new org.sortes.session.Refusal("editor.error.nameLong", org.sortes.session.PlanJson.MAX_NAME,
                    length(name.get().strip()));
        }
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        java.util.Map<String, Integer> shown = new java.util.HashMap<>();
        for (int i = 1; i <= rows.size(); i++) {
            PlanDraft.Stratum st = rows.get(i - 1);
            if (st.name().isEmpty()) {
                throw new org.sortes.session.Refusal("editor.error.stratumUnnamed", i);
            }
            for (String n : java.util.Arrays.asList(st.name(), st.audienceName())) {
                if (n != null && length(n) > org.sortes.session.PlanJson.MAX_STRATUM_NAME) {
                    throw new org.sortes.session.Refusal("editor.error.stratumNameLong", i,
                            org.sortes.session.PlanJson.MAX_STRATUM_NAME);
                }
            }
            Integer earlier = named.putIfAbsent(st.name(), i);
            if (earlier == null && st.audienceName() != null) {
                earlier = shown.putIfAbsent(st.audienceName(), i);
            }
            if (earlier != null) {
                throw new org.sortes.session.Refusal("editor.error.stratumTwice", earlier, i);
            }
        }
        if (beaconSource.get().isBlank() != beaconReference.get().isBlank()) {
            throw new org.sortes.session.Refusal("editor.error.beaconBoth");
        }
        for (String text : List.of(beaconSource.get().strip(), beaconReference.get().strip())) {
            if (length(text) > org.sortes.session.PlanJson.MAX_BEACON_TEXT) {
                throw new org.sortes.session.Refusal("editor.error.beaconLong", org.sortes.session.PlanJson.MAX_BEACON_TEXT);
            }
        }
        for (String list : List.of(regionPrefixes.get(), subjectTypes.get(), industries.get(), tags.get(), statuses.get())) {
            for (String value : list(list)) {
                if (length(value) > org.sortes.session.PlanJson.MAX_LIST_VALUE) {
                    throw new org.sortes.session.Refusal("editor.error.listValueLong",
                            value.substring(0, value.offsetByCodePoints(0, 10)), org.sortes.session.PlanJson.MAX_LIST_VALUE);
                }
            }
        }
    }

    /** A text pasted with a tab or a line break in it: said with the field's label, not the plan file's member. */
    private void noControl(String labelKey, String text) {
        if (org.sortes.directory.FieldParser.hasControlCharacter(text)) {
            throw new org.sortes.session.Refusal("editor.error.controlChar", i18n.get(labelKey));
        }
    }

    /** A refusal of the plan in the editor's words where the plan file's would name a member of the file. */
    private String said(Throwable e) {
        if (e instanceof org.sortes.session.PlanJson.PlanException p && p.code().equals("teamSize")) {
            return i18n.get("editor.error.teamSize");
        }
        return i18n.explain(e);
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    private Integer wholeNumber(String text, String stratum) {
        if (!text.matches("[0-9]{1,9}")) {
            throw new org.sortes.session.Refusal("editor.error.count", stratum, text);
        }
        return Integer.valueOf(text);
    }

    /** "2.5" (percent) → 250 basis points, integers only: at most two decimals, 0 to 100. */
    private Integer basisPoints(String text, String stratum) {
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            throw new org.sortes.session.Refusal("editor.error.percent", stratum, text);
        }
        String[] parts = text.split("\\.");
        int bp = Integer.parseInt(parts[0]) * 100 + (parts.length > 1 ? Integer.parseInt((parts[1] + "0").substring(0, 2)) : 0);
        if (bp > 10_000) {
            throw new org.sortes.session.Refusal("editor.error.percent", stratum, text);
        }
        return bp;
    }

    /** Lists typed with 、，, ; or spaces between entries. */
    static List<String> list(String text) {
        return Arrays.stream(text.split("[、,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What the plan would give if frozen now; the last request's answer is the one shown. */
    public void preview() {
        String json;
        try {
            json = draft(true).toJson();
        } catch (RuntimeException e) {
            error.set(i18n.explain(e));
            return;
        }
        long mine = ++requested;
        busy.set(true);
        if (running != null) {
            running.cancel(); // a million subjects take seconds: the earlier question is no longer asked
        }
        running = tasks.run(p -> draw.preview(json, p), result -> {
            if (mine == requested) {
                busy.set(false);
                error.set("");
                preview.set(result);
                previewText.set(describe(result));
            }
        }, e -> {
            if (mine == requested) {
                busy.set(false);
                preview.set(null);
                previewText.set("");
                error.set(said(e));
            }
        });
    }

    String describe(PlanPreview p) {
        return PreviewText.findings(i18n, p);
    }

    /** Saves the plan file where the officer chooses; the file is whole or not written. */
    public void save() {
        String json;
        try {
            json = draft().toJson();
        } catch (RuntimeException e) {
            error.set(i18n.explain(e));
            return;
        }
        dialogs.chooseFileToSave(i18n.get("editor.save"), "plan.json").ifPresent(target -> tasks.run(p -> {
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.writeString(partial, json, StandardCharsets.UTF_8);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, t -> error.set(""), e -> error.set(i18n.explain(e))));
    }

    /** Loads a plan file into the editor. */
    public void open() {
        dialogs.chooseFileToOpen(i18n.get("editor.open"), "json").ifPresent(file -> tasks.run(
                p -> PlanDraft.fromJson(org.sortes.session.PlanJson.readFile(file)), this::fill, e -> error.set(i18n.explain(e))));
    }

    /** Starts from an earlier session's plan (its canonical form). */
    public void copyFrom(long sessionId) {
        tasks.run(p -> PlanDraft.fromJson(draw.session(sessionId).planJson()), this::fill, e -> error.set(i18n.explain(e)));
    }

    void fill(PlanDraft d) {
        name.set(d.name());
        sessionDate.set(d.sessionDate());
        planItems = d.items();
        for (ItemChoice c : items) {
            c.chosenProperty().set(d.items().contains(c.code()));
        }
        regionPrefixes.set(String.join("、", d.regionPrefixes()));
        subjectTypes.set(String.join("、", d.subjectTypes()));
        industries.set(String.join("、", d.industries()));
        tags.set(String.join("、", d.tags()));
        statuses.set(String.join("、", d.registrationStatuses()));
        inspectedWithinDays.set(d.inspectedWithinDays());
        drawnWithinDays.set(d.drawnWithinDays());
        strata.clear();
        for (PlanDraft.Stratum s : d.strata()) {
            StratumRow r = new StratumRow();
            r.name.set(s.name());
            r.riskClass.set(s.riskClass() == null ? "" : s.riskClass());
            r.abnormal.set(Boolean.TRUE.equals(s.abnormal()));
            r.serious.set(Boolean.TRUE.equals(s.seriousViolation()));
            r.minComplaints.set(s.minComplaints() == null ? "" : s.minComplaints().toString());
            r.byCount.set(s.count() != null);
            r.amount.set(s.count() != null ? s.count().toString() : percent(s.ratioBasisPoints()));
            r.audienceName.set(s.audienceName() == null ? "" : s.audienceName());
            strata.add(r);
        }
        members.set(d.membersPerDepartment());
        avoidSameRegion.set(d.avoidSameRegion());
        avoidLastInspector.set(d.avoidLastInspector());
        beaconSource.set(d.beaconSource() == null ? "" : d.beaconSource());
        beaconReference.set(d.beaconReference() == null ? "" : d.beaconReference());
        error.set("");
        preview();
    }

    /** Basis points as the percent typed: 250 → "2.5", 1000 → "10". */
    static String percent(int bp) {
        String decimals = String.format("%02d", bp % 100).replaceFirst("0+$", "");
        return bp / 100 + (decimals.isEmpty() ? "" : "." + decimals);
    }

    public void addStratum() {
        StratumRow r = new StratumRow();
        r.name.set(i18n.get("editor.stratum.new", strata.size() + 1));
        r.amount.set("1");
        strata.add(r);
    }

    public void removeStratum(StratumRow r) {
        if (strata.size() > 1) {
            strata.remove(r);
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> sessionDateProperty() {
        return sessionDate;
    }

    public ObservableList<ItemChoice> items() {
        return items;
    }

    public StringProperty regionPrefixesProperty() {
        return regionPrefixes;
    }

    public StringProperty subjectTypesProperty() {
        return subjectTypes;
    }

    public StringProperty industriesProperty() {
        return industries;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty statusesProperty() {
        return statuses;
    }

    public IntegerProperty inspectedWithinDaysProperty() {
        return inspectedWithinDays;
    }

    public IntegerProperty drawnWithinDaysProperty() {
        return drawnWithinDays;
    }

    public ObservableList<StratumRow> strata() {
        return strata;
    }

    public IntegerProperty membersProperty() {
        return members;
    }

    public BooleanProperty avoidSameRegionProperty() {
        return avoidSameRegion;
    }

    public BooleanProperty avoidLastInspectorProperty() {
        return avoidLastInspector;
    }

    public StringProperty beaconSourceProperty() {
        return beaconSource;
    }

    public StringProperty beaconReferenceProperty() {
        return beaconReference;
    }

    public ObjectProperty<PlanPreview> previewProperty() {
        return preview;
    }

    public StringProperty previewTextProperty() {
        return previewText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
