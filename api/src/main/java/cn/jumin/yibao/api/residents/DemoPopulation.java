package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Loads the demo population ({@link DemoPopulationLoader}) on first start into an empty database, when
 * {@code app.demo-data} is on and dev mode is not off, so a newcomer can try every endpoint.
 */
@ApplicationScoped
public class DemoPopulation {
    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());

    private final Database db;
    private final PolicyLibrary library;
    private final boolean enabled;

    @Inject
    public DemoPopulation(Database db, PolicyLibrary library, Config config) {
        this.db = db;
        this.library = library;
        this.enabled = config.getOptionalValue("app.demo-data", Boolean.class).orElse(false)
                && !config.getOptionalValue("app.dev-mode", String.class).orElse("true").equalsIgnoreCase("false");
    }

    /** Loads in the background, in one transaction: the server answers meanwhile, and sees all or none of it. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) return;
        Thread.ofVirtual().name("demo-population").start(this::load);
    }

    private void load() {
        int loaded = db.inTransaction(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from person")) {
                rs.next();
                if (rs.getLong(1) > 0) return 0;
            }
            return new DemoPopulationLoader().load(c, library);
        });
        if (loaded > 0) LOG.info(() -> "demo population loaded: " + loaded + " people in " + library.regions().size() + " areas");
    }
}
