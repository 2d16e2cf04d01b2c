package app.uptake.activity.ui;

import app.uptake.activity.ActivityType;
import app.uptake.activity.ColumnMapping;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For files in no known layout: one column picker per Uptake field, listing the file's header columns, plus
 * an optional type for every row and a translation of the file's type values.
 */
class ColumnMappingForm extends VerticalLayout {

    private final Map<String, ComboBox<String>> pickers = new LinkedHashMap<>();
    private final ComboBox<ActivityType> fixedType = new ComboBox<>();
    private final TextArea typeValues = new TextArea();

    ColumnMappingForm() {
        setId("column-mapping");
        setPadding(false);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        for (String field : ColumnMapping.FIELDS) {
            ComboBox<String> picker = new ComboBox<>(field);
            picker.setId("mapping-" + field);
            picker.setClearButtonVisible(true);
            picker.setRequiredIndicatorVisible(ColumnMapping.REQUIRED.contains(field));
            pickers.put(field, picker);
            form.add(picker);
        }
        fixedType.setId("mapping-fixed-type");
        fixedType.setLabel(getTranslation("activityImport.view.mapping.fixedType"));
        fixedType.setItems(ActivityType.values());
        fixedType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        fixedType.setClearButtonVisible(true);
        typeValues.setId("mapping-type-values");
        typeValues.setLabel(getTranslation("activityImport.view.mapping.typeValues"));
        form.add(fixedType);
        form.add(typeValues, 2);
        add(new H3(getTranslation("activityImport.view.mapping.title")),
                new Paragraph(getTranslation("activityImport.view.mapping.help")), form);
    }

    /** Offers the file's columns; a field left unchosen gets the column of the same name, if there is one. */
    void offer(List<String> columns) {
        pickers.forEach((field, picker) -> {
            String chosen = picker.getValue();
            picker.setItems(columns);
            if (chosen != null && columns.contains(chosen)) {
                picker.setValue(chosen);
            } else {
                columns.stream().filter(c -> c.equalsIgnoreCase(field)).findFirst().ifPresent(picker::setValue);
            }
        });
    }

    ColumnMapping mapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        pickers.forEach((field, picker) -> columns.put(field, picker.getValue()));
        return new ColumnMapping(columns, fixedType.getValue(), ColumnMapping.parseTypeValues(typeValues.getValue()));
    }
}
