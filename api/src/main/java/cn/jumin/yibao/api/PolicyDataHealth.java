package cn.jumin.yibao.api;

import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every policy file has loaded and validated. */
@Readiness
@ApplicationScoped
public class PolicyDataHealth implements HealthCheck {
    private final PolicyLibrary library;

    @Inject
    public PolicyDataHealth(PolicyLibrary library) { this.library = library; }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("policy-data").status(!library.all().isEmpty())
                .withData("notices", library.all().size()).build();
    }
}
