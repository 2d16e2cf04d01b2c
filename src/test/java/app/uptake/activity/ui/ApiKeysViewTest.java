package app.uptake.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ApiKeySummary;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeysViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAdminCreatesASourceAndAKeyThatIsShownOnceAndRevokesIt() {
        signInAs(DemoLogins.ADMIN);
        navigate(ApiKeysView.class);
        test($(Button.class).id("new-api-source")).click();
        test($(TextField.class).id("api-source-code")).setValue("bad code");
        test($(TextField.class).id("api-source-name")).setValue("Sales Cloud");
        test($(Button.class).id("save-api-source")).click();
        assertThat($(TextField.class).id("api-source-code").isInvalid()).isTrue();
        test($(TextField.class).id("api-source-code")).setValue("SF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        test($(Button.class).id("save-api-source")).click();

        test($(Button.class).id("create-api-key")).click();
        test($(TextField.class).id("api-key-label")).setValue("Nightly Salesforce sync");
        test($(Button.class).id("save-api-key")).click();
        String key = $(TextField.class).id("new-api-key").getValue();
        assertThat(key).matches("upk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");

        Grid<ApiKeySummary> grid = $(Grid.class).id("api-key-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        ApiKeySummary row = test(grid).getRow(0);
        assertThat(row.label()).isEqualTo("Nightly Salesforce sync");
        assertThat(key).startsWith("upk_" + row.prefix() + "_");
        assertThat(row.isRevoked()).isFalse();

        test((Button) test(grid).getCellComponent(0, 6)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(grid).getRow(0).isRevoked()).isTrue();
    }

    @Test
    void otherRolesCannotOpenIt() {
        signInAs(DemoLogins.HR);
        navigate("admin/activity/api-keys", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(app.uptake.shared.ui.NotFoundView.class);
    }
}
