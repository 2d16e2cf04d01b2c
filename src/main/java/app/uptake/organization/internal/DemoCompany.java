package app.uptake.organization.internal;

import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.Role;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo company: Hansen Antriebstechnik GmbH, a mid-sized German supplier of drive technology (gear motors,
 * frequency inverters, servo drives) with about 240 employees, most of them in sales.
 *
 * <p>A pure, deterministic generator: the same seed and reference date always give the same company. It knows
 * nothing about Spring or the database; {@link DemoCompanyLoader} stores the plan on the first start.
 *
 * <p>The five demo logins ({@link #EMPLOYEE_LOGIN}, {@link #MANAGER_LOGIN}, {@link #HR_LOGIN},
 * {@link #EXECUTIVE_LOGIN}, {@link #ADMIN_LOGIN}) are always part of the company and all use
 * {@link #DEMO_PASSWORD}.
 */
public final class DemoCompany {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "uptake-demo";

    public static final String EMAIL_DOMAIN = "hansen-antriebstechnik.example";
    public static final String COMPANY_CODE = "HANSEN";
    public static final String COMPANY_NAME = "Hansen Antriebstechnik GmbH";

    /** Jonas Becker, account executive in Field Sales South – Bavaria; role EMPLOYEE. */
    public static final String EMPLOYEE_LOGIN = "jonas.becker@" + EMAIL_DOMAIN;
    /** Sabine Krüger, sales manager and team lead of Field Sales South – Bavaria; roles EMPLOYEE, MANAGER. */
    public static final String MANAGER_LOGIN = "sabine.krueger@" + EMAIL_DOMAIN;
    /** Petra Hoffmann, head of Human Resources; roles EMPLOYEE, MANAGER, HR. */
    public static final String HR_LOGIN = "petra.hoffmann@" + EMAIL_DOMAIN;
    /** Michael Hansen, managing director at the top of the company; roles EMPLOYEE, MANAGER, EXECUTIVE. */
    public static final String EXECUTIVE_LOGIN = "michael.hansen@" + EMAIL_DOMAIN;
    /** Tobias Wagner, head of the CRM Program Office; roles EMPLOYEE, MANAGER, ADMIN. */
    public static final String ADMIN_LOGIN = "tobias.wagner@" + EMAIL_DOMAIN;

    /** The team of the demo employee and the demo manager. */
    public static final String DEMO_TEAM_CODE = "SALES-SOUTH-BAV";
    public static final String HR_DEPARTMENT_CODE = "CORP-HR";
    public static final String CRM_PROGRAM_OFFICE_CODE = "CORP-CRM";

    /** Inclusive bounds of the head count (leavers included). */
    static final int MIN_HEADCOUNT = 236;
    static final int MAX_HEADCOUNT = 244;

    /** One org unit of the plan; {@code parentCode} is null only for the company. */
    public record PlannedUnit(String code, String name, OrgUnitKind kind, String parentCode) {
    }

    /** One employee of the plan; {@code managerEmail} is null only for the managing director. */
    public record PlannedEmployee(String firstName, String lastName, String email, JobRole jobRole,
            String orgUnitCode, String managerEmail, LocalDate startDate, LocalDate endDate, String locale,
            String crmUserId, Set<Role> roles) {

        public PlannedEmployee {
            roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        }

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** Whether the employee is still with the company on the given day. */
        public boolean isActiveOn(LocalDate day) {
            return endDate == null || !endDate.isBefore(day);
        }
    }

    /** The whole company: units parents first, employees managers first. */
    public record Plan(List<PlannedUnit> units, List<PlannedEmployee> employees) {

        public Plan {
            units = List.copyOf(units);
            employees = List.copyOf(employees);
        }

        public Optional<PlannedEmployee> employee(String email) {
            return employees.stream().filter(e -> e.email().equals(email)).findFirst();
        }

        public Optional<PlannedUnit> unit(String code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        public List<PlannedEmployee> activeOn(LocalDate day) {
            return employees.stream().filter(e -> e.isActiveOn(day)).toList();
        }
    }

    private DemoCompany() {
    }

    /** Builds the company; the same seed and reference date always give the same plan. */
    public static Plan generate(long seed, LocalDate referenceDate) {
        return new Generator(new Random(seed), Objects.requireNonNull(referenceDate)).run();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Structure

    private record TeamDef(String code, String name, int members, JobRole leadRole, JobRole memberRole) {
    }

    private record DeptDef(String code, String name, JobRole headRole, List<TeamDef> teams) {
    }

    private record DivDef(String code, String name, JobRole headRole, List<DeptDef> departments) {
    }

    private static TeamDef team(String code, String name, int members, JobRole lead, JobRole member) {
        return new TeamDef(code, name, members, lead, member);
    }

    private static final JobRole AE = JobRole.ACCOUNT_EXECUTIVE;
    private static final JobRole SM = JobRole.SALES_MANAGER;

    private static final List<DivDef> DIVISIONS = List.of(
            new DivDef("SALES", "Sales", JobRole.SALES_DIRECTOR, List.of(
                    new DeptDef("SALES-NORTH", "Field Sales North", SM, List.of(
                            team("SALES-NORTH-HH", "Field Sales North – Hamburg & Schleswig-Holstein", 9, SM, AE),
                            team("SALES-NORTH-NI", "Field Sales North – Lower Saxony & Bremen", 10, SM, AE))),
                    new DeptDef("SALES-SOUTH", "Field Sales South", SM, List.of(
                            team(DEMO_TEAM_CODE, "Field Sales South – Bavaria", 11, SM, AE),
                            team("SALES-SOUTH-BW", "Field Sales South – Baden-Württemberg", 11, SM, AE),
                            team("SALES-SOUTH-ATCH", "Field Sales South – Austria & Switzerland", 6, SM, AE))),
                    new DeptDef("SALES-WEST", "Field Sales West", SM, List.of(
                            team("SALES-WEST-NRW", "Field Sales West – North Rhine-Westphalia", 12, SM, AE),
                            team("SALES-WEST-HE", "Field Sales West – Hesse & Rhineland-Palatinate", 9, SM, AE))),
                    new DeptDef("SALES-EAST", "Field Sales East", SM, List.of(
                            team("SALES-EAST-SN", "Field Sales East – Saxony & Thuringia", 9, SM, AE),
                            team("SALES-EAST-BB", "Field Sales East – Berlin, Brandenburg & Saxony-Anhalt", 7, SM, AE))),
                    new DeptDef("SALES-INSIDE", "Inside Sales", SM, List.of(
                            team("SALES-INSIDE-LEAD", "Inside Sales – Lead Development", 11, SM, JobRole.INSIDE_SALES),
                            team("SALES-INSIDE-ACC", "Inside Sales – Customer Accounts", 10, SM, JobRole.INSIDE_SALES))),
                    new DeptDef("SALES-KAM", "Key Account Management", SM, List.of(
                            team("SALES-KAM-OEM", "Key Account Management – OEM Machine Builders", 6, SM,
                                    JobRole.KEY_ACCOUNT_MANAGER),
                            team("SALES-KAM-LOG", "Key Account Management – Intralogistics & Automotive", 5, SM,
                                    JobRole.KEY_ACCOUNT_MANAGER))))),
            new DivDef("MKT", "Marketing", JobRole.MARKETING_MANAGER, List.of(
                    new DeptDef("MKT-PM", "Product Marketing", JobRole.MARKETING_MANAGER, List.of(
                            team("MKT-PM-DRIVES", "Product Marketing – Drives & Motion Control", 5,
                                    JobRole.MARKETING_MANAGER, JobRole.MARKETING_SPECIALIST))),
                    new DeptDef("MKT-DIGI", "Digital Marketing & Campaigns", JobRole.MARKETING_MANAGER, List.of(
                            team("MKT-DIGI-WEB", "Digital Marketing – Web & Content", 5,
                                    JobRole.MARKETING_MANAGER, JobRole.MARKETING_SPECIALIST),
                            team("MKT-DIGI-CAMP", "Digital Marketing – Campaigns & Trade Fairs", 5,
                                    JobRole.MARKETING_MANAGER, JobRole.MARKETING_SPECIALIST))))),
            new DivDef("SVC", "Customer Service", JobRole.SERVICE_MANAGER, List.of(
                    new DeptDef("SVC-DESK", "Service Desk", JobRole.SERVICE_MANAGER, List.of(
                            team("SVC-DESK-HOTLINE", "Service Desk – Technical Hotline", 10,
                                    JobRole.SERVICE_MANAGER, JobRole.SERVICE_AGENT),
                            team("SVC-DESK-PARTS", "Service Desk – Spare Parts & Repairs", 7,
                                    JobRole.SERVICE_MANAGER, JobRole.SERVICE_AGENT))),
                    new DeptDef("SVC-FIELD", "Field Service & Application Support", JobRole.SERVICE_MANAGER, List.of(
                            team("SVC-FIELD-NE", "Field Service – North & East", 7,
                                    JobRole.SERVICE_MANAGER, JobRole.SERVICE_AGENT),
                            team("SVC-FIELD-SW", "Field Service – South & West", 7,
                                    JobRole.SERVICE_MANAGER, JobRole.SERVICE_AGENT),
                            team("SVC-FIELD-APPS", "Application Support", 5,
                                    JobRole.SERVICE_MANAGER, JobRole.APPLICATION_ENGINEER))))),
            new DivDef("PRD", "Product & R&D", JobRole.PRODUCT_MANAGER, List.of(
                    new DeptDef("PRD-PM", "Product Management", JobRole.PRODUCT_MANAGER, List.of(
                            team("PRD-PM-GEAR", "Product Management – Gear Motors", 4,
                                    JobRole.PRODUCT_MANAGER, JobRole.PRODUCT_MANAGER),
                            team("PRD-PM-ELEC", "Product Management – Inverters & Servo Drives", 5,
                                    JobRole.PRODUCT_MANAGER, JobRole.PRODUCT_MANAGER))),
                    new DeptDef("PRD-AE", "Application Engineering", JobRole.APPLICATION_ENGINEER, List.of(
                            team("PRD-AE-CONV", "Application Engineering – Conveyor & Intralogistics", 5,
                                    JobRole.APPLICATION_ENGINEER, JobRole.APPLICATION_ENGINEER),
                            team("PRD-AE-MOTION", "Application Engineering – Motion Control & Servo", 5,
                                    JobRole.APPLICATION_ENGINEER, JobRole.APPLICATION_ENGINEER))))),
            // The commercial managing director heads the small corporate division.
            new DivDef("CORP", "Corporate", JobRole.MANAGING_DIRECTOR, List.of(
                    new DeptDef(HR_DEPARTMENT_CODE, "Human Resources", JobRole.HR_BUSINESS_PARTNER, List.of(
                            team("CORP-HR-PEOPLE", "Human Resources – People & Payroll", 3,
                                    JobRole.HR_BUSINESS_PARTNER, JobRole.HR_BUSINESS_PARTNER))),
                    new DeptDef(CRM_PROGRAM_OFFICE_CODE, "CRM Program Office", JobRole.CRM_PROGRAM_MANAGER, List.of(
                            team("CORP-CRM-PLATFORM", "CRM Program Office – Platform & Enablement", 3,
                                    JobRole.CRM_PROGRAM_MANAGER, JobRole.CRM_PROGRAM_MANAGER))))));

    /** Teams whose size is stretched or shrunk so that the head count lands in the target range. */
    private static final List<String> ELASTIC_TEAMS = List.of("SALES-NORTH-HH", "SALES-NORTH-NI", DEMO_TEAM_CODE,
            "SALES-SOUTH-BW", "SALES-WEST-NRW", "SALES-WEST-HE", "SALES-EAST-SN", "SALES-EAST-BB",
            "SALES-INSIDE-LEAD", "SALES-INSIDE-ACC", "SVC-DESK-HOTLINE");

    // ------------------------------------------------------------------------------------------------------------
    // Names

    private record Origin(int weight, String locale, List<String> male, List<String> female, List<String> last,
            boolean slavicFeminine) {
    }

    private static final List<String> GERMAN_LAST = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber",
            "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
            "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
            "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
            "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger",
            "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig",
            "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer",
            "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler",
            "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff",
            "Pfeiffer", "Brinkmann", "Thiele", "Gärtner", "Rößler", "Eßer", "Hübner", "Lindner", "Ebert", "Kröger",
            "Hesse", "Wendt", "Strauß", "Dörr", "Petersen", "Janßen", "Behrens", "Wittmann", "Reuter", "Schütz");

    private static final List<Origin> ORIGINS = List.of(
            new Origin(72, "de",
                    List.of("Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen", "Jörg",
                            "Uwe", "Ralf", "Matthias", "Alexander", "Sebastian", "Daniel", "Tobias", "Florian", "Jan",
                            "Tim", "Lukas", "Maximilian", "Felix", "Philipp", "Niklas", "Jonas", "Moritz", "Dominik",
                            "Sven", "Björn", "Sören", "Günter", "Dieter", "Klaus", "Wolfgang", "Bernd", "Holger",
                            "Torsten", "Kai", "Marco", "Dennis", "Patrick", "Fabian", "Benedikt", "Henrik", "Malte",
                            "Lars", "Till", "Nils", "Christoph", "Hans-Peter", "Karl-Heinz", "Oliver", "Heiko",
                            "Rüdiger", "Simon", "Julian", "Leon", "Jens", "Carsten", "Timo"),
                    List.of("Sabine", "Petra", "Andrea", "Claudia", "Susanne", "Nicole", "Stefanie", "Katrin", "Julia",
                            "Anna", "Laura", "Lena", "Sarah", "Lisa", "Hannah", "Johanna", "Katharina", "Christina",
                            "Melanie", "Sandra", "Anja", "Birgit", "Monika", "Ute", "Heike", "Kerstin", "Silke",
                            "Tanja", "Jana", "Franziska", "Carolin", "Miriam", "Theresa", "Annika", "Marie", "Sophie",
                            "Jasmin", "Vanessa", "Nadine", "Simone", "Gabriele", "Bärbel", "Meike", "Lea", "Britta",
                            "Jessica", "Antje", "Svenja", "Ines", "Kathrin"),
                    GERMAN_LAST, false),
            // Russian-German families: Russian first names, German surnames.
            new Origin(4, "de",
                    List.of("Waldemar", "Viktor", "Eugen", "Dmitri", "Sergej", "Artur", "Alexej"),
                    List.of("Olga", "Natalia", "Irina", "Swetlana", "Elena", "Tatjana", "Ljudmila"),
                    GERMAN_LAST, false),
            new Origin(8, "de",
                    List.of("Mehmet", "Mustafa", "Ahmet", "Emre", "Murat", "Can", "Burak", "Serkan", "Ömer", "Hakan",
                            "Deniz", "Cem"),
                    List.of("Ayşe", "Elif", "Zeynep", "Fatma", "Derya", "Selin", "Esra", "Özlem", "Melike", "Gül",
                            "Büşra", "Aylin"),
                    List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Özdemir", "Arslan", "Doğan", "Aydın",
                            "Koç", "Kılıç", "Yıldız", "Aksoy", "Güneş", "Erdoğan"), false),
            new Origin(4, "de",
                    List.of("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz", "Michał"),
                    List.of("Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Małgorzata", "Karolina", "Monika"),
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                            "Szymański", "Kowalczyk", "Mazur", "Krawczyk", "Grabowski"), true),
            new Origin(3, "de",
                    List.of("Luca", "Marco", "Alessandro", "Matteo", "Francesco", "Giuseppe", "Antonio"),
                    List.of("Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Alessia", "Federica"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                            "Marino", "Greco", "Conti", "Lombardi"), false),
            new Origin(2, "de",
                    List.of("Dimitrios", "Nikolaos", "Georgios", "Konstantinos", "Ioannis"),
                    List.of("Eleni", "Maria", "Sofia", "Katerina", "Despina"),
                    List.of("Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidis", "Papadakis", "Vlachos"), false),
            new Origin(2, "de",
                    List.of("Ivan", "Marko", "Luka", "Stjepan", "Nikola", "Goran"),
                    List.of("Ivana", "Ana", "Jelena", "Mirela", "Katarina", "Dragana"),
                    List.of("Kovačević", "Jurić", "Horvat", "Petrović", "Marković", "Babić", "Knežević", "Jovanović"),
                    false),
            new Origin(1, "de",
                    List.of("Karim", "Ali", "Omar", "Youssef", "Samir"),
                    List.of("Leila", "Yasmin", "Amira", "Nour", "Rania"),
                    List.of("Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hamdan"), false),
            // International colleagues who work in English.
            new Origin(2, "en",
                    List.of("James", "Oliver", "Harry", "Thomas", "William", "Liam", "Daniel"),
                    List.of("Emma", "Charlotte", "Sophie", "Emily", "Olivia", "Grace", "Aoife"),
                    List.of("Clarke", "Walker", "Thompson", "Evans", "Hughes", "O'Brien", "Murphy", "Bennett"), false),
            new Origin(1, "en",
                    List.of("Rahul", "Vikram", "Arjun", "Sanjay"),
                    List.of("Priya", "Anjali", "Kavya", "Divya"),
                    List.of("Sharma", "Patel", "Iyer", "Gupta", "Nair", "Reddy"), false),
            new Origin(1, "en",
                    List.of("Lars", "Pieter", "Erik", "Jesper", "Daan"),
                    List.of("Ingrid", "Sanne", "Astrid", "Femke", "Linnea"),
                    List.of("Jensen", "Andersson", "Bakker", "Visser", "Lindqvist", "Nielsen"), false));

    private record Person(String firstName, String lastName, String locale) {
    }

    /** The demo logins, with the slot each of them fills. */
    private static final Person CEO = new Person("Michael", "Hansen", "de");
    private static final Person DEMO_MANAGER = new Person("Sabine", "Krüger", "de");
    private static final Person DEMO_EMPLOYEE = new Person("Jonas", "Becker", "de");
    private static final Person HR_HEAD = new Person("Petra", "Hoffmann", "de");
    private static final Person CRM_HEAD = new Person("Tobias", "Wagner", "de");
    private static final List<Person> FIXED = List.of(CEO, DEMO_MANAGER, DEMO_EMPLOYEE, HR_HEAD, CRM_HEAD);

    // ------------------------------------------------------------------------------------------------------------
    // E-mail addresses

    /** Folds a name to the ASCII used in e-mail addresses: "Jürgen Weiß" → "juergen", "weiss". */
    static String asciiFold(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ø", "o").replace("æ", "ae");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("\\s+", "-").replaceAll("[^a-z0-9-]", "");
        return s;
    }

    static String emailOf(String firstName, String lastName, Set<String> taken) {
        String local = asciiFold(firstName) + "." + asciiFold(lastName);
        String email = local + "@" + EMAIL_DOMAIN;
        for (int n = 2; taken.contains(email); n++) {
            email = local + n + "@" + EMAIL_DOMAIN;
        }
        return email;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Generation

    /** An employee while the plan is being built. */
    private static final class Draft {
        final Person person;
        final String email;
        final JobRole jobRole;
        final String unitCode;
        final Draft manager;
        LocalDate startDate;
        LocalDate endDate;
        String crmUserId;
        final boolean fixed;
        final boolean teamMember;

        Draft(Person person, String email, JobRole jobRole, String unitCode, Draft manager, LocalDate startDate,
                boolean fixed, boolean teamMember) {
            this.person = person;
            this.email = email;
            this.jobRole = jobRole;
            this.unitCode = unitCode;
            this.manager = manager;
            this.startDate = startDate;
            this.fixed = fixed;
            this.teamMember = teamMember;
        }
    }

    private static final class Generator {

        private static final int YEAR = 365;
        private static final String CRM_ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

        private final Random rnd;
        private final LocalDate today;
        private final List<PlannedUnit> units = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> fixedNames = new HashSet<>();
        private final Set<String> crmIds = new HashSet<>();
        private final Set<Draft> executives = new HashSet<>();
        private final Map<String, Integer> teamSizes = new LinkedHashMap<>();

        Generator(Random rnd, LocalDate today) {
            this.rnd = rnd;
            this.today = today;
            for (Person p : FIXED) {
                emails.add(emailOf(p.firstName(), p.lastName(), Set.of()));
                fixedNames.add(p.firstName() + " " + p.lastName());
            }
        }

        Plan run() {
            sizeTeams();
            buildTree();
            pickLeavers();
            pickRecentJoiners();
            for (Draft d : drafts) {
                d.crmUserId = nextCrmUserId();
            }
            return toPlan();
        }

        private void sizeTeams() {
            int managers = 1;
            for (DivDef div : DIVISIONS) {
                managers++;
                for (DeptDef dept : div.departments()) {
                    managers++;
                    for (TeamDef team : dept.teams()) {
                        managers++;
                        teamSizes.put(team.code(), Math.max(2, team.members() + rnd.nextInt(3) - 1));
                    }
                }
            }
            int target = MIN_HEADCOUNT + rnd.nextInt(MAX_HEADCOUNT - MIN_HEADCOUNT + 1);
            int total = managers + teamSizes.values().stream().mapToInt(Integer::intValue).sum();
            while (total < target) {
                teamSizes.merge(ELASTIC_TEAMS.get(rnd.nextInt(ELASTIC_TEAMS.size())), 1, Integer::sum);
                total++;
            }
            while (total > target) {
                String code = ELASTIC_TEAMS.get(rnd.nextInt(ELASTIC_TEAMS.size()));
                if (teamSizes.get(code) > 5) {
                    teamSizes.merge(code, -1, Integer::sum);
                    total--;
                }
            }
        }

        private void buildTree() {
            units.add(new PlannedUnit(COMPANY_CODE, COMPANY_NAME, OrgUnitKind.COMPANY, null));
            LocalDate founderStart = today.minusYears(12).minusMonths(rnd.nextInt(3)).withDayOfMonth(1);
            Draft ceo = add(CEO, JobRole.MANAGING_DIRECTOR, COMPANY_CODE, null, founderStart, true, false);
            executives.add(ceo);
            for (DivDef div : DIVISIONS) {
                units.add(new PlannedUnit(div.code(), div.name(), OrgUnitKind.DIVISION, COMPANY_CODE));
                Draft divHead = add(randomPerson(), div.headRole(), div.code(), ceo, leaderStart(), false, false);
                executives.add(divHead);
                for (DeptDef dept : div.departments()) {
                    units.add(new PlannedUnit(dept.code(), dept.name(), OrgUnitKind.DEPARTMENT, div.code()));
                    Person headPerson = switch (dept.code()) {
                        case HR_DEPARTMENT_CODE -> HR_HEAD;
                        case CRM_PROGRAM_OFFICE_CODE -> CRM_HEAD;
                        default -> null;
                    };
                    Draft deptHead = headPerson != null
                            ? add(headPerson, dept.headRole(), dept.code(), divHead, leaderStart(), true, false)
                            : add(randomPerson(), dept.headRole(), dept.code(), divHead, leaderStart(), false, false);
                    for (TeamDef team : dept.teams()) {
                        units.add(new PlannedUnit(team.code(), team.name(), OrgUnitKind.TEAM, dept.code()));
                        boolean demoTeam = team.code().equals(DEMO_TEAM_CODE);
                        Draft lead = add(demoTeam ? DEMO_MANAGER : randomPerson(), team.leadRole(), team.code(),
                                deptHead, leaderStart(), demoTeam, false);
                        int size = teamSizes.get(team.code());
                        for (int i = 0; i < size; i++) {
                            boolean demoEmployee = demoTeam && i == 0;
                            add(demoEmployee ? DEMO_EMPLOYEE : randomPerson(), team.memberRole(), team.code(), lead,
                                    memberStart(), demoEmployee, true);
                        }
                    }
                }
            }
        }

        private Draft add(Person person, JobRole jobRole, String unitCode, Draft manager, LocalDate start,
                boolean fixed, boolean teamMember) {
            String email = fixed ? emailOf(person.firstName(), person.lastName(), Set.of())
                    : emailOf(person.firstName(), person.lastName(), emails);
            emails.add(email);
            Draft d = new Draft(person, email, jobRole, unitCode, manager, start, fixed, teamMember);
            drafts.add(d);
            return d;
        }

        private Person randomPerson() {
            while (true) {
                Origin origin = randomOrigin();
                boolean female = rnd.nextBoolean();
                List<String> firstNames = female ? origin.female() : origin.male();
                String first = firstNames.get(rnd.nextInt(firstNames.size()));
                String last = origin.last().get(rnd.nextInt(origin.last().size()));
                if (female && origin.slavicFeminine() && last.endsWith("ki")) {
                    last = last.substring(0, last.length() - 1) + "a";
                }
                if (!fixedNames.contains(first + " " + last)) {
                    return new Person(first, last, origin.locale());
                }
            }
        }

        private Origin randomOrigin() {
            int total = ORIGINS.stream().mapToInt(Origin::weight).sum();
            int pick = rnd.nextInt(total);
            for (Origin origin : ORIGINS) {
                pick -= origin.weight();
                if (pick < 0) {
                    return origin;
                }
            }
            throw new IllegalStateException();
        }

        /** Leaders have been with the company for two to twelve years. */
        private LocalDate leaderStart() {
            return hireDate(2 * YEAR + rnd.nextInt(10 * YEAR - 60));
        }

        /** Team members joined between two months and twelve years ago, recent hires being more common. */
        private LocalDate memberStart() {
            int span = 12 * YEAR - 60 - 61;
            return hireDate(61 + (int) (span * Math.pow(rnd.nextDouble(), 1.4)));
        }

        /** Most contracts start on the first of a month, the others on a Monday; both lie on or before the day. */
        private LocalDate hireDate(int daysBack) {
            LocalDate day = today.minusDays(daysBack);
            return rnd.nextInt(4) < 3 ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /** Candidates for leavers and recent joiners: ordinary members of teams that stay big enough. */
        private List<Draft> changeCandidates() {
            return drafts.stream()
                    .filter(d -> d.teamMember && !d.fixed && teamSizes.get(d.unitCode) >= 4)
                    .toList();
        }

        private void pickLeavers() {
            List<Draft> candidates = changeCandidates();
            Set<String> teamsWithLeaver = new HashSet<>();
            int count = 3 + rnd.nextInt(4);
            while (teamsWithLeaver.size() < count) {
                Draft d = candidates.get(rnd.nextInt(candidates.size()));
                if (!teamsWithLeaver.add(d.unitCode)) {
                    continue;
                }
                // Contracts end on the last day of a month, between two weeks and a year and a half ago.
                LocalDate end = today.minusDays(14 + rnd.nextInt(530)).withDayOfMonth(1).minusDays(1);
                d.endDate = end;
                if (d.startDate.isAfter(end.minusDays(180))) {
                    d.startDate = end.minusDays(180 + rnd.nextInt(6 * YEAR)).withDayOfMonth(1);
                }
            }
        }

        private void pickRecentJoiners() {
            List<Draft> candidates = changeCandidates().stream().filter(d -> d.endDate == null).toList();
            Set<String> teamsWithJoiner = new HashSet<>();
            int count = 2 + rnd.nextInt(3);
            while (teamsWithJoiner.size() < count) {
                Draft d = candidates.get(rnd.nextInt(candidates.size()));
                if (teamsWithJoiner.add(d.unitCode)) {
                    // A Monday between one and eight weeks ago.
                    d.startDate = today.minusDays(7 + rnd.nextInt(46)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                }
            }
        }

        /** A Salesforce-style 15-character user id, e.g. 005000000000A1B. */
        private String nextCrmUserId() {
            while (true) {
                StringBuilder id = new StringBuilder("0050000000");
                for (int i = 0; i < 5; i++) {
                    id.append(CRM_ID_ALPHABET.charAt(rnd.nextInt(CRM_ID_ALPHABET.length())));
                }
                if (crmIds.add(id.toString())) {
                    return id.toString();
                }
            }
        }

        private Plan toPlan() {
            Map<String, String> parents = new HashMap<>();
            for (PlannedUnit u : units) {
                parents.put(u.code(), u.parentCode());
            }
            Set<Draft> managers = new HashSet<>();
            for (Draft d : drafts) {
                if (d.manager != null) {
                    managers.add(d.manager);
                }
            }
            List<PlannedEmployee> employees = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
                if (managers.contains(d)) {
                    roles.add(Role.MANAGER);
                }
                if (executives.contains(d)) {
                    roles.add(Role.EXECUTIVE);
                }
                if (isWithin(d.unitCode, HR_DEPARTMENT_CODE, parents)) {
                    roles.add(Role.HR);
                }
                if (isWithin(d.unitCode, CRM_PROGRAM_OFFICE_CODE, parents)) {
                    roles.add(Role.ADMIN);
                }
                employees.add(new PlannedEmployee(d.person.firstName(), d.person.lastName(), d.email, d.jobRole,
                        d.unitCode, d.manager == null ? null : d.manager.email, d.startDate, d.endDate,
                        d.person.locale(), d.crmUserId, roles));
            }
            return new Plan(units, employees);
        }

        private static boolean isWithin(String unitCode, String ancestorCode, Map<String, String> parents) {
            for (String code = unitCode; code != null; code = parents.get(code)) {
                if (code.equals(ancestorCode)) {
                    return true;
                }
            }
            return false;
        }
    }
}
