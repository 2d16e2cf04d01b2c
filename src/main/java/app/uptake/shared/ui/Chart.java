package app.uptake.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart ({@code frontend/components/uptake-chart.ts}). Views describe the chart as an
 * ECharts option (nested maps and lists); the factory methods cover the charts Uptake uses most.
 */
@Tag("uptake-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/uptake-chart.ts")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PRIMARY = "#155cbc";
    private static final String EXPECTED = "#7a8594";

    public Chart() {
        setWidthFull();
        setHeight("240px");
    }

    /** Replaces what the chart shows with the given ECharts option. */
    public void setOption(Map<String, Object> option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    /** The ECharts option as JSON, as the browser receives it. */
    public String getOptionJson() {
        return getElement().getProperty("option", "{}");
    }

    /** Horizontal bars, one per label, largest value on top when the caller sorts descending. */
    public static Chart horizontalBars(List<String> labels, List<? extends Number> values) {
        Chart chart = new Chart();
        chart.setHeight(Math.max(120, 36 * labels.size() + 40) + "px");
        chart.setOption(Map.of(
                "grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
                "xAxis", Map.of("type", "value", "show", false),
                "yAxis", Map.of("type", "category", "inverse", true, "data", labels,
                        "axisTick", Map.of("show", false), "axisLine", Map.of("show", false)),
                "series", List.of(Map.of("type", "bar", "data", values, "barWidth", 18,
                        "itemStyle", Map.of("color", PRIMARY, "borderRadius", List.of(0, 4, 4, 0)),
                        "label", Map.of("show", true, "position", "right")))));
        return chart;
    }

    /**
     * Actual against expected over categories (days or periods): the actual as a solid line with points, the
     * expected as a dashed line without, both named in the legend; gaps where a value is null.
     */
    public static Chart actualAgainstExpected(List<String> labels, List<? extends Number> actual,
            List<? extends Number> expected, String actualName, String expectedName) {
        Chart chart = new Chart();
        chart.setOption(Map.of(
                "grid", Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0, "data", List.of(actualName, expectedName)),
                "xAxis", Map.of("type", "category", "data", labels, "boundaryGap", false),
                "yAxis", Map.of("type", "value", "scale", true),
                "series", List.of(
                        Map.of("type", "line", "name", actualName, "data", actual, "connectNulls", false,
                                "symbolSize", 6, "itemStyle", Map.of("color", PRIMARY)),
                        Map.of("type", "line", "name", expectedName, "data", expected, "connectNulls", false,
                                "showSymbol", false, "itemStyle", Map.of("color", EXPECTED),
                                "lineStyle", Map.of("type", "dashed", "color", EXPECTED)))));
        return chart;
    }

    /** A line over categories (periods), with an area under it; gaps where a value is null. */
    public static Chart line(List<String> labels, List<? extends Number> values, String seriesName) {
        Chart chart = new Chart();
        chart.setOption(Map.of(
                "grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", labels, "boundaryGap", false),
                "yAxis", Map.of("type", "value", "scale", true),
                "series", List.of(Map.of("type", "line", "name", seriesName, "data", values, "smooth", true,
                        "connectNulls", false, "symbolSize", 6,
                        "itemStyle", Map.of("color", PRIMARY), "areaStyle", Map.of("opacity", 0.08)))));
        return chart;
    }
}
