package app.uptake.goals.progress.ui;

import app.uptake.goals.progress.GoalStatusThresholdService;
import app.uptake.goals.progress.StatusThresholds;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;

/**
 * The program office sets from which attainment (in per cent of what was expected by now) a goal counts as on
 * track and from which as at risk. Every progress figure in the goal map uses them.
 */
@Route("admin/goals/thresholds")
@RolesAllowed("ADMIN")
@Menu(order = 76, title = "goalThresholds.nav", icon = "vaadin:dashboard")
public class GoalStatusThresholdsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalStatusThresholdService thresholds;
    private final TextField onTrack = new TextField();
    private final TextField atRisk = new TextField();
    private final Paragraph example = new Paragraph();

    public GoalStatusThresholdsView(GoalStatusThresholdService thresholds) {
        this.thresholds = thresholds;
        setId("goal-thresholds");
        addClassName("uptake-page");
        add(new H2(getTranslation("goalThresholds.title")), new Paragraph(getTranslation("goalThresholds.intro")));

        onTrack.setId("on-track-threshold");
        onTrack.setLabel(getTranslation("goalThresholds.onTrack"));
        onTrack.setHelperText(getTranslation("goalThresholds.onTrackHelp"));
        atRisk.setId("at-risk-threshold");
        atRisk.setLabel(getTranslation("goalThresholds.atRisk"));
        atRisk.setHelperText(getTranslation("goalThresholds.atRiskHelp"));
        for (TextField field : new TextField[] {onTrack, atRisk}) {
            field.setSuffixComponent(new Span("%"));
            field.setWidth("14rem");
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        Button save = new Button(getTranslation("goalThresholds.save"), click -> save());
        save.setId("save-goal-thresholds");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(onTrack, atRisk, save);
        form.setAlignItems(Alignment.BASELINE);
        example.setId("goal-thresholds-example");
        add(form, example);
        show(thresholds.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goalThresholds.title");
    }

    private void show(StatusThresholds current) {
        onTrack.setValue(format(current.onTrackPercent()));
        atRisk.setValue(format(current.atRiskPercent()));
        onTrack.setInvalid(false);
        atRisk.setInvalid(false);
        example.setText(getTranslation("goalThresholds.example", format(current.onTrackPercent()),
                format(current.atRiskPercent())));
    }

    private void save() {
        try {
            show(thresholds.update(parse(onTrack.getValue()), parse(atRisk.getValue())));
            Notifications.success(getTranslation("goalThresholds.saved"));
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, Map.of("onTrack", onTrack, "atRisk", atRisk));
        }
    }

    /** A number as typed in either language ("92,5" or "92.5", a trailing % allowed); null when it is none. */
    static BigDecimal parse(String text) {
        String plain = text == null ? "" : text.strip().replace("%", "").strip().replace(',', '.');
        if (!plain.matches("\\d{1,6}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private String format(BigDecimal percent) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(getLocale()));
        return format.format(percent);
    }
}
