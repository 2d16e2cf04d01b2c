package app.uptake.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Role;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An incentive quarter in a real browser: HR designs a new version of the demo plan SALES-BAV, starts and calculates
 * the run for the last closed quarter, a second HR colleague approves and publishes it (four eyes), HR generates the
 * statements, and an account executive of the Bavarian team finds his statement and tries a what-if estimate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=true", "vaadin.devmode.liveReload.enabled=false",
            "vaadin.devmode.devTools.enabled=false"})
class IncentiveJourneyIT {

    private static final String PLAN_CODE = "SALES-BAV";
    private static final String PLAN_NAME = "Field Sales Bavaria";
    private static final String REASON = "Higher target incentive from the last closed quarter on.";

    @LocalServerPort
    int port;

    @Autowired
    EmployeeDirectory directory;
    @Autowired
    CompanyCalendar calendar;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private ShellPage shell;

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void hrDesignsRunsAndPublishesAQuarterAndJonasSeesHisStatement() throws Exception {
        // the last closed quarter on the company's clock (the demo's fiscal year is the calendar year)
        LocalDate today = calendar.today();
        LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3 + 3);
        String quarterName = "Q" + ((quarter.getMonthValue() - 1) / 3 + 1) + " " + quarter.getYear();

        // HR designs a new version of the demo plan, starting from the version in force
        start(DemoLogins.HR);
        shell.open(baseUrl(), "incentives/plans", "plans-grid");
        shell.screenshot("incentive-journey-plans");
        clickCell("plans-grid", PLAN_CODE);
        shell.waitForView("incentive-plan");
        wait.until(d -> shell.text("plan-title").startsWith(PLAN_CODE));
        String planId = driver.getCurrentUrl().replaceAll(".*/", "").replaceAll("\\D.*", "");
        assertThat(planId).isNotEmpty();
        waitFor(By.id("version-1"));
        shell.click(By.id("new-version"));
        waitFor(By.id("version-editor"));
        // the components of the version in force are in the editor already
        waitFor(By.id("component-0-code"));
        typeInto("version-valid-from", DateTimeFormatter.ofPattern("M/d/yyyy").format(quarter) + Keys.ENTER);
        typeInto("version-target-incentive", "6500");
        typeInto("version-reason", REASON);
        shell.screenshot("incentive-journey-version-editor");
        shell.click(By.id("save-version"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("version-editor")));
        waitFor(By.id("version-2"));
        assertThat(shell.text("version-2")).contains("6,500").contains(REASON);
        assertThat(driver.findElements(By.cssSelector("[id^='version-2-component-']"))).hasSizeGreaterThanOrEqualTo(2);
        scrollTo(By.id("version-2"));
        shell.screenshot("incentive-journey-new-version");

        // HR starts the run for the last closed quarter and calculates it
        shell.open(baseUrl(), "incentives/runs", "runs-grid");
        shell.click(By.id("start-run"));
        waitFor(By.id("start-run-dialog"));
        String periodStart = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US)
                .format(quarter);
        pickInSelect("run-period", periodStart + " –");
        pickInCombo("run-plan", "Field", PLAN_NAME);
        shell.screenshot("incentive-journey-start-run");
        shell.click(By.id("start-run-confirm"));
        shell.waitForView("incentive-run");
        wait.until(d -> d.getCurrentUrl().matches(".*/incentives/runs/\\d+$"));
        String runId = driver.getCurrentUrl().replaceAll(".*/", "");
        waitUntilShown("run-calculate");
        shell.click(By.id("run-calculate"));
        wait.until(d -> shell.text("run-facts").contains("Calculated"));
        // the one who calculated may not approve
        assertThat(shown("run-approve")).isFalse();
        assertThat(shell.text("run-totals")).matches(".*\\d.*");
        shell.screenshot("incentive-journey-calculated");

        // a second HR colleague approves and publishes
        switchTo(secondHrLogin());
        shell.open(baseUrl(), "incentives/runs/" + runId, "incentive-run");
        waitUntilShown("run-approve");
        shell.click(By.id("run-approve"));
        wait.until(d -> shell.text("run-facts").contains("Approved"));
        waitUntilShown("run-publish");
        shell.click(By.id("run-publish"));
        wait.until(d -> shell.text("run-facts").contains("Published"));
        shell.screenshot("incentive-journey-published");

        // HR generates the statements and watches the progress until all are there
        switchTo(DemoLogins.HR);
        shell.open(baseUrl(), "incentives/statements", "statement-runs");
        shell.click(By.id("generate-" + runId));
        wait.until(d -> shell.text("progress-text-" + runId).startsWith("All"));
        assertThat(shell.text("progress-text-" + runId)).matches("All \\d+ generated");
        waitFor(By.id("zip-" + runId));
        shell.screenshot("incentive-journey-statements-generated");

        // Jonas, an account executive of the Bavarian team, finds his statement for the quarter
        switchTo(DemoLogins.EMPLOYEE);
        shell.open(baseUrl(), "statements", "statements-grid");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#statements-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().contains(PLAN_NAME)).findFirst().orElse(null));
        assertThat(row).isNotNull();
        assertThat(gridTexts("statements-grid")).contains(quarterName);
        shell.screenshot("incentive-journey-my-statements");

        // and asks what the plan would pay with more customer meetings
        shell.open(baseUrl(), "incentives/what-if", "what-if-plan-" + planId);
        waitFor(By.id("what-if-current-" + planId));
        typeInto("what-if-" + planId + "-MEETINGS", "6");
        shell.click(By.id("what-if-estimate-" + planId));
        wait.until(d -> shell.text("what-if-estimated-" + planId).startsWith("The plan would pay"));
        // the estimate follows the version designed above
        assertThat(shell.text("what-if-explanation-" + planId)).contains("version 2").contains("6,500.00 EUR");
        scrollTo(By.id("what-if-estimated-" + planId));
        shell.screenshot("incentive-journey-what-if");
    }

    /** Another account with the HR role than Petra's, as the four-eyes rule needs. */
    private String secondHrLogin() {
        long petra = directory.resolve(List.of(DemoLogins.HR)).get(DemoLogins.HR);
        Map<Long, Set<Role>> roles = directory.accountRoles();
        long other = roles.entrySet().stream().filter(e -> e.getValue().contains(Role.HR) && e.getKey() != petra)
                .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        return directory.contacts(List.of(other)).get(other).email();
    }

    private void start(String login) {
        driver = Browsers.chromium("en-US");
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        shell = new LoginPage(driver).open(baseUrl()).signIn(login, DemoLogins.PASSWORD).waitForView("home");
    }

    private void switchTo(String login) {
        driver.quit();
        start(login);
    }

    /** Whether the element is in the page and not hidden by the server. */
    private boolean shown(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return !!(e && !e.hidden);", id);
    }

    private void waitUntilShown(String id) {
        wait.until(d -> shown(id));
    }

    /** Opens a select and picks the item whose text contains the label. */
    private void pickInSelect(String id, String label) {
        shell.click(By.id(id));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().contains(label)).findFirst().orElse(null));
        item.click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const s = document.getElementById(arguments[0]); return !!(s && s.value && !s.opened);", id));
        waitForServer();
    }

    /** Types into a combo box, waits for the item the server found, and picks it. */
    private void pickInCombo(String id, String typed, String label) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(typed);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().trim().startsWith(label)).findFirst().orElse(null));
        item.click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById(arguments[0]); return !!(c && c.selectedItem && !c.opened);", id));
        waitForServer();
    }

    /** Waits until the browser has no request to the server under way. */
    private void waitForServer() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /** Types into a text field, text area, date picker or number field and commits it as leaving the field does. */
    private void typeInto(String id, String value) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        input.clear();
        input.sendKeys(value);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
        waitForServer();
    }

    /** Clicks the cell of a grid that shows the text. */
    private void clickCell(String gridId, String text) {
        WebElement cell = wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }

    private List<String> gridTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(c -> c.getText().trim()).toList();
    }

    private void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", waitFor(by));
    }

    private WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
