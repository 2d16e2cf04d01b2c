package app.uptake.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The application shell after sign-in: navigation, user menu and the current view. */
final class ShellPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ShellPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    ShellPage waitForView(String viewId) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(viewId)));
        return this;
    }

    List<String> navigationLabels() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("#main-nav > vaadin-side-nav-item")).stream()
                .map(item -> item.getText().trim())
                .toList();
    }

    String userName() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name"))).getText();
    }

    /** Whether the chart web component has drawn its SVG. */
    boolean chartIsDrawn(String chartId) {
        return wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const c = document.getElementById(arguments[0]);"
                        + " return !!(c && c.shadowRoot && c.shadowRoot.querySelector('svg'));", chartId));
    }

    /** Clicks in the page: a view that replaces its content leaves Selenium's visibility checks behind. */
    void click(By by) {
        org.openqa.selenium.WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** The element's text once it is in the page; read in the page, as views replace their content. */
    String text(String id) {
        return wait.until(d -> (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id)).trim();
    }

    void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu"))).findElement(
                By.cssSelector("vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-menu-bar-item#logout"))).click();
    }

    ShellPage open(String baseUrl, String route, String viewId) {
        driver.get(baseUrl + "/" + route);
        return waitForView(viewId);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    boolean showsNotFound() {
        return !driver.findElements(By.id("not-found")).isEmpty();
    }

    Path screenshot(String name) throws IOException {
        // Let web components finish rendering before the picture.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }
}
