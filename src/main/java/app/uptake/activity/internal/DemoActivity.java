package app.uptake.activity.internal;

import static app.uptake.activity.ActivityType.*;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.Direction;
import app.uptake.organization.Employment;
import app.uptake.organization.JobRole;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a year of believable CRM activity for one demo employee: what their job makes them do, how much
 * they use the CRM (some barely at all), teams that differ, a rollout that grows over the year, summer and
 * Christmas dips. The same seed, person and dates always give the same events.
 */
final class DemoActivity {

    /** Working-day rates per job family at full CRM use; scaled per person, team and season. */
    private enum Family {
        SALES(Map.of(CALL, 1.65, EMAIL, 1.93, MEETING, 0.22, VISIT, 0.19, OPPORTUNITY_CREATED, 0.19, LEAD_CREATED, 0.08,
                RECORD_UPDATED, 1.38, RECORD_CREATED, 0.33)),
        INSIDE_SALES(Map.of(CALL, 4.95, EMAIL, 3.3, CHAT, 0.55, OPPORTUNITY_CREATED, 0.28, LEAD_CREATED, 0.33,
                LEAD_CONVERTED, 0.08, RECORD_UPDATED, 1.65, RECORD_CREATED, 0.55)),
        MARKETING(Map.of(EMAIL, 1.1, LEAD_CREATED, 0.66, LEAD_CONVERTED, 0.17, CAMPAIGN_RESPONSE, 1.65, RECORD_UPDATED, 0.55,
                RECORD_CREATED, 0.44)),
        SERVICE(Map.of(CALL, 2.2, EMAIL, 1.65, CHAT, 0.83, CASE_OPENED, 1.38, CASE_RESOLVED, 1.26, SATISFACTION_SURVEY, 0.44,
                RECORD_UPDATED, 1.1, SMS, 0.11)),
        TECHNICAL(Map.of(MEETING, 0.17, VISIT, 0.11, EMAIL, 0.55, RECORD_UPDATED, 0.44)),
        OFFICE(Map.of(RECORD_UPDATED, 0.22, EMAIL, 0.17));

        final Map<ActivityType, Double> rates;

        Family(Map<ActivityType, Double> rates) {
            this.rates = new EnumMap<>(rates);
        }

        static Family of(JobRole role) {
            return switch (role) {
                case SALES_DIRECTOR, SALES_MANAGER, ACCOUNT_EXECUTIVE, KEY_ACCOUNT_MANAGER -> SALES;
                case INSIDE_SALES -> INSIDE_SALES;
                case MARKETING_MANAGER, MARKETING_SPECIALIST -> MARKETING;
                case SERVICE_MANAGER, SERVICE_AGENT -> SERVICE;
                case PRODUCT_MANAGER, APPLICATION_ENGINEER -> TECHNICAL;
                default -> OFFICE;
            };
        }
    }

    /** Summer holidays, Christmas, and the autumn push. Index 0 = January. */
    private static final double[] SEASON = {0.95, 1.0, 1.05, 1.0, 1.0, 0.95, 0.75, 0.7, 1.05, 1.1, 1.1, 0.65};
    private static final String[] CAMPAIGNS = {"CMP-HANNOVER-MESSE", "CMP-SPRING-WEBINAR", "CMP-SERVICE-PLUS",
            "CMP-RETROFIT", "CMP-NEWSLETTER-Q3", "CMP-CUSTOMER-DAY"};

    private DemoActivity() {
    }

    /** One person's events over the period, with external ids {@code demo-<employee>-<n>}. */
    static List<ActivityEventInput> forEmployee(long seed, Employment person, String employeeRef, double teamFactor,
            DateRange period, ZoneId zone) {
        Random rnd = new Random(seed * 31 + person.employeeId());
        Family family = Family.of(person.jobRole());
        double engagement = engagement(rnd);
        double skill = 0.75 + rnd.nextDouble() * 0.5;
        int accounts = 25 + rnd.nextInt(60);
        String accountPrefix = "ACC-" + (person.orgUnitId() * 1000 + rnd.nextInt(1000)) + "-";
        List<ActivityEventInput> events = new ArrayList<>();
        DateRange employed = person.employedDuring(period);
        if (employed == null) {
            return events;
        }
        long n = 0;
        for (LocalDate day = employed.from(); !day.isAfter(employed.to()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            if (rnd.nextDouble() < 0.06) {
                continue; // leave, sickness, training
            }
            double rollout = 0.55 + 0.45 * Math.min(1.0, (double) java.time.temporal.ChronoUnit.DAYS.between(period.from(), day)
                    / Math.max(1, period.days()) * 1.4);
            double usage = engagement * teamFactor * rollout;
            double season = SEASON[day.getMonthValue() - 1];
            if (rnd.nextDouble() < Math.min(0.97, 0.25 + 0.8 * usage)) {
                events.add(event("demo-" + person.employeeId() + "-" + n++, employeeRef, CRM_LOGIN, day, 8, rnd, zone));
            }
            for (Map.Entry<ActivityType, Double> rate : family.rates.entrySet()) {
                int count = poisson(rate.getValue() * usage * season, rnd);
                for (int i = 0; i < count; i++) {
                    String id = "demo-" + person.employeeId() + "-" + n++;
                    events.add(details(event(id, employeeRef, rate.getKey(), day, 8 + rnd.nextInt(10), rnd, zone),
                            rnd, usage, skill, accountPrefix + rnd.nextInt(accounts)));
                    if (rate.getKey() == OPPORTUNITY_CREATED && rnd.nextDouble() < 0.7) {
                        // most opportunities close within the period, won more often by the skilled
                        LocalDate closes = day.plusDays(14 + rnd.nextInt(60));
                        if (!closes.isAfter(employed.to())) {
                            boolean won = rnd.nextDouble() < 0.2 + 0.25 * skill;
                            events.add(details(event("demo-" + person.employeeId() + "-" + n++, employeeRef,
                                    won ? OPPORTUNITY_WON : OPPORTUNITY_LOST, closes, 10, rnd, zone), rnd, usage, skill,
                                    accountPrefix + rnd.nextInt(accounts)));
                        }
                    }
                }
            }
        }
        return events;
    }

    /** How much a person uses the CRM: most fairly well, some enthusiastically, about one in eight barely. */
    private static double engagement(Random rnd) {
        double draw = rnd.nextDouble();
        if (draw < 0.12) {
            return 0.05 + rnd.nextDouble() * 0.15;
        }
        if (draw < 0.3) {
            return 1.1 + rnd.nextDouble() * 0.3;
        }
        return 0.55 + rnd.nextDouble() * 0.5;
    }

    private static ActivityEventInput event(String id, String employeeRef, ActivityType type, LocalDate day, int hour,
            Random rnd, ZoneId zone) {
        return ActivityEventInput.simple(id, employeeRef, type,
                day.atTime(Math.min(hour, 19), rnd.nextInt(60)).atZone(zone).toInstant());
    }

    private static ActivityEventInput details(ActivityEventInput e, Random rnd, double usage, double skill, String account) {
        ActivityType t = e.type();
        boolean contact = t.category() == ActivityType.Category.CONTACT;
        Direction direction = contact && t != MEETING && t != VISIT ? (rnd.nextDouble() < 0.35 ? Direction.IN : Direction.OUT) : null;
        Integer duration = switch (t) {
            case CALL -> 60 + rnd.nextInt(900);
            case MEETING -> 1800 + rnd.nextInt(3600);
            case VISIT -> 3600 + rnd.nextInt(7200);
            default -> null;
        };
        BigDecimal amount = null;
        BigDecimal margin = null;
        Integer products = null;
        Boolean decisionMaker = null;
        String campaign = null;
        String stage = null;
        if (t.category() == ActivityType.Category.OPPORTUNITY) {
            amount = BigDecimal.valueOf(5_000 + rnd.nextInt(120_000)).setScale(2, RoundingMode.HALF_EVEN);
            margin = amount.multiply(BigDecimal.valueOf(0.18 + rnd.nextDouble() * 0.2)).setScale(2, RoundingMode.HALF_EVEN);
            products = 1 + rnd.nextInt(4);
            decisionMaker = rnd.nextDouble() < 0.3 + 0.4 * skill * Math.min(1, usage);
            campaign = rnd.nextDouble() < 0.3 ? CAMPAIGNS[rnd.nextInt(CAMPAIGNS.length)] : null;
            stage = t == OPPORTUNITY_WON ? "Closed Won" : t == OPPORTUNITY_LOST ? "Closed Lost" : "Qualification";
        }
        if (t == LEAD_CREATED || t == CAMPAIGN_RESPONSE) {
            campaign = rnd.nextDouble() < 0.8 ? CAMPAIGNS[rnd.nextInt(CAMPAIGNS.length)] : null;
        }
        Integer response = t == CASE_RESOLVED ? 5 + rnd.nextInt(240) : null;
        Integer resolution = t == CASE_RESOLVED ? 30 + rnd.nextInt(2880) : null;
        BigDecimal satisfaction = t == SATISFACTION_SURVEY
                ? BigDecimal.valueOf(Math.min(5, Math.max(1, Math.round(3.2 + skill + rnd.nextGaussian() * 0.8)))).setScale(2)
                : null;
        BigDecimal completeness = null;
        if (t == RECORD_CREATED || t == RECORD_UPDATED) {
            double share = Math.min(1.0, 0.45 + 0.45 * Math.min(1.2, usage) + rnd.nextDouble() * 0.25);
            completeness = BigDecimal.valueOf(share >= 0.97 ? 1.0 : share).setScale(4, RoundingMode.HALF_EVEN);
        }
        return new ActivityEventInput(e.externalId(), 1, e.employeeRef(), t, e.occurredAt(), direction, duration,
                account, decisionMaker, amount, margin, campaign, stage, products, response, resolution, satisfaction,
                completeness);
    }

    /** Knuth's method; rates here are small. */
    private static int poisson(double mean, Random rnd) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = rnd.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= rnd.nextDouble();
        }
        return count;
    }
}
