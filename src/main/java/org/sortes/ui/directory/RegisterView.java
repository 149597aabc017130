package org.sortes.ui.directory;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldType;
import org.sortes.i18n.I18n;

/**
 * A register as a table with search, filters, a pager and a detail pane. Columns come from the
 * register's field list. Sorting is done by the workspace, not by the table.
 */
public final class RegisterView {
    private final RegisterViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<DirectoryRecord> table = new TableView<>();
    private final Button add = new Button();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Button importButton = new Button();

    public RegisterView(RegisterViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        String id = model.register().table();
        root.setId("register-" + id);
        table.setId("table-" + id);
        add.setText(i18n.get("register.add"));
        edit.setText(i18n.get("register.edit"));
        retire.setText(i18n.get("register.retire"));
        importButton.setText(i18n.get("register.import"));
        add.setId("add-" + id);
        edit.setId("edit-" + id);
        retire.setId("retire-" + id);
        importButton.setId("import-" + id);
        add.setOnAction(e -> model.add());
        edit.setOnAction(e -> model.edit());
        retire.setOnAction(e -> model.retire());
        importButton.setOnAction(e -> model.importFile());
        // an earlier version is history: it can be read, not changed
        add.disableProperty().bind(model.versionProperty().isNotNull());
        importButton.disableProperty().bind(model.versionProperty().isNotNull());
        edit.disableProperty().bind(model.selectedProperty().isNull().or(model.versionProperty().isNotNull()));
        retire.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().retired()
                        || model.versionProperty().get() != null,
                model.selectedProperty(), model.versionProperty()));

        root.setTop(toolbar(id));
        buildTable();
        SplitPane split = new SplitPane(table, detailPane());
        split.setDividerPositions(0.72);
        root.setCenter(split);
        root.setBottom(pager(id));
    }

    public Node node() {
        return root;
    }


    private Node toolbar(String id) {
        TextField search = new TextField();
        search.setId("search-" + id);
        search.setPromptText(i18n.get("register.search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchProperty());
        FlowPane bar = new FlowPane(8, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(search);
        for (Map.Entry<String, ObjectProperty<String>> f : model.filters().entrySet()) {
            Field field = model.register().field(f.getKey());
            ComboBox<String> box = new ComboBox<>();
            box.setId("filter-" + id + "-" + field.key());
            box.setPromptText(label(field));
            box.setEditable(field.type() == FieldType.REGION);
            box.getItems().add(null);
            model.choicesOf(field.key()).addListener((javafx.collections.ListChangeListener<String>) c -> {
                String keep = box.getValue();
                box.getItems().setAll(model.choicesOf(field.key()));
                box.getItems().add(0, null);
                box.setValue(keep);
            });
            StringConverter<String> conv = new StringConverter<>() {
                @Override
                public String toString(String v) {
                    return v == null ? (box.isEditable() ? "" : i18n.get("register.filter.all", label(field))) : display(field, v);
                }

                @Override
                public String fromString(String s) {
                    if (s == null || s.isBlank()) {
                        return null;
                    }
                    for (String v : box.getItems()) {
                        if (v != null && display(field, v).equals(s)) {
                            return v;
                        }
                    }
                    return s.strip();
                }
            };
            box.setConverter(conv);
            box.valueProperty().bindBidirectional(f.getValue());
            bar.getChildren().add(box);
        }
        ComboBox<org.sortes.directory.DirectoryVersion> versionBox = new ComboBox<>();
        versionBox.setId("version-" + id);
        versionBox.setPrefWidth(300);
        versionBox.getItems().add(null);
        model.versions().addListener((javafx.collections.ListChangeListener<org.sortes.directory.DirectoryVersion>) c -> {
            org.sortes.directory.DirectoryVersion keep = versionBox.getValue();
            versionBox.getItems().setAll(model.versions());
            versionBox.getItems().add(0, null);
            versionBox.setValue(keep);
        });
        versionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.sortes.directory.DirectoryVersion v) {
                return v == null ? i18n.get("register.version.current")
                        : i18n.get("register.version", v.id(), v.createdAt(), v.source(),
                                v.fileName() == null ? (v.note() == null ? "" : v.note()) : v.fileName(),
                                v.added(), v.changed(), v.retired());
            }

            @Override
            public org.sortes.directory.DirectoryVersion fromString(String s) {
                return null;
            }
        });
        versionBox.valueProperty().bindBidirectional(model.versionProperty());
        bar.getChildren().add(versionBox);
        CheckBox retired = new CheckBox(i18n.get("register.showRetired"));
        retired.setId("retired-" + id);
        retired.selectedProperty().bindBidirectional(model.includeRetiredProperty());
        Label count = new Label();
        count.setId("count-" + id);
        count.getStyleClass().add("count");
        // before the first page arrives "0 records" would be false: say that it is being read
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.loadingProperty().get() && model.totalProperty().get() == 0 ? i18n.get("register.loading")
                        : i18n.get("register.count", model.totalProperty().get()),
                model.totalProperty(), model.loadingProperty()));
        // a million subjects take a moment to sort: say so rather than look frozen
        javafx.scene.control.ProgressIndicator loading = new javafx.scene.control.ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, count, loading, spacer, add, edit, retire, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(retired);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        VBox top = new VBox(6, bar, actions, error);
        top.setPadding(new Insets(8));
        return top;
    }

    private void buildTable() {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<Field> fields = model.register().fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            int index = i;
            TableColumn<DirectoryRecord, String> col = new TableColumn<>(label(field));
            col.setId(field.key());
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(display(field, c.getValue().values()[index])));
            col.setPrefWidth(switch (field.type()) {
                case FLAG, RISK_CLASS, DUTY_STATUS, COUNT -> 90;
                case DATE, REGION -> 110;
                case USCC -> 190;
                default -> field.key().equals("name") || field.key().equals("address")
                        || field.key().equals("legal_basis") ? 260 : 140;
            });
            table.getColumns().add(col);
        }
        TableColumn<DirectoryRecord, String> state = new TableColumn<>(i18n.get("register.state"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().retired() ? i18n.get("register.state.retired") : i18n.get("register.state.active")));
        state.setSortable(false);
        table.getColumns().add(state);
        table.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(i18n.get("register.loading")).otherwise(i18n.get("register.empty")));
        table.setPlaceholder(placeholder);
        // the workspace sorts: the table only tells which column and direction
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.sortBy(null, false);
            } else {
                TableColumn<DirectoryRecord, ?> c = t.getSortOrder().get(0);
                model.sortBy(c.getId(), c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<DirectoryRecord> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(DirectoryRecord item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("retired");
                    if (item != null && item.retired()) {
                        getStyleClass().add("retired");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.fire();
                }
            });
            return row;
        });
    }

    private Node detailPane() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.getStyleClass().add("detail");
        Label title = new Label(i18n.get("register.detail"));
        title.getStyleClass().add("detail-title");
        VBox box = new VBox(8, title, grid);
        box.setPadding(new Insets(6));
        Runnable fill = () -> {
            grid.getChildren().clear();
            DirectoryRecord r = model.selectedProperty().get();
            if (r == null) {
                grid.add(new Label(i18n.get("register.detail.none")), 0, 0);
                return;
            }
            List<Field> fields = model.register().fields();
            for (int i = 0; i < fields.size(); i++) {
                Label name = new Label(label(fields.get(i)));
                name.getStyleClass().add("detail-name");
                Label value = new Label(display(fields.get(i), r.values()[i]));
                value.setWrapText(true);
                value.setMaxWidth(260);
                grid.add(name, 0, i);
                grid.add(value, 1, i);
            }
            grid.add(new Label(i18n.get("register.state")), 0, fields.size());
            grid.add(new Label(r.retired() ? i18n.get("register.state.retired") : i18n.get("register.state.active")),
                    1, fields.size());
        };
        model.selectedProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node pager(String id) {
        Button first = new Button("«");
        Button prev = new Button("‹");
        Button next = new Button("›");
        Button last = new Button("»");
        next.setId("next-" + id);
        prev.setId("prev-" + id);
        Label where = new Label();
        where.setId("page-" + id);
        where.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("register.page", model.pageIndexProperty().get() + 1, model.pageCountProperty().get()),
                model.pageIndexProperty(), model.pageCountProperty()));
        first.setOnAction(e -> model.pageIndexProperty().set(0));
        prev.setOnAction(e -> model.pageIndexProperty().set(Math.max(0, model.pageIndexProperty().get() - 1)));
        next.setOnAction(e -> model.pageIndexProperty().set(
                Math.min(model.pageCountProperty().get() - 1, model.pageIndexProperty().get() + 1)));
        last.setOnAction(e -> model.pageIndexProperty().set(model.pageCountProperty().get() - 1));
        first.disableProperty().bind(model.pageIndexProperty().isEqualTo(0));
        prev.disableProperty().bind(model.pageIndexProperty().isEqualTo(0));
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        HBox bar = new HBox(6, first, prev, where, next, last);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private String label(Field f) {
        return i18n.locale().getLanguage().equals("en") ? f.english() : f.chinese();
    }

    /** How a stored value reads to a person: flags as yes/no, lists with the Chinese list comma. */
    String display(Field field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case FLAG -> "1".equals(value) ? i18n.get("value.yes") : i18n.get("value.no");
            case LIST, CODE_LIST -> value.replace(";", i18n.locale().getLanguage().equals("en") ? ", " : "、");
            default -> value;
        };
    }
}
