package app.uptake.training.ui;

import app.uptake.training.CertificateService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/** Download links for certificate PDFs; the PDF is made when the link is followed, in the viewer's language. */
final class CertificateLinks {

    private CertificateLinks() {
    }

    static Anchor link(CertificateService certificates, String code, Locale locale, String id, String text) {
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certificates.pdf(code, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), CertificateService.fileName(code),
                    "application/pdf", bytes.length);
        });
        Anchor link = new Anchor(pdf, "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(text);
        link.setId(id);
        link.addClassName("certificate-link");
        return link;
    }
}
