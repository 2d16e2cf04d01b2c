package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedNumbersTest {

    @ParameterizedTest(name = "{0} (decimal comma: {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.56|false|1234.56",
            "1,234.56|false|1234.56",
            "1.234,56|true|1234.56",
            "1.234,56|false|1234.56",
            "1234,56|true|1234.56",
            "1234,56|false|1234.56",
            "1,234|false|1234",
            "1,234|true|1.234",
            "1.234|true|1234",
            "1.234|false|1.234",
            "12.5|true|12.5",
            "-7,5|true|-7.5",
            "1.234.567,89|true|1234567.89",
            "1 234,5|true|1234.5",
            "0|false|0"})
    void readsTheWaysCrmExportsWriteNumbers(String text, boolean decimalComma, String expected) {
        assertThat(LocalizedNumbers.parse(text, decimalComma)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} is no number")
    @CsvSource(delimiter = '|', value = {"abc", "12abc", "1,2,3.4.5", "1.23.4", "--1", "1,23,456.7", "''"})
    void refusesWhatIsNoNumber(String text) {
        assertThat(LocalizedNumbers.parse(text, false)).isNull();
        assertThat(LocalizedNumbers.parse(text, true)).isNull();
    }
}
