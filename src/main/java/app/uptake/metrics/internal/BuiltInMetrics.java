package app.uptake.metrics.internal;

import static app.uptake.activity.ActivityType.*;

import app.uptake.activity.ActivityType;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.EventField;
import app.uptake.metrics.EventFilter;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The metric library Uptake ships: the figures a CRM programme usually steers by. */
final class BuiltInMetrics {

    static final String OWNER = "CRM Program Office";
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    private static final Set<ActivityType> CONTACTS = ActivityType.contacts();
    private static final Set<ActivityType> RECORDS = EnumSet.of(RECORD_CREATED, RECORD_UPDATED);
    private static final Set<ActivityType> CLOSED = EnumSet.of(OPPORTUNITY_WON, OPPORTUNITY_LOST);

    private BuiltInMetrics() {
    }

    static List<MetricDraft> all() {
        return List.of(
                metric("CONTACTS_PER_CUSTOMER", ProcessSegment.RELATIONSHIP_MANAGEMENT, MetricUnit.RATIO, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(CONTACTS), Measure.distinct(CONTACTS, EventField.ACCOUNT), BigDecimal.ONE),
                        "Contacts per customer", "Kontakte pro Kunde",
                        "How often, on average, each customer we are in touch with is contacted in the period.",
                        "Wie oft jeder Kunde, mit dem wir in Kontakt sind, im Zeitraum im Mittel kontaktiert wird.",
                        "Logged contacts of every channel (call, meeting, visit, e-mail, chat, SMS, fax, letter) divided by the number of different customer accounts contacted. Over a year this is contacts per customer per year.",
                        "Erfasste Kontakte aller Kanäle (Anruf, Termin, Besuch, E-Mail, Chat, SMS, Fax, Brief) geteilt durch die Zahl der verschiedenen kontaktierten Kundenkonten. Über ein Jahr sind das Kontakte pro Kunde und Jahr."),
                metric("CUSTOMER_KNOWLEDGE_SHARE", ProcessSegment.RELATIONSHIP_MANAGEMENT, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(RECORDS, EventFilter.COMPLETE_RECORD), Measure.count(RECORDS), PERCENT),
                        "Customer knowledge recorded in CRM", "Im CRM erfasstes Kundenwissen",
                        "Share of customer records whose key fields are all filled in, so the knowledge is in the CRM and not in one head.",
                        "Anteil der Kundendatensätze, deren Schlüsselfelder alle gefüllt sind – das Wissen steht im CRM und nicht in einem Kopf.",
                        "Records created or updated with every key field filled, divided by all records created or updated, in per cent.",
                        "Angelegte oder geänderte Datensätze mit allen Schlüsselfeldern geteilt durch alle angelegten oder geänderten Datensätze, in Prozent."),
                metric("NEW_OPPORTUNITIES_PER_WEEK", ProcessSegment.OPPORTUNITY_MANAGEMENT, MetricUnit.COUNT, MetricDirection.HIGHER,
                        Formula.per(Measure.count(Set.of(OPPORTUNITY_CREATED)), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE),
                        "New opportunities per employee per week", "Neue Verkaufschancen pro Mitarbeiter und Woche",
                        "How many sales opportunities each person opens in an average week.",
                        "Wie viele Verkaufschancen jede Person in einer durchschnittlichen Woche anlegt.",
                        "Opportunities created, divided by the person-weeks employed in the period (joiners and leavers pro rata).",
                        "Angelegte Verkaufschancen geteilt durch die im Zeitraum beschäftigten Personenwochen (Ein- und Austritte anteilig)."),
                metric("OPPORTUNITIES_WITH_DECISION_MAKER", ProcessSegment.OPPORTUNITY_MANAGEMENT, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(OPPORTUNITY_CREATED), EventFilter.DECISION_MAKER), Measure.count(Set.of(OPPORTUNITY_CREATED)), PERCENT),
                        "Opportunities with a decision maker involved", "Verkaufschancen mit Entscheider",
                        "Share of new opportunities where the customer's decision maker is known and involved.",
                        "Anteil der neuen Verkaufschancen, bei denen der Entscheider des Kunden bekannt und eingebunden ist.",
                        "Opportunities created with the decision-maker flag set, divided by all opportunities created, in per cent.",
                        "Angelegte Verkaufschancen mit gesetztem Entscheider-Kennzeichen geteilt durch alle angelegten Verkaufschancen, in Prozent."),
                metric("WIN_RATE", ProcessSegment.OPPORTUNITY_MANAGEMENT, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(OPPORTUNITY_WON)), Measure.count(CLOSED), PERCENT),
                        "Win rate", "Abschlussquote",
                        "Share of closed opportunities that were won.",
                        "Anteil der abgeschlossenen Verkaufschancen, die gewonnen wurden.",
                        "Opportunities won divided by opportunities won or lost in the period, in per cent. Open opportunities do not count.",
                        "Gewonnene Verkaufschancen geteilt durch gewonnene oder verlorene im Zeitraum, in Prozent. Offene zählen nicht."),
                metric("AVG_MARGIN_WON", ProcessSegment.OPPORTUNITY_MANAGEMENT, MetricUnit.EUR, MetricDirection.HIGHER,
                        Formula.ratio(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.MARGIN), Measure.countFilled(Set.of(OPPORTUNITY_WON), EventField.MARGIN), BigDecimal.ONE),
                        "Average contribution margin of won deals", "Durchschnittlicher Deckungsbeitrag gewonnener Abschlüsse",
                        "The contribution margin a won deal brings on average.",
                        "Der Deckungsbeitrag, den ein gewonnener Abschluss im Mittel bringt.",
                        "Sum of the contribution margin of won opportunities divided by the number of won opportunities with a margin, in euro.",
                        "Summe der Deckungsbeiträge gewonnener Verkaufschancen geteilt durch die Zahl der gewonnenen mit Deckungsbeitrag, in Euro."),
                metric("LEADS_PER_CAMPAIGN", ProcessSegment.INBOUND_MARKETING, MetricUnit.RATIO, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(LEAD_CREATED), EventFilter.WITH_CAMPAIGN), Measure.distinct(Set.of(LEAD_CREATED), EventField.CAMPAIGN, EventFilter.WITH_CAMPAIGN), BigDecimal.ONE),
                        "Leads per campaign", "Leads pro Kampagne",
                        "How many leads a campaign brings in on average.",
                        "Wie viele Leads eine Kampagne im Mittel bringt.",
                        "Leads created with a campaign, divided by the number of different campaigns they came from.",
                        "Angelegte Leads mit Kampagne geteilt durch die Zahl der verschiedenen Kampagnen, aus denen sie stammen."),
                metric("OPPORTUNITIES_PER_CAMPAIGN", ProcessSegment.INBOUND_MARKETING, MetricUnit.RATIO, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(OPPORTUNITY_CREATED), EventFilter.WITH_CAMPAIGN), Measure.distinct(Set.of(OPPORTUNITY_CREATED), EventField.CAMPAIGN, EventFilter.WITH_CAMPAIGN), BigDecimal.ONE),
                        "Opportunities per campaign", "Verkaufschancen pro Kampagne",
                        "How many sales opportunities a campaign produces on average.",
                        "Wie viele Verkaufschancen eine Kampagne im Mittel hervorbringt.",
                        "Opportunities created with a campaign, divided by the number of different campaigns.",
                        "Angelegte Verkaufschancen mit Kampagne geteilt durch die Zahl der verschiedenen Kampagnen."),
                metric("WON_DEALS_PER_CAMPAIGN", ProcessSegment.INBOUND_MARKETING, MetricUnit.RATIO, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(OPPORTUNITY_WON), EventFilter.WITH_CAMPAIGN), Measure.distinct(Set.of(OPPORTUNITY_WON), EventField.CAMPAIGN, EventFilter.WITH_CAMPAIGN), BigDecimal.ONE),
                        "Won deals per campaign", "Abschlüsse pro Kampagne",
                        "How many won deals a campaign leads to on average.",
                        "Zu wie vielen Abschlüssen eine Kampagne im Mittel führt.",
                        "Opportunities won with a campaign, divided by the number of different campaigns.",
                        "Gewonnene Verkaufschancen mit Kampagne geteilt durch die Zahl der verschiedenen Kampagnen."),
                metric("PRODUCTS_PER_CUSTOMER", ProcessSegment.CUSTOMER_DELIGHT, MetricUnit.RATIO, MetricDirection.HIGHER,
                        Formula.ratio(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.PRODUCTS), Measure.distinct(Set.of(OPPORTUNITY_WON), EventField.ACCOUNT), BigDecimal.ONE),
                        "Products per customer", "Produkte pro Kunde",
                        "How many products each buying customer takes: a sign of cross-selling and loyalty.",
                        "Wie viele Produkte jeder kaufende Kunde abnimmt – ein Zeichen für Cross-Selling und Bindung.",
                        "Products on won deals divided by the number of different customer accounts with a won deal.",
                        "Produkte auf gewonnenen Abschlüssen geteilt durch die Zahl der verschiedenen Kundenkonten mit Abschluss."),
                metric("PROFIT_PER_CUSTOMER", ProcessSegment.CUSTOMER_DELIGHT, MetricUnit.EUR, MetricDirection.HIGHER,
                        Formula.ratio(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.MARGIN), Measure.distinct(Set.of(OPPORTUNITY_WON), EventField.ACCOUNT), BigDecimal.ONE),
                        "Profit per customer", "Deckungsbeitrag pro Kunde",
                        "Contribution margin earned per buying customer.",
                        "Erzielter Deckungsbeitrag pro kaufendem Kunden.",
                        "Contribution margin of won deals divided by the number of different customer accounts with a won deal, in euro.",
                        "Deckungsbeitrag gewonnener Abschlüsse geteilt durch die Zahl der verschiedenen Kundenkonten mit Abschluss, in Euro."),
                metric("CASE_RESOLUTION_HOURS", ProcessSegment.CUSTOMER_SERVICE, MetricUnit.HOURS, MetricDirection.LOWER,
                        Formula.ratio(Measure.sum(Set.of(CASE_RESOLVED), EventField.RESOLUTION_HOURS), Measure.countFilled(Set.of(CASE_RESOLVED), EventField.RESOLUTION_HOURS), BigDecimal.ONE),
                        "Case resolution time", "Fallbearbeitungszeit",
                        "How long it takes on average to resolve a customer's service case.",
                        "Wie lange es im Mittel dauert, einen Servicefall eines Kunden zu lösen.",
                        "Sum of the resolution times of cases resolved in the period divided by their number, in hours.",
                        "Summe der Lösungszeiten der im Zeitraum gelösten Fälle geteilt durch ihre Zahl, in Stunden."),
                metric("FIRST_RESPONSE_MINUTES", ProcessSegment.CUSTOMER_SERVICE, MetricUnit.MINUTES, MetricDirection.LOWER,
                        Formula.ratio(Measure.sum(Set.of(CASE_RESOLVED), EventField.RESPONSE_MINUTES), Measure.countFilled(Set.of(CASE_RESOLVED), EventField.RESPONSE_MINUTES), BigDecimal.ONE),
                        "First response time", "Erstreaktionszeit",
                        "How quickly a customer hears back after opening a case.",
                        "Wie schnell ein Kunde nach Eröffnung eines Falls eine Antwort erhält.",
                        "Sum of the first-response times of resolved cases divided by their number, in minutes.",
                        "Summe der Erstreaktionszeiten gelöster Fälle geteilt durch ihre Zahl, in Minuten."),
                metric("CUSTOMER_SATISFACTION", ProcessSegment.CUSTOMER_DELIGHT, MetricUnit.SCORE, MetricDirection.HIGHER,
                        Formula.ratio(Measure.sum(Set.of(SATISFACTION_SURVEY), EventField.SATISFACTION), Measure.countFilled(Set.of(SATISFACTION_SURVEY), EventField.SATISFACTION), BigDecimal.ONE),
                        "Customer satisfaction", "Kundenzufriedenheit",
                        "How satisfied customers say they are, on the survey's scale (1 to 5).",
                        "Wie zufrieden Kunden nach eigener Aussage sind, auf der Skala der Umfrage (1 bis 5).",
                        "Sum of the scores of the satisfaction surveys answered in the period divided by their number.",
                        "Summe der Bewertungen der im Zeitraum beantworteten Zufriedenheitsumfragen geteilt durch ihre Zahl."),
                metric("CRM_ACTIVE_DAYS_SHARE", ProcessSegment.CRM_USAGE, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.per(Measure.activeDays(Set.of(CRM_LOGIN, RECORD_CREATED, RECORD_UPDATED)), DenominatorKind.WORKING_DAYS, PERCENT),
                        "CRM active days", "CRM-Aktivtage",
                        "On how many working days people actually work in the CRM.",
                        "An wie vielen Arbeitstagen tatsächlich im CRM gearbeitet wird.",
                        "Days with at least one login or record change per person, divided by the working days (Monday to Friday) each person was employed, in per cent.",
                        "Tage mit mindestens einer Anmeldung oder Datensatzänderung je Person geteilt durch die beschäftigten Arbeitstage (Montag bis Freitag), in Prozent."),
                metric("ACTIVITIES_PER_WEEK", ProcessSegment.RELATIONSHIP_MANAGEMENT, MetricUnit.COUNT, MetricDirection.HIGHER,
                        Formula.per(Measure.count(CONTACTS), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE),
                        "Activities logged per week", "Erfasste Aktivitäten pro Woche",
                        "How many customer contacts each person logs in the CRM in an average week.",
                        "Wie viele Kundenkontakte jede Person in einer durchschnittlichen Woche im CRM erfasst.",
                        "Contacts of every channel logged, divided by the person-weeks employed in the period.",
                        "Erfasste Kontakte aller Kanäle geteilt durch die im Zeitraum beschäftigten Personenwochen."),
                metric("DATA_COMPLETENESS", ProcessSegment.CRM_USAGE, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.ratio(Measure.sum(RECORDS, EventField.COMPLETENESS), Measure.countFilled(RECORDS, EventField.COMPLETENESS), PERCENT),
                        "Data completeness", "Datenvollständigkeit",
                        "How completely records are filled in: the share of required fields that hold a value.",
                        "Wie vollständig Datensätze gepflegt sind: der Anteil der Pflichtfelder mit Wert.",
                        "The average share of required fields filled over all records created or updated in the period, in per cent.",
                        "Der mittlere Anteil gefüllter Pflichtfelder über alle im Zeitraum angelegten oder geänderten Datensätze, in Prozent."),
                metric("CALLS_PER_WEEK", ProcessSegment.RELATIONSHIP_MANAGEMENT, MetricUnit.COUNT, MetricDirection.HIGHER,
                        Formula.per(Measure.count(Set.of(CALL)), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE),
                        "Calls per week", "Anrufe pro Woche",
                        "Telephone calls with customers logged per person in an average week.",
                        "Erfasste Telefonate mit Kunden je Person in einer durchschnittlichen Woche.",
                        "Calls logged, divided by the person-weeks employed in the period.",
                        "Erfasste Anrufe geteilt durch die im Zeitraum beschäftigten Personenwochen."),
                metric("MEETINGS_PER_WEEK", ProcessSegment.RELATIONSHIP_MANAGEMENT, MetricUnit.COUNT, MetricDirection.HIGHER,
                        Formula.per(Measure.count(EnumSet.of(MEETING, VISIT)), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE),
                        "Meetings and visits per week", "Termine und Besuche pro Woche",
                        "Customer meetings and visits logged per person in an average week.",
                        "Erfasste Kundentermine und Besuche je Person in einer durchschnittlichen Woche.",
                        "Meetings and visits logged, divided by the person-weeks employed in the period.",
                        "Erfasste Termine und Besuche geteilt durch die im Zeitraum beschäftigten Personenwochen."),
                metric("LEAD_CONVERSION_RATE", ProcessSegment.INBOUND_MARKETING, MetricUnit.PERCENT, MetricDirection.HIGHER,
                        Formula.ratio(Measure.count(Set.of(LEAD_CONVERTED)), Measure.count(Set.of(LEAD_CREATED)), PERCENT),
                        "Lead conversion rate", "Lead-Konversionsrate",
                        "Share of leads that become customers or opportunities.",
                        "Anteil der Leads, die zu Kunden oder Verkaufschancen werden.",
                        "Leads converted divided by leads created in the period, in per cent.",
                        "Konvertierte Leads geteilt durch angelegte Leads im Zeitraum, in Prozent."),
                metric("WON_REVENUE", ProcessSegment.OPPORTUNITY_MANAGEMENT, MetricUnit.EUR, MetricDirection.HIGHER,
                        Formula.total(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.AMOUNT)),
                        "Won revenue", "Gewonnener Umsatz",
                        "The order value of the deals won in the period.",
                        "Der Auftragswert der im Zeitraum gewonnenen Abschlüsse.",
                        "Sum of the amounts of opportunities won in the period, in euro.",
                        "Summe der Beträge der im Zeitraum gewonnenen Verkaufschancen, in Euro."));
    }

    private static MetricDraft metric(String code, ProcessSegment segment, MetricUnit unit, MetricDirection direction,
            Formula formula, String nameEn, String nameDe, String descriptionEn, String descriptionDe, String methodEn,
            String methodDe) {
        return new MetricDraft(code, new LocalizedText(nameEn, nameDe), new LocalizedText(descriptionEn, descriptionDe),
                new LocalizedText(methodEn, methodDe), unit, direction, segment, OWNER, formula);
    }
}
