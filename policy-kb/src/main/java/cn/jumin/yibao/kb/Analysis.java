package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Resources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Chinese analysis chains compared by the evaluation: SmartChineseAnalyzer's word segmentation (HMM), CJK
 * bigrams, and both. Each has an index-time chain and a query-time chain that adds the colloquial synonym map
 * (kb/synonyms.txt), so 底保户 in a question meets 低保对象 in a notice.
 */
public final class Analysis {
    public static final String SYNONYMS = "kb/synonyms.txt";

    /** Which chain(s) the index searches. */
    public enum Choice { SMART, BIGRAM, COMBINED }

    private final Analyzer smartIndex = chain(HMMChineseTokenizer::new, ts -> new LowerCaseFilter(new CJKWidthFilter(ts)));
    private final Analyzer bigramIndex = chain(StandardTokenizer::new,
            ts -> new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(ts))));
    private final Analyzer smartQuery;
    private final Analyzer bigramQuery;

    public Analysis() { this(Resources.text(SYNONYMS)); }

    public Analysis(String synonymRules) {
        SynonymMap smartSynonyms = synonyms(synonymRules, smartIndex);
        SynonymMap bigramSynonyms = synonyms(synonymRules, bigramIndex);
        this.smartQuery = chain(HMMChineseTokenizer::new,
                ts -> new SynonymGraphFilter(new LowerCaseFilter(new CJKWidthFilter(ts)), smartSynonyms, true));
        this.bigramQuery = chain(StandardTokenizer::new,
                ts -> new SynonymGraphFilter(new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(ts))), bigramSynonyms, true));
    }

    public Analyzer smartIndex() { return smartIndex; }
    public Analyzer bigramIndex() { return bigramIndex; }
    public Analyzer smartQuery() { return smartQuery; }
    public Analyzer bigramQuery() { return bigramQuery; }

    /** The tokens an analyzer makes of a text, in order (for tests and for reading what a query became). */
    /**
     * A new analysis with what it would load lazily already loaded (SmartChineseAnalyzer's dictionaries), so a thread
     * at start-up can prepare it while another validates the policy data.
     */
    public static Analysis warmedUp() {
        Analysis a = new Analysis();
        tokens(a.smartIndex(), "楚雄市城乡居民基本医疗保险参保缴费，低保对象资助120元。");
        tokens(a.smartQuery(), "楚雄低保户交医保自己要出好多");
        return a;
    }

    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer chain(java.util.function.Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = tokenizer.get();
                return new TokenStreamComponents(t, filters.apply(t));
            }
        };
    }

    static SynonymMap synonyms(String rules, Analyzer analyzer) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(SYNONYMS + ": cannot be parsed: " + e.getMessage(), e);
        }
    }
}
