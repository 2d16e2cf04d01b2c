package app.uptake.training.ui;

import app.uptake.training.CertificateCheck;
import app.uptake.training.CertificateService;
import app.uptake.training.CertificateValidity;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The public page behind the code printed on a certificate: anybody may check whether it is valid, for which
 * module and since when. It shows nothing about the holder, and no sign-in is needed.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class CertificateVerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final CertificateService certificates;
    private final TextField code = new TextField();
    private final Div outcome = new Div();

    public CertificateVerificationView(CertificateService certificates) {
        this.certificates = certificates;
        setId("verify-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        addClassName("uptake-login");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("uptake-login-brand");
        code.setLabel(getTranslation("verify.code"));
        code.setId("verify-code");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.setWidthFull();
        Button check = new Button(getTranslation("verify.check"), click -> check(code.getValue()));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        FlexLayout form = new FlexLayout(code, check);
        form.addClassName("verify-form");
        outcome.setId("verify-outcome");
        Anchor signIn = new Anchor("login", getTranslation("verify.signIn"));
        Div card = new Div(brand, new H2(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")),
                form, outcome, signIn);
        card.addClassName("uptake-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get(CODE).ifPresent(given -> {
            code.setValue(given);
            check(given);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }

    static RouteParameters parameters(String code) {
        return new RouteParameters(new RouteParam(CODE, code));
    }

    private void check(String given) {
        outcome.removeAll();
        outcome.getElement().getThemeList().clear();
        code.setInvalid(false);
        if (given.replaceAll("[\\s-]", "").length() != 12) {
            code.setErrorMessage(getTranslation("verify.invalidCode"));
            code.setInvalid(true);
            return;
        }
        Optional<CertificateCheck> found = certificates.verify(given);
        if (found.isEmpty()) {
            outcome.add(new H2(getTranslation("verify.notFound")));
            outcome.setClassName("verify-outcome verify-unknown");
            return;
        }
        CertificateCheck check = found.get();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        H2 verdict = new H2(getTranslation("verify." + check.validity().name()));
        verdict.setId("verify-verdict");
        outcome.add(verdict, new Paragraph(getTranslation("verify.module", check.moduleTitle().in(getLocale()))),
                new Paragraph(getTranslation("verify.issued", date.format(check.issuedOn()))));
        if (check.validUntil() != null) {
            outcome.add(new Paragraph(getTranslation("verify.validUntil", date.format(check.validUntil()))));
        }
        outcome.setClassName("verify-outcome " + (check.validity() == CertificateValidity.VALID ? "verify-valid" : "verify-invalid"));
    }
}
