package app.uptake.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.DataSourceKind;
import app.uptake.activity.DataSourceStatus;
import app.uptake.shared.ui.Chart;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataSourcesViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theProgramOfficeAddsAFeedAndReadsTheDataQualityOfASource() {
        signInAs(DemoLogins.ADMIN);
        navigate(DataSourcesView.class);
        Grid<DataSourceStatus> grid = $(Grid.class).id("source-grid");
        assertThat(grid.getListDataView().getItems().map(DataSourceStatus::code)).contains("UPLOAD", "CRM-API", "DEMO-CRM");

        test($(Button.class).id("add-connector")).click();
        String code = "FEED-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        test($(TextField.class).id("connector-code")).setValue(code);
        test($(TextField.class).id("connector-name")).setValue("Service cloud feed");
        ((Select<DataSourceKind>) $(Select.class).id("connector-kind")).setValue(DataSourceKind.HTTP_FEED);
        test($(TextArea.class).id("connector-settings")).setValue("url=not a url");
        test($(Button.class).id("save-connector")).click();
        assertThat($(TextArea.class).id("connector-settings").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("connector-settings").getErrorMessage()).contains("not a url");

        test($(TextArea.class).id("connector-settings")).setValue("url=https://crm.example.com/feed\npageSize=200");
        test($(IntegerField.class).id("connector-interval")).setValue(30);
        test($(Button.class).id("save-connector")).click();
        assertThat(grid.getListDataView().getItems().map(DataSourceStatus::code)).contains(code);

        DataSourceStatus demo = grid.getListDataView().getItems().filter(s -> s.code().equals("DEMO-CRM")).findFirst().orElseThrow();
        grid.select(demo);
        assertThat($(Div.class).id("source-quality").getElement().getTextRecursively()).contains("Events stored", "Ingested");
        assertThat($(Chart.class).id("source-quality-chart").getOptionJson()).contains("Late arrivals");
        assertThat(test((Grid<?>) $(Grid.class).id("source-runs")).size()).isGreaterThanOrEqualTo(1);
    }
}
