package com.greencert.registry.opensearch;

import static com.greencert.registry.opensearch.Jsons.JSON;

import com.greencert.registry.lucene.RegistryQueries;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The registry's query, built once by {@link RegistryQueries} as a Lucene query tree, written as OpenSearch query
 * DSL clause by clause: the same terms (already analysed, so sent as {@code term}, never re-analysed), the same
 * boosts, the same {@code dis_max} tie-breakers and {@code minimum_should_match}, the same fuzzy limits. That is
 * what makes both engines find, and rank, the same suppliers.
 */
final class QueryDsl {

    private QueryDsl() {
    }

    static JsonObject of(Query q) {
        return of(q, 1f);
    }

    private static JsonObject of(Query q, float boost) {
        return switch (q) {
            case BoostQuery b -> of(b.getQuery(), boost * b.getBoost());
            case TermQuery t -> leaf("term", t.getTerm().field(), JSON.createObjectBuilder()
                    .add("value", t.getTerm().text()), boost);
            case PrefixQuery p -> leaf("prefix", p.getPrefix().field(), JSON.createObjectBuilder()
                    .add("value", p.getPrefix().text()), boost);
            case FuzzyQuery f -> leaf("fuzzy", f.getTerm().field(), JSON.createObjectBuilder()
                    .add("value", f.getTerm().text()).add("fuzziness", f.getMaxEdits())
                    .add("prefix_length", f.getPrefixLength()).add("transpositions", f.getTranspositions())
                    .add("max_expansions", RegistryQueries.FUZZY_EXPANSIONS), boost);
            case ConstantScoreQuery c -> wrap("constant_score", JSON.createObjectBuilder()
                    .add("filter", of(c.getQuery(), 1f)), boost);
            case DisjunctionMaxQuery d -> {
                JsonArrayBuilder queries = JSON.createArrayBuilder();
                d.getDisjuncts().forEach(x -> queries.add(of(x, 1f)));
                yield wrap("dis_max", JSON.createObjectBuilder().add("queries", queries)
                        .add("tie_breaker", d.getTieBreakerMultiplier()), boost);
            }
            case BooleanQuery b -> bool(b, boost);
            case MatchAllDocsQuery m -> wrap("match_all", JSON.createObjectBuilder(), boost);
            case MatchNoDocsQuery n -> wrap("match_none", JSON.createObjectBuilder(), 1f);
            default -> throw new IllegalArgumentException("No OpenSearch form for " + q.getClass().getSimpleName());
        };
    }

    private static JsonObject bool(BooleanQuery b, float boost) {
        JsonArrayBuilder must = JSON.createArrayBuilder();
        JsonArrayBuilder should = JSON.createArrayBuilder();
        JsonArrayBuilder filter = JSON.createArrayBuilder();
        JsonArrayBuilder mustNot = JSON.createArrayBuilder();
        for (BooleanClause c : b.clauses()) {
            JsonObject clause = of(c.query(), 1f);
            switch (c.occur()) {
                case MUST -> must.add(clause);
                case SHOULD -> should.add(clause);
                case FILTER -> filter.add(clause);
                case MUST_NOT -> mustNot.add(clause);
            }
        }
        JsonObjectBuilder body = JSON.createObjectBuilder().add("must", must).add("should", should)
                .add("filter", filter).add("must_not", mustNot);
        if (b.getMinimumNumberShouldMatch() > 0) {
            body.add("minimum_should_match", b.getMinimumNumberShouldMatch());
        }
        return wrap("bool", body, boost);
    }

    private static JsonObject leaf(String type, String field, JsonObjectBuilder params, float boost) {
        if (boost != 1f) {
            params.add("boost", boost);
        }
        return JSON.createObjectBuilder().add(type, JSON.createObjectBuilder().add(field, params)).build();
    }

    private static JsonObject wrap(String type, JsonObjectBuilder body, float boost) {
        if (boost != 1f) {
            body.add("boost", boost);
        }
        return JSON.createObjectBuilder().add(type, body).build();
    }
}
