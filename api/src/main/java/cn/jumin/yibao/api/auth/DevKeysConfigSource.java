package cn.jumin.yibao.api.auth;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies MicroProfile JWT's verification settings from the development keys when, and only when, they apply
 * (see {@link DevKeys#apply()}). Lowest ordinal: any configured key or issuer wins.
 */
public class DevKeysConfigSource implements ConfigSource {
    static final String LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";

    public DevKeysConfigSource() { DevKeys.startEarly(); }

    @Override
    public Set<String> getPropertyNames() { return DevKeys.apply() ? Set.of(LOCATION, ISSUER) : Set.of(); }

    @Override
    public String getValue(String key) {
        if (!(LOCATION.equals(key) || ISSUER.equals(key)) || !DevKeys.apply()) return null;
        return LOCATION.equals(key) ? DevKeys.publicKey().toString() : DevKeys.ISSUER;
    }

    @Override
    public String getName() { return "development JWT keys"; }

    @Override
    public int getOrdinal() { return 10; }
}
