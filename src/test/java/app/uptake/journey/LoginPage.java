package app.uptake.journey;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page, as a person uses it. */
final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // The page reloads after a failed sign-in, so elements found just before can go stale.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    LoginPage open(String baseUrl) {
        driver.get(baseUrl + "/login");
        return waitForForm();
    }

    LoginPage waitForForm() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        return this;
    }

    ShellPage signIn(String username, String password) {
        type("vaadin-text-field[name='username'] input, input[name='username']", username);
        type("vaadin-password-field[name='password'] input, input[name='password']", password);
        WebElement submit = wait.until(d -> d.findElement(By.id("login-form"))
                .findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button")));
        submit.click();
        return new ShellPage(driver);
    }

    boolean showsError() {
        wait.until(ExpectedConditions.urlContains("error"));
        return wait.until(d -> {
            WebElement form = d.findElement(By.id("login-form"));
            return "true".equals(form.getDomProperty("error")) || form.getAttribute("error") != null;
        });
    }

    private void type(String css, String text) {
        WebElement field = wait.until(d -> {
            SearchContext form = d.findElement(By.id("login-form"));
            return form.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
        });
        field.clear();
        field.sendKeys(text);
    }
}
