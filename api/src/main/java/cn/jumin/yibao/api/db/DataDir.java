package cn.jumin.yibao.api.db;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the embedded database and the development keys live: {@code app.data-dir}, default ./data. */
public final class DataDir {
    private DataDir() {}

    public static Path of(Config config) {
        return Path.of(config.getOptionalValue("app.data-dir", String.class).orElse("data"));
    }
}
