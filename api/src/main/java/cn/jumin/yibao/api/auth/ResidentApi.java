package cn.jumin.yibao.api.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The JAX-RS application. MicroProfile JWT guards every resource; public ones say {@code @PermitAll}. Tokens are
 * verified with {@code mp.jwt.verify.publickey(.location)} and {@code mp.jwt.verify.issuer}.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
public class ResidentApi extends Application {}
