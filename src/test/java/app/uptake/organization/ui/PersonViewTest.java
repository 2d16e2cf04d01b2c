package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonViewTest extends UiTest {

    @Autowired
    EmployeeRepository employees;

    private long id(String login) {
        return employees.findByEmail(login).orElseThrow().getId();
    }

    @Test
    void anEmployeeSeesTheirOwnProfileWithTheirManager() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate("people/" + id(DemoLogins.EMPLOYEE), PersonView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Jonas Becker");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("manager").getElement().getTextRecursively())
                .contains("Sabine Krüger");
    }

    @Test
    void anEmployeeCannotOpenSomebodyElsesProfileByAddress() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate("people/" + id(DemoLogins.MANAGER), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aManagerSeesTheirReportsProfileAndTheLookIsAudited() {
        signInAs(DemoLogins.MANAGER);
        navigate("people/" + id(DemoLogins.EMPLOYEE), PersonView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Jonas Becker");
        signInAs(DemoLogins.ADMIN);
        assertThat(audit.latest(new app.uptake.shared.OffsetLimit(0, 5))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("INDIVIDUAL_DATA_VIEWED");
            assertThat(entry.actor()).isEqualTo(DemoLogins.MANAGER);
            assertThat(entry.subjectId()).isEqualTo(String.valueOf(id(DemoLogins.EMPLOYEE)));
        });
    }

    @Autowired
    app.uptake.audit.AuditService audit;

    @Test
    void anUnknownIdLooksExactlyLikeAForbiddenOne() {
        signInAs(DemoLogins.ADMIN);
        navigate("people/999999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
