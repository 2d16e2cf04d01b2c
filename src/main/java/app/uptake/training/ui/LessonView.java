package app.uptake.training.ui;

import app.uptake.training.LessonPage;
import app.uptake.training.MyTrainingService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One lesson of a module assigned to the signed-in person, in their language, in a text column that fits a
 * phone. Opening it marks it read; Previous and Next move through the module.
 */
@Route("training/:moduleId/:lesson")
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE = "moduleId";
    static final String LESSON = "lesson";

    private final MyTrainingService training;
    private String pageTitle = "";

    public LessonView(MyTrainingService training) {
        this.training = training;
        setId("lesson-view");
        addClassNames("uptake-page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(MODULE).orElse("");
        LessonPage page;
        try {
            int position = Integer.parseInt(event.getRouteParameters().get(LESSON).orElse(""));
            page = training.openLesson(moduleId, position, getLocale());
        } catch (NumberFormatException | AccessDeniedException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(LessonPage page) {
        removeAll();
        pageTitle = page.title();
        RouterLink back = new RouterLink(getTranslation("training.lesson.back"), MyTrainingView.class);
        back.setId("lesson-back");
        Span module = new Span(page.moduleTitle());
        module.setId("lesson-module");
        module.addClassName("lesson-module");
        H2 title = new H2(page.title());
        title.setId("lesson-title");
        Span position = new Span(getTranslation("training.lesson.position", page.position(), page.lessonCount()));
        position.setId("lesson-position");
        Html content = new Html(page.html());
        content.setId("lesson-content");

        Button previous = new Button(getTranslation("training.lesson.previous"), VaadinIcon.ARROW_LEFT.create(),
                click -> go(page.moduleId(), page.position() - 1));
        previous.setId("lesson-previous");
        previous.setEnabled(page.hasPrevious());
        Button next;
        if (page.hasNext()) {
            next = new Button(getTranslation("training.lesson.next"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> go(page.moduleId(), page.position() + 1));
            next.setIconAfterText(true);
        } else {
            // the last lesson leads to the quiz, which says itself when it cannot be taken yet
            next = new Button(getTranslation("training.lesson.toQuiz"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(QuizView.class, QuizView.parameters(page.moduleId()))));
        }
        next.setId("lesson-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout buttons = new FlexLayout(previous, next);
        buttons.addClassName("lesson-buttons");

        Div column = new Div(back, module, title, position, content, buttons);
        column.addClassName("lesson-column");
        add(column);
    }

    private void go(String moduleId, int position) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, parameters(moduleId, position)));
    }

    /** The route parameters of a lesson. */
    static RouteParameters parameters(String moduleId, int position) {
        return new RouteParameters(new RouteParam(MODULE, moduleId), new RouteParam(LESSON, String.valueOf(position)));
    }
}
