package cn.jumin.yibao.policy.load;

import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Policy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads policy files, validates each with Hibernate Validator and checks every quote against its notice.
 * Any problem stops loading with a message naming the file, the path inside it and the problem.
 */
public final class PolicyLoader {
    public static final String LISTING = "policies/policies.list";

    private final Corpus corpus;

    public PolicyLoader(Corpus corpus) { this.corpus = corpus; }

    /** Every file named in policies/policies.list. */
    public List<Policy> loadAll() {
        List<Policy> policies = new ArrayList<>();
        // files this build validated need no second Hibernate Validator pass (ValidatedData); any other bytes get one
        boolean validated = ValidatedData.byThisBuild();
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));
             ValidatorFactory vf = validated ? null : Validation.byDefaultProvider().configure()
                     .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                     .buildValidatorFactory()) {
            Validator validator = vf == null ? null : vf.getValidator();
            for (String file : Resources.lines(LISTING)) {
                String path = "policies/" + file;
                policies.add(load(path, Resources.text(path), jsonb, validator));
            }
        } catch (PolicyDataException e) {
            throw e;
        } catch (Exception e) {
            throw new PolicyDataException("policy files: " + e.getMessage(), e);
        }
        return policies;
    }

    Policy load(String path, String json, Jsonb jsonb, Validator validator) {
        Policy policy;
        try {
            policy = jsonb.fromJson(json, Policy.class);
        } catch (JsonbException e) {
            throw new PolicyDataException(path + ": cannot be read as a policy: " + rootMessage(e), e);
        }
        if (policy == null) throw new PolicyDataException(path + ": empty file");
        Set<ConstraintViolation<Policy>> violations = validator == null ? Set.of() : validator.validate(policy);
        if (!violations.isEmpty()) {
            String problems = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> path + ": " + v.getPropertyPath() + ": " + v.getMessage())
                    .reduce((a, b) -> a + "\n" + b).orElseThrow();
            throw new PolicyDataException(problems);
        }
        String expected = "policies/" + policy.documentId() + ".json";
        if (!path.equals(expected)) {
            throw new PolicyDataException(path + ": documentId " + policy.documentId() + " belongs in " + expected);
        }
        Notice notice = corpus.byFile(policy.source().file()).orElseThrow(() ->
                new PolicyDataException(path + ": source.file: " + policy.source().file() + " is not in the corpus"));
        if (!notice.documentId().equals(policy.documentId())) {
            throw new PolicyDataException(path + ": source.file: " + notice.file() + " is the notice of "
                    + notice.documentId() + ", not of " + policy.documentId());
        }
        List<String> bad = new ArrayList<>();
        forEachCite(policy, "", (p, cite) -> {
            if (!Verbatim.isIn(cite.quote(), notice.text())) bad.add(path + ": " + p + ".quote: not verbatim in " + notice.file() + ": " + cite.quote());
        });
        if (!bad.isEmpty()) throw new PolicyDataException(String.join("\n", bad));
        return policy;
    }

    /** Visits every {@link Cite} in a record tree with its property path (e.g. {@code subsidies[2].cite}). */
    public static void forEachCite(Object node, String path, java.util.function.BiConsumer<String, Cite> visitor) {
        if (node == null) return;
        if (node instanceof Cite c) {
            visitor.accept(path, c);
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) forEachCite(list.get(i), path + "[" + i + "]", visitor);
        } else if (node.getClass().isRecord()) {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                try {
                    Object v = rc.getAccessor().invoke(node);
                    forEachCite(v, path.isEmpty() ? rc.getName() : path + "." + rc.getName(), visitor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        return r == t ? t.getMessage() : t.getMessage() + " (" + r.getMessage() + ")";
    }
}
