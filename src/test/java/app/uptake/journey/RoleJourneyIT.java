package app.uptake.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One journey per user group in a real headless Chromium: sign in, check the navigation the role
 * gets, and save a screenshot under target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=true", "vaadin.devmode.liveReload.enabled=false",
            "vaadin.devmode.devTools.enabled=false"})
class RoleJourneyIT {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = browser("en-US");
    }

    private static ChromeDriver browser(String language) {
        return Browsers.chromium(language);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("employee", DemoLogins.EMPLOYEE, "Jonas Becker", List.of("Home", "My targets", "Metric explorer", "Metric catalog", "My training", "My adoption", "My statements", "What if")),
                Arguments.of("manager", DemoLogins.MANAGER, "Sabine Krüger", List.of("Home", "My team", "My targets", "Team targets", "Metric explorer", "Metric catalog", "My training", "Training compliance", "My adoption", "My statements", "What if")),
                Arguments.of("hr", DemoLogins.HR, "Petra Hoffmann", List.of("Home", "My team", "My targets", "Team targets", "Metric explorer", "Metric catalog", "My training", "Training compliance", "My adoption", "My statements", "What if", "Employees", "Incentive plans", "Incentive runs", "Statements")),
                Arguments.of("executive", DemoLogins.EXECUTIVE, "Michael Hansen", List.of("Home", "My team", "My targets", "Team targets", "Metric explorer", "Metric catalog", "Goal map", "My training", "Training compliance", "My adoption", "My statements", "What if")),
                Arguments.of("admin", DemoLogins.ADMIN, "Tobias Wagner",
                        List.of("Home", "My team", "My targets", "Team targets", "Metric explorer", "Metric catalog", "Goal map", "My training", "Training compliance", "My adoption", "My statements", "What if", "Employees", "Incentive plans", "Incentive runs", "Statements",
                                "Organisation", "Data sources", "Upload activity", "Activity imports", "API keys", "Training content",
                                "Goal status thresholds", "Adoption settings", "Audit log")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleSignsInAndSeesItsNavigation(String role, String login, String name, List<String> navigation)
            throws Exception {
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(login, DemoLogins.PASSWORD).waitForView("home");
        assertThat(shell.userName()).isEqualTo(name);
        assertThat(shell.navigationLabels()).containsExactlyElementsOf(navigation);
        if (role.equals("executive")) {
            assertThat(shell.chartIsDrawn("headcount-chart")).as("ECharts drew the headcount chart").isTrue();
        }
        Path screenshot = shell.screenshot("home-" + role);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void adminScreensRenderInTheBrowser() throws Exception {
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD)
                .waitForView("home");
        shell.open(baseUrl(), "admin/employees", "employee-grid").screenshot("admin-employees");
        shell.open(baseUrl(), "admin/org", "org-tree").screenshot("admin-org");
        shell.open(baseUrl(), "admin/training/content", "training-modules").screenshot("admin-training-content");
        shell.open(baseUrl(), "goals", "goals-tree").screenshot("admin-goal-map");
        Long demoGoal = jdbc.queryForObject("select min(id) from goal where parent_id is null", Long.class);
        assertThat(demoGoal).as("the demo company's goal map").isNotNull();
        shell.open(baseUrl(), "goals/" + demoGoal, "goal-title").screenshot("admin-goal-page");
        shell.open(baseUrl(), "admin/employees/import", "employee-upload");
        // A Latin-1 file from a German Excel: one good row, one with an unknown unit and a bad date.
        Path csv = Files.createTempFile("employees", ".csv");
        Files.write(csv, ("email;first_name;last_name;job_role;org_unit;manager_email;start_date\n"
                + "journey.tester@hansen-antriebstechnik.example;Jürgen;Weiß;Inside Sales;SALES;;01.10.2026\n"
                + "broken@hansen-antriebstechnik.example;Bernd;Bäcker;Account Executive;NOPE;;31.02.2026\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        org.openqa.selenium.WebElement upload = driver.findElement(org.openqa.selenium.By.id("employee-upload"));
        org.openqa.selenium.By fileInput = org.openqa.selenium.By.cssSelector("input[type=file]");
        org.openqa.selenium.WebElement input = upload.findElements(fileInput).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(fileInput));
        input.sendKeys(csv.toAbsolutePath().toString());
        shell.waitForView("import-rows");
        assertThat(driver.findElement(org.openqa.selenium.By.id("import-summary")).getText())
                .contains("1 new", "1 rejected", "windows-1252");
        shell.screenshot("admin-import-preview");
    }

    @Test
    void aGermanBrowserGetsGermanThroughout() throws Exception {
        driver.quit();
        driver = browser("de-DE");
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD)
                .waitForView("home");
        assertThat(shell.navigationLabels()).containsExactly("Start", "Mein Team", "Meine Ziele", "Teamziele", "Kennzahlen", "Kennzahlenkatalog",
                "Meine Schulungen", "Schulungsstand", "Meine Adoption", "Meine Abrechnungen", "Was wäre wenn");
        shell.open(baseUrl(), "training", "training-assignments").screenshot("manager-my-training-de");
        shell.open(baseUrl(), "training/compliance", "compliance-grid").screenshot("manager-compliance-de");
        shell.open(baseUrl(), "notifications", "notifications").screenshot("manager-notifications-de");
        shell.open(baseUrl(), "training/goal-map-and-metrics/2", "lesson-title").screenshot("manager-lesson-de");
        shell.open(baseUrl(), "team", "employee-grid").screenshot("manager-team-de");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("vaadin-grid")).getText())
                .contains("Jonas Becker");
    }

    @Test
    void executivesExploreAMetricWithItsTrend() throws Exception {
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.EXECUTIVE, DemoLogins.PASSWORD)
                .waitForView("home");
        shell.open(baseUrl(), "metrics", "metric-explorer");
        assertThat(shell.chartIsDrawn("metric-trend")).as("ECharts drew the trend").isTrue();
        assertThat(driver.findElement(org.openqa.selenium.By.id("metric-value")).getText())
                .contains("Activities logged per week");
        shell.screenshot("metrics-explorer-executive");
    }

    @Test
    void signingOutFromTheUserMenuReturnsToTheLoginPage() {
        new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.EMPLOYEE, DemoLogins.PASSWORD).waitForView("home")
                .signOut();
        new LoginPage(driver).waitForForm();
        driver.get(baseUrl() + "/");
        new LoginPage(driver).waitForForm();
    }

    @Test
    void anEmployeeTypingAnAdminAddressGetsNotFound() throws Exception {
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.EMPLOYEE, DemoLogins.PASSWORD)
                .waitForView("home");
        shell.open(baseUrl(), "admin/employees", "not-found");
        assertThat(shell.showsNotFound()).isTrue();
        shell.screenshot("employee-denied");
    }

    @Test
    void aWrongPasswordGetsAPlainMessage() throws Exception {
        LoginPage login = new LoginPage(driver).open(baseUrl());
        login.signIn(DemoLogins.EMPLOYEE, "not-the-password");
        assertThat(login.showsError()).isTrue();
        new ShellPage(driver).screenshot("login-failed");
    }

    @Test
    void repeatedWrongPasswordsBlockTheNameEvenForTheRightPassword() throws Exception {
        String someone = "florian.albrecht@hansen-antriebstechnik.example";
        for (int attempt = 0; attempt < 5; attempt++) {
            LoginPage login = new LoginPage(driver).open(baseUrl());
            login.signIn(someone, "guess-" + attempt);
            assertThat(login.showsError()).isTrue();
        }
        LoginPage login = new LoginPage(driver).open(baseUrl());
        login.signIn(someone, DemoLogins.PASSWORD);
        assertThat(login.showsError()).isTrue();
        assertThat(driver.findElement(org.openqa.selenium.By.id("login-form")).getText())
                .contains("too many failed sign-ins");
        new ShellPage(driver).screenshot("login-throttled");
    }
}
