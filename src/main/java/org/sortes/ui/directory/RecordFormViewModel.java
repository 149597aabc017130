package org.sortes.ui.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldType;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.ValidationException;
import org.sortes.ui.TaskRunner;

/**
 * One record added or edited: its values as typed, checked and saved off the FX thread by the same
 * rules as an import. A refused value keeps the form open with the reasons, so nothing typed is lost.
 */
public final class RecordFormViewModel {
    private final Register register;
    private final boolean isNew;
    private final DirectoryService service;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final List<StringProperty> values = new ArrayList<>();
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    /** @param existing the record to edit, or null for a new one */
    public RecordFormViewModel(Register register, DirectoryRecord existing, DirectoryService service, TaskRunner tasks,
                               I18n i18n) {
        this.register = register;
        this.isNew = existing == null;
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
        List<Field> fields = register.fields();
        for (int i = 0; i < fields.size(); i++) {
            values.add(new SimpleStringProperty(existing == null ? "" : shown(fields.get(i), existing.values()[i])));
        }
    }

    public Register register() {
        return register;
    }

    public boolean isNew() {
        return isNew;
    }

    public List<Field> fields() {
        return register.fields();
    }

    /** The i-th field's value as typed. */
    public StringProperty value(int i) {
        return values.get(i);
    }

    /** The key identifies the record across versions: it is typed once, when the record is new. */
    public boolean editable(int i) {
        boolean isKey = register == Register.SUBJECTS ? i <= 1 : i == 0;
        return isNew || !isKey;
    }

    public String label(int i) {
        Field f = fields().get(i);
        return (i18n.locale().getLanguage().equals("en") ? f.english() : f.chinese()) + (f.required() ? " *" : "");
    }

    /** An example of what the field takes. */
    public String hint(int i) {
        return switch (fields().get(i).type()) {
            case DATE -> "2026-01-31";
            case FLAG -> i18n.get("form.hint.flag");
            case RISK_CLASS -> "A / B / C / D";
            case DUTY_STATUS -> "在岗 / 离岗";
            case LIST, CODE_LIST -> i18n.get("form.hint.list");
            case REGION -> "620102";
            case USCC -> "91620102XXXXXXXXXX";
            default -> "";
        };
    }

    /** Why the last save was refused, one reason a line; empty when none. */
    public ReadOnlyStringProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** Checks and saves the values off the FX thread; saved receives the stored record. */
    public void save(Consumer<DirectoryRecord> saved) {
        if (saving.get()) {
            return;
        }
        String[] raw = values.stream().map(StringProperty::get).toArray(String[]::new);
        saving.set(true);
        tasks.run(p -> service.save(register, raw, isNew), record -> {
            saving.set(false);
            errors.set("");
            saved.accept(record);
        }, ex -> {
            saving.set(false);
            errors.set(ex instanceof ValidationException v ? String.join("\n", v.messages()) : i18n.explain(ex));
        });
    }

    private static String shown(Field f, String value) {
        if (value == null) {
            return "";
        }
        return f.type() == FieldType.FLAG ? ("1".equals(value) ? "是" : "否") : value;
    }
}
