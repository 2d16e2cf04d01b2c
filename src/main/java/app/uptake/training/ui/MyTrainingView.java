package app.uptake.training.ui;

import app.uptake.training.MyAssignment;
import app.uptake.training.MyTrainingService;
import app.uptake.training.TrainingStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The signed-in person's assigned training modules, the soonest due first, each opening where they stopped. */
@Route("training")
@PermitAll
@Menu(order = 30, title = "training.nav", icon = "vaadin:academy-cap")
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    public MyTrainingView(MyTrainingService training) {
        setId("my-training");
        addClassName("uptake-page");
        add(new H2(getTranslation("training.title")), new Paragraph(getTranslation("training.intro")));
        List<MyAssignment> mine = training.mine(getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("training.empty"));
            empty.setId("training-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("training-assignments");
        list.addClassName("training-list");
        mine.forEach(assignment -> list.add(card(assignment)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title");
    }

    private Div card(MyAssignment assignment) {
        String id = assignment.moduleId();
        H3 title = new H3(assignment.title());
        title.setId("title-" + id);

        Span status = badge(getTranslation(assignment.status().messageKey()), switch (assignment.status()) {
            case COMPLETED -> "success";
            case OVERDUE -> "error";
            case IN_PROGRESS -> "";
            case NOT_STARTED -> "contrast";
        });
        status.setId("status-" + id);
        FlexLayout badges = new FlexLayout(status);
        badges.addClassName("training-badges");
        if (assignment.mandatory()) {
            Span mandatory = badge(getTranslation("training.mandatory"), "contrast");
            mandatory.setId("mandatory-" + id);
            badges.add(mandatory);
        }
        Span due = new Span(getTranslation("training.due", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(assignment.dueOn())));
        due.setId("due-" + id);
        if (assignment.status() == TrainingStatus.OVERDUE) {
            due.addClassName("training-overdue");
        }
        badges.add(due);

        ProgressBar progress = new ProgressBar(0, 1, assignment.progress());
        progress.setId("progress-" + id);
        Span lessons = new Span(getTranslation("training.lessonsRead", assignment.lessonsRead(), assignment.lessonCount()));
        lessons.setId("lessons-" + id);

        boolean resume = assignment.started() && assignment.status() != TrainingStatus.COMPLETED;
        Button open = new Button(getTranslation(resume ? "training.continue" : "training.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(LessonView.class,
                        LessonView.parameters(id, assignment.nextLesson()))));
        open.setId("open-" + id);
        if (resume || assignment.status() == TrainingStatus.OVERDUE) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }

        Div card = new Div(title, badges, progress, lessons, open);
        card.setId("assignment-" + id);
        card.addClassName("training-card");
        return card;
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }
}
