package app.uptake.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.internal.DemoCompany;
import app.uptake.support.DemoLogins;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The goal cascade in a real browser: the program office drafts a company goal, sees its measured baseline next to
 * the form, confirms and activates it, and breaks it down to the divisions, to two sales departments and to their
 * teams; the Bavarian team lead breaks her team's share down to her people, and one of them finds his target under
 * My targets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=true", "vaadin.devmode.liveReload.enabled=false",
            "vaadin.devmode.devTools.enabled=false"})
class GoalCascadeJourneyIT {

    private static final String TITLE = "Revenue won through the CRM pipeline";
    private static final String ADMIN_NAME = "Tobias Wagner";
    private static final String BY_BASELINE = "In proportion to baseline";

    @LocalServerPort
    int port;

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
    void adminCascadesACompanyGoalAndJonasSeesHisTarget() throws Exception {
        start(DemoLogins.ADMIN);
        shell.open(baseUrl(), "goals", "goals-tree");
        shell.click(By.id("goals-new"));
        waitFor(By.id("goal-editor"));
        pickInCombo("goal-scope", "Hansen", DemoCompany.COMPANY_NAME);
        pickInCombo("goal-metric", "Won revenue", "Won revenue");
        typeInto("goal-title-en", TITLE);
        typeInto("goal-title-de", "Im CRM gewonnener Umsatz");

        // position first: the baseline is measured from last year's activity and shown beside the form
        String baseline = shell.text("goal-baseline-value");
        assertThat(baseline).startsWith("Baseline").matches(".*\\d.*");
        // ten per cent more than last year's revenue
        long lastYear = Long.parseLong(baseline.replaceAll("\\.\\d\\d\\b.*", "").replaceAll("\\D", ""));
        typeInto("goal-target", String.valueOf(lastYear + lastYear / 10));
        typeInto("goal-weight", "10");
        pickInCombo("goal-owner", "Wagner", ADMIN_NAME);
        wait.until(d -> shell.text("goal-baseline-change").contains("%"));
        shell.screenshot("goal-journey-draft-with-baseline");
        shell.click(By.id("goal-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("goal-editor")));

        // the new draft is on the map; its page has the confirmation and, once confirmed, the activation
        clickCell("goals-tree", TITLE);
        shell.waitForView("goal-detail");
        assertThat(shell.text("goal-status")).isEqualTo("Draft");
        shell.click(By.id("goal-confirm"));
        wait.until(d -> shell.text("goal-confirmation").startsWith("Definition and baseline confirmed"));
        shell.screenshot("goal-journey-confirmed");
        shell.click(By.id("goal-activate"));
        wait.until(d -> "Active".equals(shell.text("goal-status")));

        // company → divisions → two sales departments → their teams, each in proportion to the units' baselines
        breakDown(BY_BASELINE);
        openChild("Sales");
        breakDown(BY_BASELINE);
        List<String> changes = new java.util.ArrayList<>();
        for (String department : List.of("Field Sales South", "Field Sales North")) {
            String departmentGoal = driver.getCurrentUrl();
            openChild(department);
            // in proportion to baseline, both departments are asked for the same growth
            changes.add(shell.text("goal-target").replaceAll(".*\\((\\+[\\d.]+.?%)\\).*", "$1"));
            breakDown(BY_BASELINE);
            // its teams, and its head, who belongs to the department itself
            assertThat(childNames()).filteredOn(n -> n.startsWith(department + " –")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(childNames()).filteredOn(n -> !n.startsWith(department + " –")).hasSize(1);
            if (department.equals("Field Sales South")) {
                shell.screenshot("goal-journey-department-breakdown");
            }
            driver.get(departmentGoal);
            shell.waitForView("goal-breakdown");
        }
        assertThat(changes).hasSize(2).allMatch(c -> c.matches("\\+[\\d.]+.?%"));
        assertThat(changes.get(0)).isEqualTo(changes.get(1));
        openChild("Field Sales South");
        String bavaria = childHref("Field Sales South – Bavaria");

        // Sabine leads the Bavarian team: under Team targets she breaks her team's share down to her people
        switchTo(DemoLogins.MANAGER);
        shell.open(baseUrl(), "team/targets", "team-targets-tree");
        shell.click(By.id("team-breakdown-" + bavaria.substring(bavaria.lastIndexOf('/') + 1)));
        proposeAndSave("In proportion to capacity (FTE and days employed)");
        shell.screenshot("goal-journey-team-targets");
        driver.get(bavaria);
        waitFor(By.id("breakdown-children"));
        assertThat(childNames()).contains("Jonas Becker");
        shell.screenshot("goal-journey-team-to-people");

        // and Jonas finds his share under My targets, with how it is measured and what it rolls up into
        switchTo(DemoLogins.EMPLOYEE);
        shell.open(baseUrl(), "targets", "targets-list");
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("#targets-list .uptake-card")).stream()
                .filter(c -> c.getText().contains(TITLE)).findFirst().orElse(null));
        String cardId = card.getAttribute("id");
        String goalId = cardId.substring("target-".length());
        assertThat(shell.text("target-value-" + goalId)).startsWith("Target").matches(".*\\d.*");
        assertThat(shell.text("target-rollup-" + goalId)).contains("Field Sales South – Bavaria").contains(TITLE);
        assertThat(shell.text("target-method-" + goalId)).isNotBlank();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", card);
        shell.screenshot("goal-journey-my-targets");
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

    /** Opens the breakdown editor of the goal on show, lets the strategy propose the targets, and saves them. */
    private void breakDown(String strategy) {
        shell.click(By.id("breakdown-edit"));
        proposeAndSave(strategy);
        waitFor(By.id("breakdown-children"));
    }

    /** In the open breakdown editor, lets the strategy propose the targets and saves them. */
    private void proposeAndSave(String strategy) {
        waitFor(By.id("breakdown-editor"));
        waitFor(By.id("breakdown-strategy")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().trim().equals(strategy)).findFirst().orElse(null)).click();
        waitForServer();
        // the proposal is in once every child's field has a number
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const fields = [...document.querySelectorAll('#breakdown-rows vaadin-text-field')];
                return fields.length > 0 && fields.every(f => /\\d/.test(f.value));"""));
        shell.click(By.id("breakdown-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("breakdown-editor")));
    }

    /** Waits until the browser has no request to the server under way. */
    private void waitForServer() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    private void openChild(String name) {
        driver.get(childHref(name));
        shell.waitForView("goal-breakdown");
        wait.until(d -> shell.text("goal-scope").contains(name));
    }

    /** The address of the child goal the breakdown grid links to under the unit's or person's name. */
    private String childHref(String name) {
        return wait.until(d -> (String) ((JavascriptExecutor) d).executeScript("""
                const link = [...document.querySelectorAll('#breakdown-children a[id^="child-"]')]
                    .find(a => a.textContent.trim() === arguments[0]);
                return link ? link.href : null;""", name));
    }

    @SuppressWarnings("unchecked")
    private List<String> childNames() {
        return wait.until(d -> {
            List<String> names = (List<String>) ((JavascriptExecutor) d).executeScript("""
                    return [...document.querySelectorAll('#breakdown-children a[id^="child-"]')]
                        .map(a => a.textContent.trim());""");
            return names.isEmpty() ? null : names;
        });
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
    }

    private void typeInto(String id, String value) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(value);
        // commit the value as leaving the field does
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    }

    /** Clicks the cell of a (tree) grid that shows the text. */
    private void clickCell(String gridId, String text) {
        WebElement cell = wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }

    private WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
