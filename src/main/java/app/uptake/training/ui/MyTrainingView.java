package app.uptake.training.ui;

import app.uptake.training.CertificateService;
import app.uptake.training.CertificateValidity;
import app.uptake.training.MyAssignment;
import app.uptake.training.MyCertificate;
import app.uptake.training.MyTrainingService;
import app.uptake.training.TrainingStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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

    private final CertificateService certificates;

    public MyTrainingView(MyTrainingService training, CertificateService certificates) {
        this.certificates = certificates;
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
        List<MyCertificate> held = certificates.mine(getLocale());
        if (!held.isEmpty()) {
            add(new H2(getTranslation("training.certificates.title")), certificateList(held));
        }
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
        if (assignment.recertifying()) {
            Span recertify = badge(getTranslation("training.recertify"), "error");
            recertify.setId("recertify-" + id);
            badges.add(recertify);
        }
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

        FlexLayout buttons = new FlexLayout(open);
        buttons.addClassName("training-badges");
        if (assignment.quizReady()) {
            open.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button quiz = new Button(getTranslation("training.quiz.take"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(QuizView.class, QuizView.parameters(id))));
            quiz.setId("quiz-" + id);
            quiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(quiz);
        }
        if (assignment.status() == TrainingStatus.COMPLETED && assignment.certificateCode() != null) {
            buttons.add(CertificateLinks.link(certificates, assignment.certificateCode(), getLocale(),
                    "certificate-" + id, getTranslation("training.certificate.download")));
        }

        Div card = new Div(title, badges, progress, lessons, buttons);
        card.setId("assignment-" + id);
        card.addClassName("training-card");
        return card;
    }

    private Div certificateList(List<MyCertificate> held) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div list = new Div();
        list.setId("training-certificates");
        list.addClassName("training-list");
        for (MyCertificate certificate : held) {
            H3 title = new H3(certificate.title() + " " + certificate.version());
            Span validity = badge(getTranslation(certificate.validity().messageKey()),
                    certificate.validity() == CertificateValidity.VALID ? "success" : "contrast");
            String when = getTranslation("training.certificates.completed", date.format(certificate.issuedOn()))
                    + (certificate.validUntil() == null ? ""
                            : ", " + getTranslation("training.certificates.validUntil", date.format(certificate.validUntil())));
            FlexLayout badges = new FlexLayout(validity, new Span(when));
            badges.addClassName("training-badges");
            Div card = new Div(title, badges, new Span(getTranslation("training.quiz.certificateCode", certificate.code())),
                    CertificateLinks.link(certificates, certificate.code(), getLocale(), "pdf-" + certificate.code(),
                            getTranslation("training.certificate.download")));
            card.addClassName("training-card");
            list.add(card);
        }
        return list;
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
