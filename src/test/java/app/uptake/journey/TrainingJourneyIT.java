package app.uptake.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import app.uptake.training.TrainingModule;
import app.uptake.training.internal.ContentPublisher;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An employee takes an assigned module end to end in a real browser: reads every lesson, fails the quiz, sees
 * why, passes it and downloads the certificate; his team lead's compliance matrix shows the completion, and
 * anybody can check the certificate's code on the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=true", "vaadin.devmode.liveReload.enabled=false",
            "vaadin.devmode.devTools.enabled=false"})
class TrainingJourneyIT {

    private static final String MODULE = "every-channel-counts";

    @LocalServerPort
    int port;
    @Autowired
    ContentPublisher publisher;

    private ChromeDriver driver;
    private ChromeDriver managerDriver;
    private WebDriverWait wait;

    @AfterEach
    void stopBrowsers() {
        for (ChromeDriver browser : java.util.Arrays.asList(driver, managerDriver)) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void jonasReadsFailsPassesAndDownloadsHisCertificate() throws Exception {
        TrainingModule module = publisher.live(MODULE).orElseThrow();
        // Sabine, Jonas's team lead, has the compliance matrix open: Jonas has completed nothing yet
        managerDriver = Browsers.chromium("en-US");
        ShellPage manager = new LoginPage(managerDriver).open(baseUrl()).signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD)
                .waitForView("home");
        assertThat(completedCellsOf("Jonas Becker")).isZero();
        manager.screenshot("manager-compliance-before");

        driver = Browsers.chromium("en-US");
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        ShellPage shell = new LoginPage(driver).open(baseUrl()).signIn(DemoLogins.EMPLOYEE, DemoLogins.PASSWORD)
                .waitForView("home");

        shell.open(baseUrl(), "training", "training-assignments");
        shell.click(By.id("open-" + MODULE));
        for (int lesson = 1; lesson <= module.lessons().size(); lesson++) {
            String position = "Lesson " + lesson + " of " + module.lessons().size();
            // the view re-renders on each lesson: read the text in the page, not from an element that may be replaced
            wait.until(d -> position.equals(((JavascriptExecutor) d).executeScript(
                    "const e = document.getElementById('lesson-position'); return e && e.textContent;")));
            if (lesson == module.lessons().size()) {
                shell.screenshot("employee-last-lesson");
            }
            shell.click(By.id("lesson-next"));
        }

        // the last lesson leads to the quiz
        shell.waitForView("quiz-title");
        answer(module, option -> !option.correct());
        shell.screenshot("employee-quiz-answered-wrong");
        shell.click(By.id("quiz-submit"));
        assertThat(shell.text("quiz-outcome")).startsWith("Not passed: 0 of " + module.quiz().size());
        assertThat(driver.findElements(By.cssSelector(".quiz-wrong"))).hasSize(module.quiz().size());
        shell.screenshot("employee-quiz-failed");

        shell.click(By.id("quiz-retry"));
        shell.waitForView("quiz-submit");
        answer(module, TrainingModule.Option::correct);
        shell.click(By.id("quiz-submit"));
        assertThat(shell.text("quiz-outcome")).startsWith("Passed: " + module.quiz().size() + " of " + module.quiz().size());
        String code = shell.text("quiz-certificate-code").replace("Verification code: ", "");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        shell.screenshot("employee-quiz-passed");

        // the certificate link delivers a PDF in the signed-in session
        String href = driver.findElement(By.id("quiz-certificate")).getAttribute("href");
        Object header = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'include'}).then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder('latin1').decode(new Uint8Array(b).slice(0, 5)) + ' ' + b.byteLength))
                    .catch(e => done('failed ' + e));""", href);
        assertThat(header.toString()).startsWith("%PDF-");
        assertThat(Long.parseLong(header.toString().split(" ")[1])).isGreaterThan(5_000);

        shell.open(baseUrl(), "training", "training-assignments");
        wait.until(ExpectedConditions.textToBe(By.id("status-" + MODULE), "Completed"));
        shell.screenshot("employee-my-training-completed");

        // the same on a phone: cards stack, the lesson's table scrolls sideways inside the text column
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        shell.open(baseUrl(), "training", "training-assignments").screenshot("employee-my-training-phone");
        shell.open(baseUrl(), "training/" + MODULE + "/2", "lesson-title").screenshot("employee-lesson-phone");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways page scroll")
                .isTrue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));

        // Sabine's matrix shows the completion
        assertThat(completedCellsOf("Jonas Becker")).isEqualTo(1);
        manager.screenshot("manager-compliance-after");

        // the public check, signed out
        shell.signOut();
        new LoginPage(driver).waitForForm();
        driver.get(baseUrl() + "/verify/" + code);
        wait.until(ExpectedConditions.textToBe(By.id("verify-verdict"), "Valid certificate"));
        assertThat(driver.findElement(By.id("verify-outcome")).getText()).contains(module.title().en())
                .doesNotContain("Becker");
        shell.screenshot("public-certificate-check");
    }

    /** Opens the compliance matrix in Sabine's browser, filtered to one person, and counts their completed modules. */
    private int completedCellsOf(String person) {
        managerDriver.get(baseUrl() + "/training/compliance");
        WebDriverWait managerWait = new WebDriverWait(managerDriver, Duration.ofSeconds(60));
        managerWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compliance-search input")))
                .sendKeys(person);
        return managerWait.until(d -> {
            // only the cells of rows on show: the grid keeps the cell elements of rows it has hidden
            Object completed = ((JavascriptExecutor) d).executeScript("""
                    const grid = document.getElementById('compliance-grid');
                    if (!grid || grid.size !== 1) return null;
                    const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden);
                    const cells = rows.flatMap(r => [...r.querySelectorAll('slot')])
                        .map(slot => grid.querySelector('vaadin-grid-cell-content[slot="' + slot.name + '"]'))
                        .filter(cell => cell);
                    if (!cells.some(c => c.textContent.includes(arguments[0]))) return null;
                    return cells.filter(c => c.querySelector('span[theme="badge success"]')).length;""", person);
            return completed == null ? null : ((Number) completed).intValue();
        });
    }

    /** Ticks, for every question, the options the predicate picks (one for a single-choice question). */
    private void answer(TrainingModule module, Predicate<TrainingModule.Option> pick) {
        for (TrainingModule.Question question : module.quiz()) {
            WebElement group = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-" + question.id())));
            List<TrainingModule.Option> chosen = question.options().stream().filter(pick).toList();
            for (TrainingModule.Option option : question.multiple() ? chosen : chosen.subList(0, 1)) {
                String tag = question.multiple() ? "vaadin-checkbox" : "vaadin-radio-button";
                WebElement item = group.findElements(By.cssSelector(tag)).stream()
                        .filter(e -> option.text().en().equals(e.getDomProperty("textContent").trim())).findFirst()
                        .orElseThrow(() -> new AssertionError("No option '" + option.text().en() + "' in " + question.id()
                                + ": " + group.findElements(By.cssSelector(tag)).stream()
                                        .map(e -> e.getDomProperty("textContent")).toList()));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
                item.findElement(By.cssSelector("input")).click();
            }
        }
    }
}
