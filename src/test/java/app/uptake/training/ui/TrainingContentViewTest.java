package app.uptake.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.ModuleStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrainingContentViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theProgramOfficeSeesEveryModuleLiveAndReloadsInGerman() {
        signInAs(DemoLogins.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(TrainingContentView.class);
        test($(Button.class).id("reload-training-content")).click();

        Grid<ModuleStatus> grid = $(Grid.class).id("training-modules");
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            ModuleStatus module = test(grid).getRow(row);
            if (!module.moduleId().startsWith("test-")) {
                titles.add(test(grid).getCellText(row, 0));
                assertThat(module.state()).isEqualTo(ModuleStatus.State.LIVE);
            }
        }
        assertThat(titles).hasSizeGreaterThanOrEqualTo(8).contains("CRM ist, wie wir mit Kunden arbeiten");
        assertThat($(Paragraph.class).id("training-content-summary").getText()).contains("Modulen aktiv, 0 Fehler");
        // no problems: the problems list is hidden
        assertThat($(Grid.class).all()).noneMatch(g -> "training-problems".equals(g.getId().orElse(null)));
    }
}
