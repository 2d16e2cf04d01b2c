package app.uptake.incentives.statement.ui;

import app.uptake.incentives.statement.StatementInquiryService;
import app.uptake.incentives.statement.StatementLine;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/** Asks HR about one line of the employee's own statement. */
class InquiryDialog extends Dialog {

    InquiryDialog(StatementInquiryService inquiries, List<StatementLine> lines, String statementId, Runnable asked) {
        setId("inquiry-dialog");
        setHeaderTitle(getTranslation("statements.inquiry.title"));
        Select<StatementLine> line = new Select<>();
        line.setLabel(getTranslation("statements.inquiry.line"));
        line.setId("inquiry-line");
        line.setItems(lines);
        line.setItemLabelGenerator(l -> StatementTexts.line(this, l, getLocale()));
        line.setWidthFull();
        TextArea question = new TextArea(getTranslation("statements.inquiry.question"));
        question.setId("inquiry-question");
        question.setMaxLength(StatementInquiryService.MAX_QUESTION);
        question.setWidthFull();
        question.setMinHeight("8rem");
        add(line, question);
        Button send = new Button(getTranslation("statements.inquiry.send"), e -> {
            line.setInvalid(false);
            question.setInvalid(false);
            try {
                inquiries.ask(statementId, line.getValue() == null ? null : line.getValue().code(), question.getValue());
                Notifications.success(getTranslation("statements.inquiry.sent"));
                close();
                asked.run();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("line", line, "question", question));
            }
        });
        send.setId("inquiry-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, send);
        setWidth("32rem");
    }
}
