package app.uptake.metrics.internal;

import app.uptake.activity.ActivityType;
import app.uptake.metrics.Aggregation;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.EventField;
import app.uptake.metrics.EventFilter;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A metric definition row; the formula is stored as columns so the admin form needs no scripting. */
@Entity
@Table(name = "metric_definition")
public class MetricDefinitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private int version;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_de")
    private String nameDe;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "description_de")
    private String descriptionDe;
    @Column(name = "method_en")
    private String methodEn;
    @Column(name = "method_de")
    private String methodDe;
    @Enumerated(EnumType.STRING)
    private MetricUnit unit;
    @Enumerated(EnumType.STRING)
    private MetricDirection direction;
    @Enumerated(EnumType.STRING)
    private ProcessSegment segment;
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(name = "num_aggregation")
    private Aggregation numAggregation;
    @Column(name = "num_types")
    private String numTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "num_field")
    private EventField numField;
    @Enumerated(EnumType.STRING)
    @Column(name = "num_filter")
    private EventFilter numFilter;
    @Enumerated(EnumType.STRING)
    @Column(name = "den_kind")
    private DenominatorKind denKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "den_aggregation")
    private Aggregation denAggregation;
    @Column(name = "den_types")
    private String denTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "den_field")
    private EventField denField;
    @Enumerated(EnumType.STRING)
    @Column(name = "den_filter")
    private EventFilter denFilter;
    private BigDecimal scale;
    @Column(name = "built_in")
    private boolean builtIn;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MetricDefinitionEntity() {
    }

    public MetricDefinitionEntity(MetricDraft draft, int version, LocalDate validFrom, boolean builtIn, Instant createdAt) {
        this.code = draft.code();
        this.version = version;
        this.validFrom = validFrom;
        this.nameEn = draft.name().en();
        this.nameDe = draft.name().de();
        this.descriptionEn = draft.description().en();
        this.descriptionDe = draft.description().de();
        this.methodEn = draft.method().en();
        this.methodDe = draft.method().de();
        this.unit = draft.unit();
        this.direction = draft.direction();
        this.segment = draft.segment();
        this.owner = draft.owner();
        Formula f = draft.formula();
        this.numAggregation = f.numerator().aggregation();
        this.numTypes = f.numerator().typeList();
        this.numField = f.numerator().field();
        this.numFilter = f.numerator().filter();
        this.denKind = f.denominatorKind();
        if (f.denominator() != null) {
            this.denAggregation = f.denominator().aggregation();
            this.denTypes = f.denominator().typeList();
            this.denField = f.denominator().field();
            this.denFilter = f.denominator().filter();
        }
        this.scale = f.scale();
        this.builtIn = builtIn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public MetricDefinition toDefinition() {
        Measure numerator = new Measure(numAggregation, types(numTypes), numField, numFilter);
        Measure denominator = denKind == DenominatorKind.MEASURE
                ? new Measure(denAggregation, types(denTypes), denField, denFilter) : null;
        return new MetricDefinition(id, code, version, validFrom, new LocalizedText(nameEn, nameDe),
                new LocalizedText(descriptionEn, descriptionDe), new LocalizedText(methodEn, methodDe), unit, direction,
                segment, owner, new Formula(numerator, denKind, denominator, scale), builtIn);
    }

    private static Set<ActivityType> types(String list) {
        EnumSet<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        Arrays.stream(list.split(",")).map(String::strip).map(ActivityType::valueOf).forEach(types::add);
        return types;
    }
}
