package cn.jumin.yibao.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Start-up skips the Hibernate Validator pass only for the exact files the build validated. */
class ValidatedDataTest {
    @Test
    void theBuildRecordedTheFilesItValidated() {
        assertTrue(ValidatedData.byThisBuild(), "the build's marker should match the packaged policy files");
    }

    @Test
    void aFullPassCanBeForcedAndThePackagedFilesPassIt() {
        String before = System.getProperty("policy.revalidate");
        System.setProperty("policy.revalidate", "true");
        try {
            assertFalse(ValidatedData.byThisBuild());
            assertEquals(5, new PolicyLoader(Corpus.load()).loadAll().size()); // with Hibernate Validator
        } finally {
            if (before == null) System.clearProperty("policy.revalidate");
            else System.setProperty("policy.revalidate", before);
        }
    }

    @Test
    void anyChangedFileChangesTheFingerprint() {
        String packaged = ValidatedData.fingerprint();
        for (String file : Resources.lines(PolicyLoader.LISTING)) {
            String changed = ValidatedData.fingerprint(r -> r.equals("policies/" + file)
                    ? Resources.text(r).replace("\"amount\": 280", "\"amount\": 281") + " " : Resources.text(r));
            assertFalse(changed.equals(packaged), file);
        }
        assertFalse(ValidatedData.fingerprint(r -> r.startsWith("vocabulary/") ? Resources.text(r) + " " : Resources.text(r)).equals(packaged));
    }
}
