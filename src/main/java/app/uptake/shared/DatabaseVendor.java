package app.uptake.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database we run on, for the few statements that have a faster PostgreSQL form. */
@Component
public class DatabaseVendor {

    private final boolean postgres;

    public DatabaseVendor(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    public boolean isPostgres() {
        return postgres;
    }
}
