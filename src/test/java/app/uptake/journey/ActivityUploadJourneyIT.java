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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US"));
        options.setBinary(env("UPTAKE_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,900", "--lang=en-US");
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(env("UPTAKE_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile()).build(), options);
        String base = "http://localhost:" + port;
        ShellPage shell = new LoginPage(driver).open(base).signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD).waitForView("home");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("activity", ".csv");
        Files.write(csv, ("external_id;employee;type;occurred_at;duration_minutes;account\n"
                + tag + "-1;" + DemoLogins.EMPLOYEE + ";Call;05.01.2004 09:30;12,5;Bäckerei Größer\n"
                + tag + "-2;" + DemoLogins.EMPLOYEE + ";Telepathy;05.01.2004;;\n"
                + tag + "-3;" + DemoLogins.EMPLOYEE + ";Visit;06.01.2004;90;Müller GmbH\n")
                .getBytes(Charset.forName("windows-1252")));

        ActivityUploadPage page = new ActivityUploadPage(driver).open(base).upload(csv);
        assertThat(page.summary()).contains("windows-1252", "delimiter ;");
        shell.screenshot("admin-activity-preview");

        String counts = page.startAndWaitForReport("Completed");
        assertThat(counts).contains("New: 2", "Rejected: 1");
        assertThat(driver.findElement(By.id("run-rejections")).getText()).contains("Unknown event type: Telepathy");
        shell.screenshot("admin-activity-report");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
