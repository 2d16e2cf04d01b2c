package app.uptake.adoption.internal;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.AdoptionSettings;
import app.uptake.adoption.AdoptionWeights;
import app.uptake.organization.JobRole;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one row of adoption_settings and the norms of adoption_activity_norm. */
@Component
public class SettingsStore {

    private final JdbcTemplate jdbc;

    SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AdoptionSettings read() {
        Map<JobRole, BigDecimal> norms = new EnumMap<>(JobRole.class);
        jdbc.query("select job_role, activities_per_week from adoption_activity_norm", rs -> {
            norms.put(JobRole.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        });
        return jdbc.query("select weight_usage, weight_logging, weight_quality, weight_training, weight_goals, "
                + "min_group_size, works_council_mode, executives_drill_individuals from adoption_settings where id = 1",
                rs -> {
                    if (!rs.next()) {
                        return new AdoptionSettings(AdoptionWeights.DEFAULTS, norms,
                                AdoptionSettings.DEFAULT_MIN_GROUP_SIZE, false, false);
                    }
                    Map<AdoptionComponent, BigDecimal> weights = new EnumMap<>(AdoptionComponent.class);
                    weights.put(AdoptionComponent.USAGE, rs.getBigDecimal(1));
                    weights.put(AdoptionComponent.LOGGING, rs.getBigDecimal(2));
                    weights.put(AdoptionComponent.QUALITY, rs.getBigDecimal(3));
                    weights.put(AdoptionComponent.TRAINING, rs.getBigDecimal(4));
                    weights.put(AdoptionComponent.GOALS, rs.getBigDecimal(5));
                    return new AdoptionSettings(new AdoptionWeights(weights), norms, rs.getInt(6), rs.getBoolean(7),
                            rs.getBoolean(8));
                });
    }

    public void write(AdoptionSettings settings, String by, Instant at) {
        AdoptionWeights w = settings.weights();
        jdbc.update("update adoption_settings set weight_usage = ?, weight_logging = ?, weight_quality = ?, "
                + "weight_training = ?, weight_goals = ?, min_group_size = ?, works_council_mode = ?, "
                + "executives_drill_individuals = ?, updated_by = ?, updated_at = ? where id = 1",
                w.of(AdoptionComponent.USAGE), w.of(AdoptionComponent.LOGGING), w.of(AdoptionComponent.QUALITY),
                w.of(AdoptionComponent.TRAINING), w.of(AdoptionComponent.GOALS), settings.minGroupSize(),
                settings.worksCouncilMode(), settings.executivesMayDrillToIndividuals(), by, Timestamp.from(at));
        for (JobRole role : JobRole.values()) {
            BigDecimal norm = settings.activityNorms().getOrDefault(role, BigDecimal.ZERO);
            if (jdbc.update("update adoption_activity_norm set activities_per_week = ? where job_role = ?", norm,
                    role.name()) == 0) {
                jdbc.update("insert into adoption_activity_norm (job_role, activities_per_week) values (?, ?)",
                        role.name(), norm);
            }
        }
    }

    /**
     * Locks the settings row until the transaction ends: snapshot runs take turns on it, so two runs of the same
     * week (a second node, a manual run beside the scheduled one) do not interleave their replacements.
     */
    public void lockForSnapshot() {
        jdbc.queryForObject("select id from adoption_settings where id = 1 for update", Integer.class);
    }
}
