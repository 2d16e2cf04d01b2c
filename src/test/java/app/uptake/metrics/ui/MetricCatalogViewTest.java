package app.uptake.metrics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityType;
import app.uptake.metrics.Aggregation;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.MetricDefinition;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricCatalogViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everybodyReadsTheCatalogButOnlyTheProgramOfficeAddsToIt() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MetricCatalogView.class);
        Grid<MetricDefinition> grid = $(Grid.class).id("metric-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(15);
        assertThat($(Button.class).withId("add-metric").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminAddsAMetricAndIsToldWhatIsMissingNextToTheField() {
        signInAs(DemoLogins.ADMIN);
        navigate(MetricCatalogView.class);
        test($(Button.class).id("add-metric")).click();
        MetricFormDialog dialog = $(MetricFormDialog.class).single();
        dialog.code.setValue("EMAILS_PER_WEEK");
        dialog.nameEn.setValue("E-mails per week");
        dialog.nameDe.setValue("E-Mails pro Woche");
        dialog.descriptionEn.setValue("E-mails logged per person and week.");
        dialog.descriptionDe.setValue("Erfasste E-Mails je Person und Woche.");
        dialog.methodEn.setValue("E-mails logged divided by person-weeks employed.");
        dialog.methodDe.setValue("Erfasste E-Mails geteilt durch beschäftigte Personenwochen.");
        dialog.numerator.aggregation.setValue(Aggregation.COUNT);
        dialog.denominatorKind.setValue(DenominatorKind.EMPLOYEE_WEEKS);

        test($(Button.class).id("save-metric")).click();
        assertThat(dialog.numerator.types.isInvalid()).isTrue();
        assertThat(dialog.numerator.types.getErrorMessage()).isEqualTo("Choose at least one event type.");

        dialog.numerator.types.setValue(Set.of(ActivityType.EMAIL));
        test($(Button.class).id("save-metric")).click();
        Grid<MetricDefinition> grid = $(Grid.class).id("metric-grid");
        assertThat(grid.getListDataView().getItems().map(MetricDefinition::code)).contains("EMAILS_PER_WEEK");
    }
}
