package app.uptake.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A local SMTP server (GreenMail) on the port the test application sends its e-mail to. */
public final class TestSmtp {

    public static final String HOST = "127.0.0.1";
    /** Off the usual ports, so it meets no other mail server on a developer's machine. */
    public static final int PORT = 43025;

    private TestSmtp() {
    }

    /** One server for the test class; purge it before each test. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** A received e-mail, reduced to what the tests compare. */
    public record Mail(String to, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                        message.getContent().toString().replace("\r\n", "\n"));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static List<Mail> received(GreenMailExtension server) {
        return Arrays.stream(server.getReceivedMessages()).map(Mail::of).toList();
    }
}
