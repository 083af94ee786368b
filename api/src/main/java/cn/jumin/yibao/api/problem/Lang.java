package cn.jumin.yibao.api.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The language of error messages: Chinese unless the caller's Accept-Language prefers English. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final ResourceBundle bundle;

    Lang(Locale locale) {
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale.getLanguage().equals("zh") ? Locale.forLanguageTag("zh") : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when the first language listed (by q-value) is English; Chinese otherwise. */
    public static Lang of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return ZH;
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange r : ranges) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) return EN;
                if (tag.startsWith("zh")) return ZH;
            }
        } catch (IllegalArgumentException ignored) {
            // a malformed header falls back to the default language
        }
        return ZH;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, this == ZH ? Locale.CHINESE : Locale.ENGLISH).format(args);
    }
}
