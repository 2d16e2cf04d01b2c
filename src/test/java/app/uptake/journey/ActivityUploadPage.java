package app.uptake.journey;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The activity upload page and the run report it leads to. */
class ActivityUploadPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ActivityUploadPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    ActivityUploadPage open(String baseUrl) {
        driver.get(baseUrl + "/admin/activity/import");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-upload")));
        return this;
    }

    /** Uploads the file and waits for the preview. */
    ActivityUploadPage upload(Path file) {
        WebElement upload = driver.findElement(By.id("activity-upload"));
        By fileInput = By.cssSelector("input[type=file]");
        WebElement input = upload.findElements(fileInput).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(fileInput));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-rows")));
        return this;
    }

    String summary() {
        return driver.findElement(By.id("import-summary")).getText();
    }

    /** Starts the import and waits until the report, refreshed by polling, shows the run finished. */
    String startAndWaitForReport(String finishedStatus) {
        driver.findElement(By.id("import-start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-summary"), finishedStatus));
        return driver.findElement(By.id("run-counts")).getText();
    }
}
