package cn.jumin.yibao.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A Lucene index over the clauses of the notices, searched with the chosen Chinese analysis and optionally filtered
 * by area and year. Held in memory; built when the build packages the service ({@link PrebuiltIndex}) and opened at
 * start-up, or built at start-up when the packaged index does not match the data.
 */
public final class ClauseIndex implements AutoCloseable {
    /** A clause ranked for a question. */
    public record Hit(String documentId, String region, int year, String clause, String title, String text, float score) {}

    private static final float TITLE_BOOST = 1.5f;
    private static final float TOPICS_BOOST = 1.0f;
    /** How much stating rules counts: at most RULE_WEIGHT points, half of it at RULE_PIVOT rules. */
    static final float RULE_WEIGHT = 3f;
    static final float RULE_PIVOT = 2f;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analysis analysis;
    private final Analysis.Choice choice;
    private final List<Clause> clauses;

    /**
     * A table's numbers (row numbers, task counts) are left out of what is searched: dates and ages in a question
     * ("1月份生的，现在5月了") matched them and pulled 南城's task table above the clause on late enrolment. A table is
     * found by its title, header and the names in its rows; its numbers stay in the stored text.
     */
    static String searchable(Clause c) {
        String body = TextRepair.normalizeWidth(c.text());
        return c.text().indexOf('\t') < 0 ? body : TABLE_NUMBERS.matcher(body).replaceAll(" ");
    }

    private static final java.util.regex.Pattern TABLE_NUMBERS = java.util.regex.Pattern.compile("\\d+");

    public ClauseIndex(List<Clause> clauses, Analysis analysis, Analysis.Choice choice) {
        this(clauses, analysis, choice, c -> 0, c -> "");
    }

    /**
     * {@code rules} gives each clause the number of rules the policy data draws from it; clauses that state rules
     * rank above procedural ones with the same words (a static prior, added to BM25 with saturation).
     */
    public ClauseIndex(List<Clause> clauses, Analysis analysis, Analysis.Choice choice, java.util.function.ToIntFunction<Clause> rules,
                       java.util.function.Function<Clause, String> topics) {
        this.analysis = analysis;
        this.choice = choice;
        this.clauses = List.copyOf(clauses);
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("text_smart", analysis.smartIndex());
        perField.put("title_smart", analysis.smartIndex());
        perField.put("text_bigram", analysis.bigramIndex());
        perField.put("title_bigram", analysis.bigramIndex());
        perField.put("topics_smart", analysis.smartIndex());
        perField.put("topics_bigram", analysis.bigramIndex());
        try (IndexWriter w = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(analysis.smartIndex(), perField)))) {
            for (Clause c : clauses) {
                if (isHeadingOnly(c)) continue;
                Document d = new Document();
                d.add(new StringField("documentId", c.documentId(), Field.Store.YES));
                d.add(new StringField("region", c.region(), Field.Store.YES));
                d.add(new IntPoint("year", c.year()));
                d.add(new StoredField("yearValue", c.year()));
                d.add(new StoredField("path", c.path()));
                d.add(new StoredField("title", c.title()));
                d.add(new StoredField("text", c.text()));
                String body = searchable(c);
                d.add(new TextField("text_smart", body, Field.Store.NO));
                d.add(new TextField("text_bigram", body, Field.Store.NO));
                d.add(new TextField("title_smart", c.title(), Field.Store.NO));
                d.add(new TextField("title_bigram", c.title(), Field.Store.NO));
                d.add(new org.apache.lucene.document.FeatureField("features", "rules", 1 + rules.applyAsInt(c)));
                String t = topics.apply(c);
                if (!t.isBlank()) {
                    d.add(new TextField("topics_smart", t, Field.Store.NO));
                    d.add(new TextField("topics_bigram", t, Field.Store.NO));
                }
                w.addDocument(d);
            }
            w.commit();
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens an index written earlier by {@link #write} for the same clauses and analysis (see {@link PrebuiltIndex}). */
    ClauseIndex(List<Clause> clauses, Analysis analysis, Analysis.Choice choice, Map<String, byte[]> files) {
        this.analysis = analysis;
        this.choice = choice;
        this.clauses = List.copyOf(clauses);
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                try (org.apache.lucene.store.IndexOutput out = directory.createOutput(f.getKey(), org.apache.lucene.store.IOContext.DEFAULT)) {
                    out.writeBytes(f.getValue(), f.getValue().length);
                }
            }
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index files, name → bytes. */
    Map<String, byte[]> files() {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try {
            for (String name : directory.listAll()) {
                if (name.equals("write.lock")) continue;
                try (org.apache.lucene.store.IndexInput in = directory.openInput(name, org.apache.lucene.store.IOContext.READONCE)) {
                    byte[] b = new byte[(int) in.length()];
                    in.readBytes(b, 0, b.length);
                    out.put(name, b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A section heading with no body of its own ("二、缴费标准") is not worth returning. */
    static boolean isHeadingOnly(Clause c) {
        return c.text().length() <= 20 && !c.text().contains("。") && !c.text().contains("\n");
    }

    public Analysis.Choice choice() { return choice; }

    /** The question's words as the index looks them up: segmented, with the synonym map's notice terms added. */
    public List<String> queryTerms(String question) { return Analysis.tokens(analysis.smartQuery(), question); }

    public List<Clause> clauses() { return clauses; }

    /** Clauses ranked for the question, best first; {@code region}/{@code year} filter when given. */
    public List<Hit> search(String question, String region, Integer year, int limit) {
        if (question == null || question.isBlank() || limit <= 0) return List.of();
        String q = TextRepair.normalizeWidth(question);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        if (choice != Analysis.Choice.BIGRAM) addFields(text, analysis.smartQuery(), "text_smart", "title_smart", "topics_smart", q);
        if (choice != Analysis.Choice.SMART) addFields(text, analysis.bigramQuery(), "text_bigram", "title_bigram", "topics_bigram", q);
        BooleanQuery textQuery = text.build();
        if (textQuery.clauses().isEmpty()) return List.of();
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST)
                .add(org.apache.lucene.document.FeatureField.newSaturationQuery("features", "rules", RULE_WEIGHT, RULE_PIVOT), BooleanClause.Occur.SHOULD);
        if (region != null) all.add(new TermQuery(new Term("region", region)), BooleanClause.Occur.FILTER);
        if (year != null) all.add(IntPoint.newExactQuery("year", year), BooleanClause.Occur.FILTER);
        try {
            ScoreDoc[] docs = searcher.search(all.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc);
                hits.add(new Hit(d.get("documentId"), d.get("region"), d.getField("yearValue").numericValue().intValue(),
                        d.get("path"), d.get("title"), d.get("text"), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFields(BooleanQuery.Builder b, Analyzer analyzer, String textField, String titleField,
                                  String topicsField, String q) {
        QueryBuilder qb = new QueryBuilder(analyzer);
        Query body = qb.createBooleanQuery(textField, q, BooleanClause.Occur.SHOULD);
        Query title = qb.createBooleanQuery(titleField, q, BooleanClause.Occur.SHOULD);
        Query topics = qb.createBooleanQuery(topicsField, q, BooleanClause.Occur.SHOULD);
        if (body != null) b.add(body, BooleanClause.Occur.SHOULD);
        if (title != null) b.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
        if (topics != null) b.add(new BoostQuery(topics, TOPICS_BOOST), BooleanClause.Occur.SHOULD);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
