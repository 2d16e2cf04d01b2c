package app.uptake.training.ui;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.training.CertificateService;
import app.uptake.training.QuizResult;
import app.uptake.training.QuizService;
import app.uptake.training.QuizSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quiz of an assigned module: the questions without the answer key, then the graded result with what was
 * wrong and why, and the certificate after a pass.
 */
@Route("quiz/:moduleId")
@PermitAll
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE = "moduleId";

    private final QuizService quiz;
    private final CertificateService certificates;
    private final Map<String, AnswerField> answers = new LinkedHashMap<>();
    private String pageTitle = "";

    public QuizView(QuizService quiz, CertificateService certificates) {
        this.quiz = quiz;
        this.certificates = certificates;
        setId("quiz-view");
        addClassNames("uptake-page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get(MODULE).orElse("");
        try {
            show(quiz.start(moduleId, getLocale()));
        } catch (AccessDeniedException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (BusinessRuleException refused) {
            pageTitle = getTranslation("training.quiz.take");
            Paragraph reason = new Paragraph(getTranslation(refused.messageKey(), refused.args()));
            reason.setId("quiz-refused");
            column(new H2(pageTitle), reason);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** The route parameters of a module's quiz. */
    static RouteParameters parameters(String moduleId) {
        return new RouteParameters(new RouteParam(MODULE, moduleId));
    }

    private void show(QuizSheet sheet) {
        pageTitle = getTranslation("training.quiz.title", sheet.moduleTitle());
        answers.clear();
        H2 title = new H2(pageTitle);
        title.setId("quiz-title");
        Paragraph intro = new Paragraph(getTranslation("training.quiz.intro", sheet.questions().size(), sheet.passMark()));
        Div questions = new Div();
        questions.addClassName("quiz-questions");
        sheet.questions().forEach(q -> questions.add(question(q)));
        Button submit = new Button(getTranslation("training.quiz.submit"), VaadinIcon.CHECK.create(),
                click -> submit(sheet));
        submit.setId("quiz-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        column(title, intro, questions, submit);
    }

    private Component question(QuizSheet.Question question) {
        H3 text = new H3(question.number() + ". " + question.text());
        Span hint = new Span(getTranslation(question.multiple() ? "training.quiz.multiple" : "training.quiz.single"));
        hint.addClassName("quiz-hint");
        Component field;
        if (question.multiple()) {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setItems(question.options().stream().map(QuizSheet.Option::id).toList());
            group.setItemLabelGenerator(id -> label(question, id));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            answers.put(question.id(), new AnswerField(group, group::getValue));
            field = group;
        } else {
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setItems(question.options().stream().map(QuizSheet.Option::id).toList());
            group.setItemLabelGenerator(id -> label(question, id));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            answers.put(question.id(), new AnswerField(group,
                    () -> group.getValue() == null ? Set.of() : Set.of(group.getValue())));
            field = group;
        }
        field.setId("q-" + question.id());
        Div block = new Div(text, hint, field);
        block.addClassName("quiz-question");
        return block;
    }

    private static String label(QuizSheet.Question question, String optionId) {
        return question.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .map(QuizSheet.Option::text).orElse(optionId);
    }

    private void submit(QuizSheet sheet) {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<String, AnswerField> answer : answers.entrySet()) {
            Set<String> value = answer.getValue().chosen().get();
            chosen.put(answer.getKey(), new HashSet<>(value));
            HasValidation field = answer.getValue().field();
            field.setInvalid(value.isEmpty());
            field.setErrorMessage(value.isEmpty() ? getTranslation("training.quiz.unansweredHere") : null);
            complete &= !value.isEmpty();
        }
        try {
            showResult(quiz.submit(sheet.attemptToken(), chosen, getLocale()));
        } catch (BusinessRuleException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.args()));
            if (complete && refused.field() == null) {
                // the attempt cannot be graded any more (replayed, changed module): start afresh
                getUI().ifPresent(ui -> ui.navigate(QuizView.class, parameters(sheet.moduleId())));
            }
        }
    }

    private void showResult(QuizResult result) {
        H2 heading = new H2(getTranslation(result.passed() ? "training.quiz.passed" : "training.quiz.failed",
                result.correct(), result.total(), result.scorePercent(), result.passMark()));
        heading.setId("quiz-outcome");
        heading.addClassName(result.passed() ? "quiz-passed" : "quiz-failed");

        FlexLayout actions = new FlexLayout();
        actions.addClassName("lesson-buttons");
        if (result.passed()) {
            Span code = new Span(getTranslation("training.quiz.certificateCode", result.certificateCode()));
            code.setId("quiz-certificate-code");
            actions.add(code, CertificateLinks.link(certificates, result.certificateCode(), getLocale(), "quiz-certificate",
                    getTranslation("training.quiz.downloadCertificate")));
        } else if (result.minutesUntilRetry() > 0) {
            Span wait = new Span(getTranslation("training.quiz.retryIn", result.minutesUntilRetry()));
            wait.setId("quiz-retry-wait");
            actions.add(wait);
        } else {
            Button retry = new Button(getTranslation("training.quiz.retry"), VaadinIcon.REFRESH.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(QuizView.class, parameters(result.moduleId()))));
            retry.setId("quiz-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(retry);
        }
        RouterLink back = new RouterLink(getTranslation("training.lesson.back"), MyTrainingView.class);
        back.setId("quiz-back");
        actions.add(back);

        Div feedback = new Div();
        feedback.setId("quiz-feedback");
        feedback.addClassName("quiz-questions");
        result.feedback().forEach(f -> feedback.add(feedback(f)));
        column(heading, actions, feedback);
    }

    private Component feedback(QuizResult.Feedback item) {
        H3 text = new H3(item.number() + ". " + item.question());
        Span verdict = new Span(getTranslation(item.correct() ? "training.quiz.correctAnswer" : "training.quiz.wrongAnswer"));
        verdict.getElement().getThemeList().add("badge");
        verdict.getElement().getThemeList().add(item.correct() ? "success" : "error");
        verdict.setId("verdict-" + item.questionId());
        Div block = new Div(text, verdict);
        if (!item.wrongChoices().isEmpty()) {
            block.add(new Paragraph(getTranslation("training.quiz.wrongChoices", String.join("; ", item.wrongChoices()))));
        }
        if (item.missedCount() > 0) {
            block.add(new Paragraph(getTranslation("training.quiz.missed", item.missedCount())));
        }
        Paragraph explanation = new Paragraph(item.explanation());
        explanation.addClassName("quiz-explanation");
        block.add(explanation);
        block.addClassNames("quiz-question", item.correct() ? "quiz-right" : "quiz-wrong");
        return block;
    }

    private void column(Component... content) {
        removeAll();
        Div column = new Div();
        column.addClassName("lesson-column");
        RouterLink back = new RouterLink(getTranslation("training.lesson.back"), MyTrainingView.class);
        column.add(back);
        column.add(content);
        add(column);
    }

    /** A question's field and what it says was chosen, as option ids. */
    private record AnswerField(HasValidation field, Supplier<Set<String>> chosen) {
    }
}
