package cn.jumin.yibao.api.calc;

import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import java.util.Optional;

/** Resolves the area (by code or typed name) and the notice of a year, or says which exist. */
public final class Areas {
    private Areas() {}

    public static String regionField(PolicyLibrary lib, Fields f, String field, String value) {
        if (value == null) return null;
        Optional<String> r = lib.resolveRegion(value);
        if (r.isEmpty()) f.fail(field, "region.unknown", value, known(lib));
        return r.orElse(null);
    }

    public static Policy policyField(PolicyLibrary lib, Fields f, String field, String region, Integer year) {
        if (region == null || year == null) return null;
        Optional<Policy> p = lib.policy(region, year);
        if (p.isEmpty()) f.fail(field, "year.no-policy", lib.area(region).name(), String.valueOf(year), years(lib, region));
        return p.orElse(null);
    }

    /** For path parameters: 404 when the area or the year has no notice. */
    public static Policy policyOr404(PolicyLibrary lib, String regionText, int year) {
        String region = lib.resolveRegion(regionText).orElseThrow(() -> ProblemException.of(
                ProblemException.Kind.NOT_FOUND, "detail.region-not-found", regionText, known(lib)));
        return lib.policy(region, year).orElseThrow(() -> ProblemException.of(ProblemException.Kind.NOT_FOUND,
                "detail.policy-not-found", lib.area(region).name(), String.valueOf(year), years(lib, region)));
    }

    static String years(PolicyLibrary lib, String region) {
        return String.join("、", lib.years(region).stream().map(String::valueOf).toList());
    }

    public static String known(PolicyLibrary lib) {
        return String.join("，", lib.regions().stream().map(r -> r + " " + lib.area(r).name()).toList());
    }
}
