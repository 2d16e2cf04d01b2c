package app.uptake.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the configured database (in-memory H2 by default, PostgreSQL in CI) with the
 * demo company loaded, keeping files (uploads) under target/test-data, and e-mail going to {@link TestSmtp}'s
 * port (where the mail tests start a local SMTP server; elsewhere sending fails and is logged). All tests that use
 * it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"uptake.demo.enabled=true", "uptake.data-dir=target/test-data",
        "spring.mail.host=" + TestSmtp.HOST, "spring.mail.port=" + TestSmtp.PORT})
// in-memory incentive plans for the run tests, in the one shared context: a second context would bring its own
// security context strategy, after which signing in no longer reaches the first context's secured services
@Import(app.uptake.incentives.run.TestPlans.class)
public @interface UptakeSpringTest {
}
