package org.sortes.ui.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.Register;
import org.sortes.session.DirectoryService;
import org.sortes.directory.Page;
import org.sortes.directory.RegisterQuery;
import org.sortes.ui.TaskRunner;

/**
 * One register as a browsable table: search, filters, sort and paging run in the workspace (a
 * million subjects are never all in memory), the view only binds to the current page.
 */
public final class RegisterViewModel {
    public static final int PAGE_SIZE = 200;

    private final Register register;
    private final DirectoryService service;
    private final TaskRunner tasks;
    private final StringProperty search = new SimpleStringProperty("");
    private final Map<String, ObjectProperty<String>> filters = new LinkedHashMap<>();
    private final Map<String, ObservableList<String>> filterChoices = new LinkedHashMap<>();
    private final BooleanProperty includeRetired = new SimpleBooleanProperty(false);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final ObservableList<DirectoryRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DirectoryRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<org.sortes.directory.DirectoryVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<org.sortes.directory.DirectoryVersion> version = new SimpleObjectProperty<>();
    private long choicesOfVersion = -1;
    private String sortField;
    private boolean descending;
    private volatile long generation;

    /** Failures said in the user's language (a library's words only in the log). */
    private final org.sortes.i18n.I18n i18n;

    private final org.sortes.ui.DialogService dialogs;
    private final RegisterWindows windows;

    public RegisterViewModel(Register register, DirectoryService service, TaskRunner tasks, org.sortes.i18n.I18n i18n,
                             org.sortes.ui.DialogService dialogs, RegisterWindows windows) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.windows = windows;
        this.register = register;
        this.service = service;
        this.tasks = tasks;
        for (Field f : register.fields()) {
            if (f.filterable()) {
                filters.put(f.key(), new SimpleObjectProperty<>(null));
                filterChoices.put(f.key(), FXCollections.observableArrayList());
            }
        }
        search.addListener((o, a, b) -> firstPage());
        includeRetired.addListener((o, a, b) -> firstPage());
        version.addListener((o, a, b) -> firstPage());
        filters.values().forEach(p -> p.addListener((o, a, b) -> firstPage()));
        pageIndex.addListener((o, a, b) -> refresh());
    }

    public Register register() {
        return register;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public Map<String, ObjectProperty<String>> filters() {
        return filters;
    }

    public ObservableList<String> choicesOf(String fieldKey) {
        return filterChoices.get(fieldKey);
    }

    public BooleanProperty includeRetiredProperty() {
        return includeRetired;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public ObservableList<DirectoryRecord> rows() {
        return rows;
    }

    public ObjectProperty<DirectoryRecord> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The register's versions, newest first; choosing one shows the register as it was then. */
    public ObservableList<org.sortes.directory.DirectoryVersion> versions() {
        return versions;
    }

    /** The version shown; null for the current one. Earlier versions are read-only. */
    public ObjectProperty<org.sortes.directory.DirectoryVersion> versionProperty() {
        return version;
    }

    public void sortBy(String fieldKey, boolean desc) {
        this.sortField = fieldKey;
        this.descending = desc;
        firstPage();
    }

    private void firstPage() {
        if (pageIndex.get() == 0) {
            refresh();
        } else {
            pageIndex.set(0); // the listener refreshes
        }
    }

    /** Reloads the current page and the filter choices. */
    public void reload() {
        // the page first: it is what the person is looking at; the filter choices (a scan per
        // field) only when the register has a new version
        refresh();
        tasks.run(p -> service.versions(register), list -> {
            List<org.sortes.directory.DirectoryVersion> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            versions.setAll(newestFirst);
            long newest = newestFirst.isEmpty() ? 0 : newestFirst.get(0).id();
            if (newest != choicesOfVersion) {
                choicesOfVersion = newest;
                loadChoices();
            }
        }, e -> error.set(i18n.explain(e)));
    }

    // ---- the tab's buttons

    public void add() {
        windows.editRecord(register, null);
    }

    public void edit() {
        if (selected.get() != null) {
            windows.editRecord(register, selected.get());
        }
    }

    public void importFile() {
        windows.importInto(register);
    }

    /** Retires the selected record after a confirmation, off the FX thread; it stays in the history. */
    public void retire() {
        DirectoryRecord record = selected.get();
        if (record == null || record.retired()
                || !dialogs.confirm(i18n.get("retire.title"), i18n.get("retire.confirm", record.key()))) {
            return;
        }
        tasks.run(p -> {
            service.retire(register, record.key());
            return record.key();
        }, key -> {
            reload();
            windows.registersChanged();
        }, e -> dialogs.error(i18n.get("retire.title"), i18n.explain(e)));
    }

    public void refresh() {
        Map<String, String> wanted = new LinkedHashMap<>();
        filters.forEach((k, v) -> wanted.put(k, v.get()));
        long asOf = version.get() == null ? 0 : version.get().id();
        RegisterQuery q = new RegisterQuery(register, asOf, search.get(), wanted, includeRetired.get(), sortField,
                descending, pageIndex.get() * PAGE_SIZE, PAGE_SIZE);
        long mine = ++generation;
        loading.set(true);
        tasks.run(p -> mine == generation ? service.query(q) : null, page -> {
            if (page != null && mine == generation) { // a newer query overtook this one: drop it
                show(page);
            }
        }, e -> {
            loading.set(false);
            error.set(i18n.explain(e));
        });
    }

    private void show(Page page) {
        loading.set(false);
        error.set("");
        String keep = selected.get() == null ? null : selected.get().key();
        rows.setAll(page.rows());
        total.set(page.total());
        pageCount.set((int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        selected.set(keep == null ? null : page.rows().stream().filter(r -> r.key().equals(keep)).findFirst().orElse(null));
    }

    private void loadChoices() {
        for (String key : filterChoices.keySet()) {
            tasks.run(p -> service.filterChoices(register, key), (List<String> values) -> {
                String current = filters.get(key).get();
                filterChoices.get(key).setAll(values);
                if (current != null && !values.contains(current)) {
                    filters.get(key).set(null);
                }
            }, e -> error.set(i18n.explain(e)));
        }
    }
}
