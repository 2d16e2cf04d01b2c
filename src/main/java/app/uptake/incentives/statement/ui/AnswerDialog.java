package app.uptake.incentives.statement.ui;

import app.uptake.incentives.statement.Inquiry;
import app.uptake.incentives.statement.StatementInquiryService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** HR answers an employee's question, in words and optionally with the correction run that settles it. */
class AnswerDialog extends Dialog {

    AnswerDialog(StatementInquiryService inquiries, Inquiry inquiry, Runnable answered) {
        setId("answer-dialog");
        setHeaderTitle(getTranslation("statements.inquiry.answerTitle", inquiry.employeeName(), inquiry.statementId()));
        Paragraph question = new Paragraph(inquiry.question());
        question.setId("answer-question");
        TextArea answer = new TextArea(getTranslation("statements.inquiry.col.answer"));
        answer.setId("answer-text");
        answer.setMaxLength(StatementInquiryService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setMinHeight("8rem");
        IntegerField correctionRun = new IntegerField(getTranslation("statements.inquiry.correctionRun"));
        correctionRun.setId("answer-correction-run");
        correctionRun.setHelperText(getTranslation("statements.inquiry.correctionRunHelp"));
        add(question, answer, correctionRun);
        Button send = new Button(getTranslation("statements.inquiry.sendAnswer"), e -> {
            answer.setInvalid(false);
            correctionRun.setInvalid(false);
            try {
                inquiries.answer(inquiry.id(), answer.getValue(),
                        correctionRun.getValue() == null ? null : correctionRun.getValue().longValue());
                Notifications.success(getTranslation("statements.inquiry.answered"));
                close();
                answered.run();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("answer", answer, "correctionRun", correctionRun));
            }
        });
        send.setId("answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("36rem");
    }
}
