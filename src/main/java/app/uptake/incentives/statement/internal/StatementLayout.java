package app.uptake.incentives.statement.internal;

import app.uptake.incentives.calc.ComponentPayout;
import app.uptake.incentives.calc.ExplanationLine;
import app.uptake.incentives.calc.ExplanationRenderer;
import app.uptake.incentives.calc.GateOutcome;
import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.PlanPayout;
import app.uptake.incentives.statement.MetricNote;
import app.uptake.incentives.statement.StatementContent;
import app.uptake.incentives.statement.StatementEmployee;
import app.uptake.incentives.statement.StatementPeriod;
import app.uptake.shared.DateRange;
import com.vaadin.flow.i18n.I18NProvider;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a statement out on A4 pages: header with the employee, period, plan and the payout at a glance; per plan each
 * component (what it measures, target, actual, attainment, curve band, payout, amount), the gates and what they did,
 * and the plan's payout; the manual adjustments with their reasons; the total; the full explanation in plain words;
 * on every page a footer with the statement id, the checksum of the figures and the page number.
 */
public final class StatementLayout {

    private static final Color BRAND = new Color(0x1A, 0x4F, 0x9C);
    private static final Color MUTED = new Color(0x55, 0x5E, 0x6B);
    private static final Color LINE = new Color(0xC9, 0xD2, 0xDE);
    private static final Color HIGHLIGHT = new Color(0xEE, 0xF3, 0xFA);
    private static final Color ALERT = new Color(0xA1, 0x2C, 0x2C);
    private static final Color MET = new Color(0x1E, 0x6B, 0x3A);

    /** Explanation lines that open a plan, a component or a result: printed bold, the steps under them indented. */
    private static final Set<String> HEADINGS = Set.of(IncentiveKeys.EXPLAIN_PLAN, IncentiveKeys.EXPLAIN_PLAN_OVERRIDE,
            IncentiveKeys.EXPLAIN_COMPONENT, IncentiveKeys.EXPLAIN_COMPONENT_SUM, IncentiveKeys.EXPLAIN_PLAN_PAYOUT,
            IncentiveKeys.EXPLAIN_TOTAL);

    private static final float LABEL_WIDTH = 118;
    private static final float INDENT = 12;
    /** Target, actual, attainment, curve band, payout, weighted: the component table's column widths. */
    private static final float[] COLUMNS = {58, 66, 63, 168, 80, 60};

    private final StatementContent content;
    private final I18NProvider i18n;
    private final Locale locale;
    private final ExplanationRenderer explanations;
    private final StatementFormats formats;
    private final PageFlow flow;
    private final TextStyle company;
    private final TextStyle title;
    private final TextStyle heading;
    private final TextStyle subheading;
    private final TextStyle body;
    private final TextStyle bodyBold;
    private final TextStyle small;
    private final TextStyle smallBold;
    private final TextStyle label;
    private final TextStyle total;

    private StatementLayout(StatementContent content, I18NProvider i18n, PDDocument document, PDFont regular,
            PDFont bold) {
        this.content = content;
        this.i18n = i18n;
        this.locale = content.locale();
        this.explanations = new ExplanationRenderer(i18n, locale);
        this.formats = new StatementFormats(locale, content.currency(), content.zone());
        this.flow = new PageFlow(document);
        this.company = new TextStyle(bold, 11, BRAND);
        this.title = new TextStyle(bold, 19, Color.BLACK);
        this.heading = new TextStyle(bold, 12.5f, BRAND, 17);
        this.subheading = new TextStyle(bold, 10.5f, Color.BLACK, 14);
        this.body = new TextStyle(regular, 9.5f, Color.BLACK, 13);
        this.bodyBold = new TextStyle(bold, 9.5f, Color.BLACK, 13);
        this.small = new TextStyle(regular, 8.5f, MUTED, 11.5f);
        this.smallBold = new TextStyle(bold, 8.5f, Color.BLACK, 11.5f);
        this.label = new TextStyle(regular, 7.5f, MUTED, 10);
        this.total = new TextStyle(bold, 13, Color.BLACK, 18);
    }

    /**
     * Draws the statement into the (empty) document.
     *
     * @param checksum the checksum of the figures, printed in every page's footer
     */
    public static void draw(StatementContent content, I18NProvider i18n, PDDocument document, PDFont regular,
            PDFont bold, String checksum) {
        StatementLayout layout = new StatementLayout(content, i18n, document, regular, bold);
        layout.header();
        for (PlanPayout plan : content.plans()) {
            layout.plan(plan);
        }
        layout.adjustments();
        layout.total();
        layout.explanation();
        layout.footers(layout.flow.finish(), document, checksum);
    }

    /** The document title for the PDF's properties. */
    public static String documentTitle(StatementContent content, I18NProvider i18n) {
        return i18n.getTranslation("statement.pdf.documentTitle", content.locale(), periodText(content, i18n),
                content.employee().name());
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    // --- header ---

    private void header() {
        float top = flow.y();
        String statement = t("statement.pdf.statementId", content.statementId());
        float statementWidth = Glyphs.width(small, Glyphs.printable(small.font(), statement));
        flow.write(company, Glyphs.fit(company, content.companyName(), PageFlow.WIDTH - statementWidth - 20),
                PageFlow.LEFT, top - company.size());
        flow.writeRight(small, statement, PageFlow.RIGHT, top - company.size());
        flow.down(company.leading() + 6);
        flow.line(title, t("statement.pdf.title"), PageFlow.LEFT);
        flow.down(4);
        flow.rule(BRAND, 1.2f);
        flow.down(8);

        StatementEmployee employee = content.employee();
        info(t("statement.pdf.employee"), t("statement.pdf.employeeValue", employee.name(), employee.id()));
        if (!employee.costCentre().isBlank()) {
            info(t("statement.pdf.costCentre"), employee.costCentre());
        }
        info(t("statement.pdf.period"), periodText(content, i18n));
        List<String> plans = new ArrayList<>();
        for (PlanPayout plan : content.plans()) {
            plans.add(t("statement.pdf.planValue", plan.plan().name().in(locale), String.valueOf(plan.plan().version())));
        }
        info(t("statement.pdf.plan"), String.join("\n", plans));
        info(t("statement.pdf.published"), t("statement.pdf.publishedValue", formats.date(content.publishedAt()),
                String.valueOf(content.runId())));
        flow.down(8);

        float height = 30;
        flow.keep(height);
        flow.band(HIGHLIGHT, height);
        float baseline = flow.y() - 19.5f;
        flow.write(subheading, t("statement.pdf.yourPayout"), PageFlow.LEFT + 10, baseline);
        flow.writeRight(total.in(BRAND), formats.money(content.payout().total()), PageFlow.RIGHT - 10, baseline);
        flow.down(height + 14);
    }

    private void info(String name, String value) {
        float valueX = PageFlow.LEFT + LABEL_WIDTH;
        List<String> lines = Glyphs.wrap(body, value, PageFlow.RIGHT - valueX);
        flow.keep(body.leading() * lines.size());
        float first = flow.y() - body.size();
        flow.write(small, name, PageFlow.LEFT, first);
        for (String line : lines) {
            flow.line(body, line, valueX);
        }
    }

    static String periodText(StatementContent content, I18NProvider i18n) {
        DateRange period = content.period();
        StatementFormats formats = new StatementFormats(content.locale(), content.currency(), content.zone());
        String days = i18n.getTranslation("statement.pdf.periodDays", content.locale(), formats.date(period.from()),
                formats.date(period.to()));
        String name = StatementPeriod.name(period, content.locale());
        return name == null ? days : i18n.getTranslation("statement.pdf.periodNamed", content.locale(), name, days);
    }

    // --- plans and components ---

    private void plan(PlanPayout plan) {
        flow.keep(heading.leading() + body.leading() * 2 + 60);
        flow.line(heading, t("statement.pdf.planHeading", plan.plan().name().in(locale),
                String.valueOf(plan.plan().version())), PageFlow.LEFT);
        String terms = t(plan.individualTarget() ? "statement.pdf.planTermsIndividual" : "statement.pdf.planTerms",
                formats.money(plan.targetIncentive()), formats.number(plan.proration().weightedDays()),
                String.valueOf(plan.proration().periodDays()));
        flow.paragraph(small, terms, PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(6);
        for (ComponentPayout component : plan.components()) {
            component(component);
        }
        amountLine(body, t("statement.pdf.componentSum"), formats.percent(plan.componentPercent()));
        gates(plan);
        if (plan.payoutPercent().compareTo(plan.componentPercent()) != 0) {
            amountLine(body, t("statement.pdf.afterGates"), formats.percent(plan.payoutPercent()));
        }
        flow.down(2);
        amountLine(bodyBold, t("statement.pdf.planPayout"), formats.money(plan.amount()));
        flow.down(12);
    }

    private void component(ComponentPayout component) {
        float amountWidth = 110;
        String name = component.component().name().in(locale) + "  ·  "
                + t("statement.pdf.weight", formats.percent(component.component().weight()));
        List<String> nameLines = Glyphs.wrap(subheading, name, PageFlow.WIDTH - amountWidth);
        List<String> noteLines = Glyphs.wrap(small, metricText(component.code()), PageFlow.WIDTH);
        String[] values = {
            formats.number(component.measurement().target()),
            formats.number(component.measurement().actual()),
            formats.percent(component.attainment().percent()),
            explanations.render(component.curve().band().label()),
            payoutText(component),
            formats.percent(component.weightedPercent())};
        List<List<String>> cells = new ArrayList<>();
        int rows = 1;
        for (int i = 0; i < values.length; i++) {
            List<String> cell = Glyphs.wrap(body, values[i], COLUMNS[i] - 6);
            cells.add(cell);
            rows = Math.max(rows, cell.size());
        }
        float height = subheading.leading() * nameLines.size() + small.leading() * noteLines.size() + label.leading()
                + body.leading() * rows + 10;
        flow.keep(height);

        float first = flow.y() - subheading.size();
        flow.writeRight(subheading, formats.money(component.amount()), PageFlow.RIGHT, first);
        for (String line : nameLines) {
            flow.line(subheading, line, PageFlow.LEFT);
        }
        for (String line : noteLines) {
            flow.line(small, line, PageFlow.LEFT);
        }
        flow.down(2);
        String[] headers = {t("statement.pdf.col.target"), t("statement.pdf.col.actual"),
            t("statement.pdf.col.attainment"), t("statement.pdf.col.band"), t("statement.pdf.col.payout"),
            t("statement.pdf.col.weighted")};
        float x = PageFlow.LEFT;
        float labelBaseline = flow.y() - label.size();
        for (int i = 0; i < headers.length; i++) {
            flow.write(label, Glyphs.fit(label, headers[i], COLUMNS[i] - 4), x, labelBaseline);
            x += COLUMNS[i];
        }
        flow.down(label.leading());
        float top = flow.y();
        x = PageFlow.LEFT;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - body.size();
            for (String line : cells.get(i)) {
                flow.write(body, line, x, baseline);
                baseline -= body.leading();
            }
            x += COLUMNS[i];
        }
        flow.down(body.leading() * rows + 3);
        flow.rule(LINE, 0.5f);
        flow.down(7);
    }

    private String metricText(String componentCode) {
        MetricNote note = content.metric(componentCode);
        if (note == null) {
            return "";
        }
        String metric = t("statement.pdf.metric", note.metric());
        return note.howMeasured().isBlank() ? metric
                : metric + " " + t("statement.pdf.howMeasured", note.howMeasured());
    }

    /** The curve's payout, and where a gate changed it, what it became. */
    private String payoutText(ComponentPayout component) {
        BigDecimal curve = component.curve().percent();
        BigDecimal after = component.payoutPercent();
        return curve.compareTo(after) == 0 ? formats.percent(after)
                : formats.percent(curve) + " → " + formats.percent(after);
    }

    private void amountLine(TextStyle style, String text, String amount) {
        flow.keep(style.leading());
        float baseline = flow.y() - style.size();
        flow.writeRight(style, amount, PageFlow.RIGHT, baseline);
        flow.paragraph(style, text, PageFlow.LEFT, PageFlow.WIDTH - 120);
    }

    // --- gates ---

    private void gates(PlanPayout plan) {
        List<GateOutcome> all = new ArrayList<>();
        for (ComponentPayout component : plan.components()) {
            all.addAll(component.gates());
        }
        all.addAll(plan.gates());
        flow.down(4);
        flow.keep(subheading.leading() + small.leading() * 3);
        flow.line(subheading, t("statement.pdf.gates"), PageFlow.LEFT);
        if (all.isEmpty()) {
            flow.paragraph(small, t("statement.pdf.noGates"), PageFlow.LEFT, PageFlow.WIDTH);
        }
        for (GateOutcome gate : all) {
            gate(plan, gate);
        }
        flow.down(4);
    }

    private void gate(PlanPayout plan, GateOutcome gate) {
        String scope = gate.componentCode() == null ? t("statement.pdf.gateScope.whole")
                : t("statement.pdf.gateScope.component", plan.component(gate.componentCode()).component().name()
                        .in(locale));
        String status;
        Color colour;
        if (gate.met()) {
            status = t("statement.pdf.gate.met");
            colour = MET;
        } else if (gate.changedPayout()) {
            status = t("statement.pdf.gate.applied");
            colour = ALERT;
        } else {
            status = t("statement.pdf.gate.noChange");
            colour = MUTED;
        }
        String heading = i18n.getTranslation(gate.measure().messageKey(), locale) + " (" + scope + ")";
        float textX = PageFlow.LEFT + INDENT;
        float width = PageFlow.RIGHT - textX;
        List<String> headingLines = Glyphs.wrap(bodyBold, heading, width);
        List<String> why = new ArrayList<>();
        for (ExplanationLine line : gate.explanation()) {
            why.addAll(Glyphs.wrap(small, explanations.render(line), width));
        }
        flow.keep(bodyBold.leading() * headingLines.size() + smallBold.leading() + small.leading() * why.size() + 4);
        flow.write(bodyBold.in(colour), "•", PageFlow.LEFT + 2, flow.y() - bodyBold.size());
        for (String line : headingLines) {
            flow.line(bodyBold, line, textX);
        }
        flow.line(smallBold.in(colour), status, textX);
        for (String line : why) {
            flow.line(small, line, textX);
        }
        flow.down(4);
    }

    // --- adjustments, total, explanation ---

    private void adjustments() {
        List<ManualAdjustment> adjustments = content.adjustments();
        if (adjustments.isEmpty()) {
            return;
        }
        flow.keep(heading.leading() + body.leading() * 2);
        flow.line(heading, t("statement.pdf.adjustments"), PageFlow.LEFT);
        for (ManualAdjustment adjustment : adjustments) {
            List<String> reason = Glyphs.wrap(body, t("statement.pdf.adjustmentReason", adjustment.reason()),
                    PageFlow.WIDTH - 120);
            flow.keep(body.leading() * reason.size());
            float first = flow.y() - body.size();
            flow.writeRight(bodyBold, formats.signedMoney(adjustment.amount()), PageFlow.RIGHT, first);
            for (String line : reason) {
                flow.line(body, line, PageFlow.LEFT);
            }
            flow.down(3);
        }
        flow.down(8);
    }

    private void total() {
        flow.keep(total.leading() + 16 + small.leading() * 3);
        flow.rule(BRAND, 1.2f);
        flow.down(6);
        float baseline = flow.y() - total.size();
        flow.writeRight(total, formats.money(content.payout().total()), PageFlow.RIGHT, baseline);
        flow.line(total, t("statement.pdf.total"), PageFlow.LEFT);
        if (linesDifferFromTotal()) {
            flow.paragraph(small, t("statement.pdf.roundingNote"), PageFlow.LEFT, PageFlow.WIDTH);
        }
        flow.down(14);
    }

    /**
     * Whether the amounts as shown, each rounded to the cent, do not add up: the components to their plan's amount
     * (where no gate on the whole payout changed it), or the plans and adjustments to the total.
     */
    private boolean linesDifferFromTotal() {
        BigDecimal shownTotal = BigDecimal.ZERO;
        for (PlanPayout plan : content.plans()) {
            BigDecimal planShown = shown(plan.amount());
            shownTotal = shownTotal.add(planShown);
            if (plan.payoutPercent().compareTo(plan.componentPercent()) == 0) {
                BigDecimal components = BigDecimal.ZERO;
                for (ComponentPayout component : plan.components()) {
                    components = components.add(shown(component.amount()));
                }
                if (components.compareTo(planShown) != 0) {
                    return true;
                }
            }
        }
        for (ManualAdjustment adjustment : content.adjustments()) {
            shownTotal = shownTotal.add(adjustment.amount());
        }
        return shownTotal.compareTo(content.payout().total()) != 0;
    }

    private BigDecimal shown(BigDecimal amount) {
        return amount.setScale(formats.fractionDigits(), RoundingMode.HALF_EVEN);
    }

    private void explanation() {
        flow.keep(heading.leading() + small.leading() * 4);
        flow.line(heading, t("statement.pdf.explanation"), PageFlow.LEFT);
        for (ExplanationLine line : content.payout().explanation()) {
            boolean opens = HEADINGS.contains(line.key());
            TextStyle style = opens ? smallBold : small.in(Color.BLACK);
            boolean indented = !opens && !IncentiveKeys.EXPLAIN_ADJUSTMENT.equals(line.key());
            float x = indented ? PageFlow.LEFT + INDENT : PageFlow.LEFT;
            if (opens) {
                flow.down(3);
                flow.keep(style.leading() * 3);
            }
            flow.paragraph(style, explanations.render(line), x, PageFlow.RIGHT - x);
        }
    }

    // --- footer ---

    private void footers(List<PDPage> pages, PDDocument document, String checksum) {
        String left = t("statement.pdf.footer", content.companyName(), content.statementId(),
                String.valueOf(content.runId()));
        String sum = t("statement.pdf.checksum", checksum);
        String count = String.valueOf(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream canvas = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                canvas.setStrokingColor(LINE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(PageFlow.LEFT, 58);
                canvas.lineTo(PageFlow.RIGHT, 58);
                canvas.stroke();
                text(canvas, label, Glyphs.fit(label, left, PageFlow.WIDTH - 80), PageFlow.LEFT, 46);
                String page = t("statement.pdf.page", String.valueOf(i + 1), count);
                text(canvas, label, page, PageFlow.RIGHT - Glyphs.width(label, page), 46);
                text(canvas, label, Glyphs.fit(label, sum, PageFlow.WIDTH), PageFlow.LEFT, 36);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void text(PDPageContentStream canvas, TextStyle style, String text, float x, float y)
            throws IOException {
        canvas.beginText();
        canvas.setFont(style.font(), style.size());
        canvas.setNonStrokingColor(style.colour());
        canvas.newLineAtOffset(x, y);
        canvas.showText(Glyphs.printable(style.font(), text));
        canvas.endText();
    }
}
