package app.uptake.incentives.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatementBatchTest {

    private final StatementPdf pdf = new StatementPdf(StatementFixtures.I18N);

    @Test
    void everyStatementIsRenderedOnThePool_andHandedOnInOrderOnTheCallingThread() {
        List<StatementContent> contents = IntStream.range(0, 24)
                .mapToObj(n -> StatementFixtures.realistic(n, n % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH)).toList();
        List<String> ids = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        Thread caller = Thread.currentThread();

        int count = StatementBatch.render(pdf, contents.iterator(), 3, (content, statement) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            ids.add(content.employee().id());
            pdfs.add(statement.pdf());
        });

        assertThat(count).isEqualTo(24);
        assertThat(ids).isEqualTo(contents.stream().map(c -> c.employee().id()).toList());
        // rendered side by side, each is still the same PDF as rendered alone
        for (int i = 0; i < contents.size(); i += 5) {
            assertThat(pdfs.get(i)).isEqualTo(pdf.render(contents.get(i)).pdf());
        }
    }

    @Test
    void aStatementThatCannotBeRenderedStopsTheBatch() {
        StatementContent good = StatementFixtures.joiner(Locale.ENGLISH);
        // a PDF renderer whose translations fail, as a broken statement would
        StatementPdf broken = new StatementPdf(new com.vaadin.flow.i18n.I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return List.of(Locale.ENGLISH);
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                throw new IllegalStateException("no translations");
            }
        });
        List<StatementContent> handedOn = new ArrayList<>();
        assertThatThrownBy(() -> StatementBatch.render(broken, List.of(good, good, good).iterator(), 2,
                (content, statement) -> handedOn.add(content)))
                .isInstanceOf(IllegalStateException.class).hasRootCauseMessage("no translations");
        assertThat(handedOn).isEmpty();
        assertThat(StatementBatch.render(pdf, List.<StatementContent>of().iterator(), 2, (c, s) -> { })).isZero();
    }
}
