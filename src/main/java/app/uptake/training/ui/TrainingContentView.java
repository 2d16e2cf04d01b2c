package app.uptake.training.ui;

import app.uptake.shared.CompanyCalendar;
import app.uptake.training.ContentProblem;
import app.uptake.training.ContentStatus;
import app.uptake.training.ModuleStatus;
import app.uptake.training.TrainingContentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The training modules of training-content/ as the program office sees them: which version is live, what the
 * files say now, and every problem with its file and line. Reloading reads the folder again.
 */
@Route("admin/training/content")
@RolesAllowed("ADMIN")
@Menu(order = 75, title = "trainingContent.nav", icon = "vaadin:academy-cap")
public class TrainingContentView extends VerticalLayout implements HasDynamicTitle {

    /** Times show in the company's time zone, whatever the server's. */
    private final ZoneId zone;

    private final TrainingContentService content;
    private final Paragraph summary = new Paragraph();
    private final Grid<ModuleStatus> modules = new Grid<>();
    private final Grid<ContentProblem> problems = new Grid<>();
    private final H3 problemsTitle = new H3();

    public TrainingContentView(TrainingContentService content, CompanyCalendar calendar) {
        this.zone = calendar.zone();
        this.content = content;
        setId("training-content");
        addClassName("uptake-page");
        Button reload = new Button(getTranslation("trainingContent.reload"), VaadinIcon.REFRESH.create(), click -> reload());
        reload.setId("reload-training-content");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.setId("training-content-summary");
        HorizontalLayout bar = new HorizontalLayout(summary, reload);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.BASELINE);
        bar.expand(summary);
        add(new H2(getTranslation("trainingContent.title")), new Paragraph(getTranslation("trainingContent.intro")), bar);

        modules.setId("training-modules");
        modules.addColumn(m -> m.title().in(getLocale())).setHeader(getTranslation("trainingContent.module"))
                .setFlexGrow(1).setResizable(true);
        modules.addColumn(ModuleStatus::moduleId).setHeader(getTranslation("trainingContent.id")).setAutoWidth(true)
                .setFlexGrow(0);
        modules.addColumn(m -> orDash(m.liveVersion())).setHeader(getTranslation("trainingContent.liveVersion"))
                .setAutoWidth(true).setFlexGrow(0);
        modules.addColumn(m -> m.liveSince() == null ? "–" : day(m.liveSince()))
                .setHeader(getTranslation("trainingContent.liveSince")).setAutoWidth(true).setFlexGrow(0);
        modules.addColumn(m -> orDash(m.filesVersion())).setHeader(getTranslation("trainingContent.filesVersion"))
                .setAutoWidth(true).setFlexGrow(0);
        modules.addColumn(ModuleStatus::lessons).setHeader(getTranslation("trainingContent.lessons")).setAutoWidth(true)
                .setFlexGrow(0);
        modules.addColumn(ModuleStatus::questions).setHeader(getTranslation("trainingContent.questions"))
                .setAutoWidth(true).setFlexGrow(0);
        modules.addComponentColumn(this::state).setHeader(getTranslation("trainingContent.state")).setAutoWidth(true)
                .setFlexGrow(0);
        modules.setAllRowsVisible(true);

        problemsTitle.setId("training-problems-title");
        problems.setId("training-problems");
        problems.addColumn(p -> orDash(p.moduleId())).setHeader(getTranslation("trainingContent.module")).setFlexGrow(2);
        problems.addColumn(p -> p.file() == null ? "–" : p.line() > 0 ? p.file() + ":" + p.line() : p.file())
                .setHeader(getTranslation("trainingContent.file")).setFlexGrow(2);
        problems.addColumn(this::message).setHeader(getTranslation("trainingContent.problem")).setFlexGrow(5);
        problems.setAllRowsVisible(true);
        add(modules, problemsTitle, problems);
        show(content.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainingContent.title");
    }

    private void reload() {
        ContentStatus status = content.reload();
        show(status);
        Notification note = Notification.show(getTranslation("trainingContent.reloaded", status.live(), status.problems().size()),
                4000, Notification.Position.BOTTOM_START);
        note.addThemeVariants(status.problems().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private void show(ContentStatus status) {
        summary.setText(getTranslation("trainingContent.summary", status.live(), status.modules().size(),
                status.problems().size(), time(status.readAt())));
        modules.setItems(status.modules());
        problems.setItems(status.problems());
        problemsTitle.setText(getTranslation("trainingContent.problems", status.problems().size()));
        problems.setVisible(!status.problems().isEmpty());
        problemsTitle.setVisible(!status.problems().isEmpty());
    }

    private Span state(ModuleStatus module) {
        Span badge = new Span(getTranslation(module.state().messageKey()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (module.state()) {
            case LIVE -> "success";
            case PROBLEMS_EARLIER_VERSION_LIVE, FILES_MISSING -> "contrast";
            case PROBLEMS_NOT_PUBLISHED -> "error";
        });
        return badge;
    }

    /** The problem in the user's language, naming what is wrong exactly (the detail comes from the files). */
    private String message(ContentProblem problem) {
        String key = "trainingContent.problem." + problem.code();
        String text = getTranslation(key, orDash(problem.detail()));
        return text.equals(key) || text.startsWith("!{") ? problem.describe() : text;
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone).format(instant);
    }

    private String day(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone).format(instant);
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
