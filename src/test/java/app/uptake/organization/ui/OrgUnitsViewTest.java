package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.OrgUnit;
import app.uptake.organization.internal.OrgUnitRepository;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrgUnitsViewTest extends UiTest {

    @Autowired
    OrgUnitRepository units;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheTreeAndAddsATeamBelowADepartment() {
        signInAs(DemoLogins.ADMIN);
        navigate(OrgUnitsView.class);
        TreeGrid<OrgUnit> tree = $(TreeGrid.class).id("org-tree");
        assertThat(test(tree).getRow(0).name()).isEqualTo("Hansen Antriebstechnik GmbH");

        OrgUnit department = null;
        for (int i = 0; i < test(tree).size(); i++) {
            if (test(tree).getRow(i).kind() == app.uptake.organization.OrgUnitKind.DIVISION) {
                tree.expand(test(tree).getRow(i));
            }
        }
        for (int i = 0; i < test(tree).size() && department == null; i++) {
            if (test(tree).getRow(i).kind() == app.uptake.organization.OrgUnitKind.DEPARTMENT) {
                department = test(tree).getRow(i);
            }
        }
        assertThat(department).isNotNull();
        tree.select(department);

        test($(Button.class).id("org-add")).click();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        test($(TextField.class).id("org-name")).setValue("Tiger Team");
        test($(TextField.class).id("org-code")).setValue(code);
        test($(Button.class).id("org-dialog-ok")).click();
        assertThat(units.findByCodeIgnoreCase(code)).hasValueSatisfying(u ->
                assertThat(u.getName()).isEqualTo("Tiger Team"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenCodeIsShownAtTheCodeField() {
        signInAs(DemoLogins.ADMIN);
        navigate(OrgUnitsView.class);
        TreeGrid<OrgUnit> tree = $(TreeGrid.class).id("org-tree");
        OrgUnit company = test(tree).getRow(0);
        tree.select(company);
        test($(Button.class).id("org-add")).click();
        test($(TextField.class).id("org-name")).setValue("Another sales");
        test($(TextField.class).id("org-code")).setValue(company.code());
        test($(Button.class).id("org-dialog-ok")).click();
        TextField code = $(TextField.class).id("org-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains(company.code());
    }
}
