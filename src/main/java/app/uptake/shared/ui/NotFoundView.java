package app.uptake.shared.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and for pages the user may not open: the two look the same on purpose,
 * so an address reveals nothing about what exists.
 */
@Tag("div")
@PermitAll
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        addClassName("uptake-error-page");
        getElement().appendChild(new H2(getTranslation("error.notFound.title")).getElement(),
                new Paragraph(getTranslation("error.notFound.text")).getElement(),
                new Anchor("", getTranslation("error.backHome")).getElement());
        getElement().setAttribute("id", "not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
