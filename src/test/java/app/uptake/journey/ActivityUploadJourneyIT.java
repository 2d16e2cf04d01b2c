package app.uptake.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.DemoLogins;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The program office uploads a German Excel activity file in a real browser: the file travels as a raw
 * upload into the imports folder, the preview shows it, and the report page follows the background run by
 * polling until it is completed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=true", "uptake.data-dir=target/test-data",
            "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false"})
class ActivityUploadJourneyIT {

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void uploadPreviewImportAndReport() throws Exception {
        driver = Browsers.chromium("en-US");
        String base = "http://localhost:" + port;
        ShellPage shell = new LoginPage(driver).open(base).signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD).waitForView("home");

        // Jonas's team's contacts over the last 30 days, before the upload
        String explorer = base + "/metrics?metric=ACTIVITIES_PER_WEEK&period=LAST_30_DAYS&unit=SALES-SOUTH-BAV";
        long contactsBefore = contactsIn(explorer);

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Path csv = Files.createTempFile("activity", ".csv");
        Files.write(csv, ("external_id;employee;type;occurred_at;duration_minutes;account\n"
                + tag + "-1;" + DemoLogins.EMPLOYEE + ";Call;" + yesterday + " 09:30;12,5;Bäckerei Größer\n"
                + tag + "-2;" + DemoLogins.EMPLOYEE + ";Telepathy;" + yesterday + ";;\n"
                + tag + "-3;" + DemoLogins.EMPLOYEE + ";Visit;" + yesterday + ";90;Müller GmbH\n")
                .getBytes(Charset.forName("windows-1252")));

        ActivityUploadPage page = new ActivityUploadPage(driver).open(base).upload(csv);
        assertThat(page.summary()).contains("windows-1252", "delimiter ;");
        shell.screenshot("admin-activity-preview");

        String counts = page.startAndWaitForReport("Completed");
        assertThat(counts).contains("New: 2", "Rejected: 1");
        assertThat(driver.findElement(By.id("run-rejections")).getText()).contains("Unknown event type: Telepathy");
        shell.screenshot("admin-activity-report");

        // the rejects download, fetched with the signed-in browser's session
        String href = driver.findElement(By.id("run-download-rejected")).getAttribute("href");
        Object rejects = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        assertThat((String) rejects).contains(tag + "-2", "Telepathy");

        // the call and the visit now count in the team's figures
        assertThat(contactsIn(explorer)).isEqualTo(contactsBefore + 2);
        shell.screenshot("admin-metrics-after-upload");
    }

    /** Opens the explorer link and reads the numerator ("36,968 divided by 11,289") of the value card. */
    private long contactsIn(String explorerLink) {
        driver.get(explorerLink);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("metric-value")).stream().anyMatch(e -> e.getText().contains("divided by")));
        String text = driver.findElement(By.id("metric-value")).getText();
        java.util.regex.Matcher numerator = java.util.regex.Pattern.compile("([\\d,]+) divided by").matcher(text);
        assertThat(numerator.find()).as(text).isTrue();
        return Long.parseLong(numerator.group(1).replace(",", ""));
    }

}
