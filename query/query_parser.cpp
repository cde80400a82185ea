#include "query/query_parser.hpp"

#include <cctype>
#include <vector>

#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "core/stopwords.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

struct Lexeme {
    enum class Kind { word, phrase, field, open, close, op_or, op_not, end };
    Kind kind;
    std::string text;      // word or phrase text, or field value
    std::string field;     // for Kind::field
    bool negated = false;  // written with a leading '-'
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Straight and typographic double quotes both open and close phrases.
std::size_t quote_length(const std::string& s, std::size_t i) {
    if (s[i] == '"') return 1;
    static const std::string opening = "\u201C", closing = "\u201D", low = "\u201E",
                             guil_l = "\u00AB", guil_r = "\u00BB";
    for (const std::string* q : {&opening, &closing, &low, &guil_l, &guil_r})
        if (s.compare(i, q->size(), *q) == 0) return q->size();
    return 0;
}

std::vector<Lexeme> lex(const std::string& s) {
    std::vector<Lexeme> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_space(s[i])) {
            ++i;
            continue;
        }
        bool negated = false;
        if (s[i] == '-' && i + 1 < s.size() && !is_space(s[i + 1])) {
            negated = true;
            ++i;
        }
        if (s[i] == '(' || s[i] == ')') {
            if (negated && s[i] == ')') throw QueryError("'-' before ')'");
            if (negated) out.push_back({Lexeme::Kind::op_not, "", "", false});
            out.push_back({s[i] == '(' ? Lexeme::Kind::open : Lexeme::Kind::close, "", "", false});
            ++i;
            continue;
        }
        if (std::size_t q = quote_length(s, i)) {
            std::size_t start = i + q;
            std::size_t j = start;
            std::size_t close = 0;
            while (j < s.size() && (close = quote_length(s, j)) == 0) ++j;
            if (j >= s.size()) throw QueryError("unterminated phrase: a closing \" is missing");
            out.push_back({Lexeme::Kind::phrase, s.substr(start, j - start), "", negated});
            i = j + close;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && !is_space(s[j]) && s[j] != '(' && s[j] != ')' &&
               quote_length(s, j) == 0)
            ++j;
        std::string word = s.substr(i, j - i);
        i = j;
        if (!negated && word == "OR") {
            out.push_back({Lexeme::Kind::op_or, "", "", false});
            continue;
        }
        if (!negated && word == "NOT") {
            out.push_back({Lexeme::Kind::op_not, "", "", false});
            continue;
        }
        if (const auto colon = word.find(':'); colon != std::string::npos && colon > 0) {
            std::string field = word.substr(0, colon);
            for (char& c : field)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (Filters::is_field(field)) {
                std::string value = word.substr(colon + 1);
                // Allow field:"quoted value".
                if (value.empty() && i < s.size()) {
                    if (std::size_t q = quote_length(s, i)) {
                        std::size_t start = i + q, k = start, close = 0;
                        while (k < s.size() && (close = quote_length(s, k)) == 0) ++k;
                        if (k >= s.size())
                            throw QueryError("unterminated value for " + field +
                                             ": a closing \" is missing");
                        value = s.substr(start, k - start);
                        i = k + close;
                    }
                }
                out.push_back({Lexeme::Kind::field, value, field, negated});
                continue;
            }
        }
        out.push_back({Lexeme::Kind::word, word, "", negated});
    }
    out.push_back({Lexeme::Kind::end, "", "", false});
    return out;
}

class Parser {
  public:
    Parser(const core::Analyzer& analyzer, std::vector<Lexeme> lexemes, Filters& filters,
           MatchTerms& terms)
        : analyzer_(analyzer), lx_(std::move(lexemes)), filters_(filters), terms_(terms) {}

    // Returns an empty Query when the text holds only filters.
    Xapian::Query parse_all() {
        Xapian::Query q = parse_sequence(true);
        if (peek().kind == Lexeme::Kind::close) throw QueryError("unbalanced ')'");
        return q;
    }

    /// The top-level query with its clauses OR-ed instead of AND-ed, when it has two or more;
    /// empty otherwise.
    const Xapian::Query& relaxed() const { return relaxed_; }

    /// The words and phrases the query looks for (not those it excludes), in order.
    const std::string& positive_text() const { return positive_text_; }

  private:
    const Lexeme& peek() const { return lx_[pos_]; }
    const Lexeme& next() { return lx_[pos_++]; }

    // sequence := clause* ; positive clauses AND-ed, negative ones removed with AND_NOT.
    Xapian::Query parse_sequence(bool top_level = false) {
        std::vector<Xapian::Query> positive, negative, stopped;
        std::vector<std::string> stopped_terms;
        while (peek().kind != Lexeme::Kind::end && peek().kind != Lexeme::Kind::close) {
            bool negated = false;
            stopword_.clear();
            const std::size_t start = pos_;
            Xapian::Query q = parse_clause(negated);
            if (q.empty()) continue;  // a filter
            // A lone stopword ("the", "и", "және") is set aside; it only counts when the query
            // has nothing else. Inside phrases and OR groups stopwords are kept.
            if (!negated && !stopword_.empty() && pos_ == start + 1) {
                stopped.push_back(q);
                stopped_terms.push_back(stopword_);
                continue;
            }
            (negated ? negative : positive).push_back(q);
        }
        if (positive.empty()) {
            positive = std::move(stopped);
        } else {
            for (const std::string& term : stopped_terms) forget_highlight(term);
        }
        if (top_level && positive.size() > 1)
            relaxed_ = combine(Xapian::Query::OP_OR, positive, negative);
        return combine(Xapian::Query::OP_AND, positive, negative);
    }

    static Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& positive,
                                 const std::vector<Xapian::Query>& negative) {
        Xapian::Query result;
        if (!positive.empty()) result = Xapian::Query(op, positive.begin(), positive.end());
        if (!negative.empty()) {
            if (result.empty()) result = Xapian::Query::MatchAll;
            result = Xapian::Query(
                Xapian::Query::OP_AND_NOT, result,
                Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
        }
        return result;
    }

    // clause := [NOT] primary (OR primary)*
    Xapian::Query parse_clause(bool& negated) {
        if (peek().kind == Lexeme::Kind::op_not) {
            next();
            negated = true;
            if (peek().kind == Lexeme::Kind::end || peek().kind == Lexeme::Kind::op_or ||
                peek().kind == Lexeme::Kind::close)
                throw QueryError("NOT must be followed by a word, a phrase or a group");
        }
        if (peek().kind == Lexeme::Kind::op_or) throw QueryError("OR needs a word on both sides");
        std::vector<Xapian::Query> alternatives;
        alternatives.push_back(parse_primary(negated));
        while (peek().kind == Lexeme::Kind::op_or) {
            next();
            if (peek().kind == Lexeme::Kind::end || peek().kind == Lexeme::Kind::close ||
                peek().kind == Lexeme::Kind::op_or)
                throw QueryError("OR needs a word on both sides");
            bool ignored = false;
            alternatives.push_back(parse_primary(ignored));
        }
        std::vector<Xapian::Query> nonempty;
        for (auto& a : alternatives)
            if (!a.empty()) nonempty.push_back(a);
        if (nonempty.size() < alternatives.size() && alternatives.size() > 1)
            throw QueryError("filters cannot be combined with OR; give several values instead");
        if (nonempty.empty()) return {};
        return Xapian::Query(Xapian::Query::OP_OR, nonempty.begin(), nonempty.end());
    }

    Xapian::Query parse_primary(bool& negated) {
        const Lexeme lexeme = next();
        switch (lexeme.kind) {
            case Lexeme::Kind::open: {
                Xapian::Query inner = parse_sequence();
                if (next().kind != Lexeme::Kind::close)
                    throw QueryError("unbalanced '(': a ')' is missing");
                if (inner.empty()) throw QueryError("empty group ()");
                return inner;
            }
            case Lexeme::Kind::word:
                negated = negated || lexeme.negated;
                return word_query(lexeme.text, negated);
            case Lexeme::Kind::phrase:
                negated = negated || lexeme.negated;
                return phrase_query(lexeme.text, negated);
            case Lexeme::Kind::field:
                if (negated || lexeme.negated)
                    throw QueryError("excluding with -" + lexeme.field + ": is not supported");
                filters_.add(lexeme.field, lexeme.text);
                return {};
            case Lexeme::Kind::close:
                throw QueryError("unbalanced ')'");
            default:
                throw QueryError("unexpected end of query");
        }
    }

    Xapian::Query word_query(const std::string& text, bool negated) {
        if (!negated) positive_text_ += text + " ";
        const std::vector<core::Token> tokens = analyzer_.tokenize(text);
        if (tokens.empty()) return {};                             // punctuation only
        if (tokens.size() > 1) return phrase_of(tokens, negated);  // "OAT/OST", "E/C.12"
        std::vector<Xapian::Query> stems;
        for (const std::string& stem : analyzer_.query_stems(tokens.front().term)) {
            stems.emplace_back(std::string(layout::kStem) + stem);
            if (!negated) terms_.stems.insert(stem);
        }
        if (!negated) terms_.plain.insert(tokens.front().term);
        if (core::is_stopword_any(tokens.front().term)) stopword_ = tokens.front().term;
        return Xapian::Query(Xapian::Query::OP_SYNONYM, stems.begin(), stems.end());
    }

    Xapian::Query phrase_query(const std::string& text, bool negated) {
        if (!negated) positive_text_ += text + " ";
        const std::vector<core::Token> tokens = analyzer_.tokenize(text);
        if (tokens.empty()) throw QueryError("empty phrase \"\"");
        if (tokens.size() == 1) {
            // A quoted single word means this exact word, unstemmed.
            if (!negated) terms_.plain.insert(tokens.front().term);
            return Xapian::Query(tokens.front().term);
        }
        return phrase_of(tokens, negated);
    }

    Xapian::Query phrase_of(const std::vector<core::Token>& tokens, bool negated) {
        std::vector<Xapian::Query> words;
        std::vector<std::string> phrase;
        for (const core::Token& t : tokens) {
            words.emplace_back(t.term);
            phrase.push_back(t.term);
        }
        if (!negated) terms_.phrases.push_back(std::move(phrase));
        return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                             static_cast<Xapian::termcount>(words.size()));
    }

    void forget_highlight(const std::string& term) {
        terms_.plain.erase(term);
        for (const std::string& stem : analyzer_.query_stems(term)) terms_.stems.erase(stem);
    }

    const core::Analyzer& analyzer_;
    std::vector<Lexeme> lx_;
    std::string stopword_;  // set by word_query when the word just parsed is a stopword
    std::size_t pos_ = 0;
    Xapian::Query relaxed_;
    std::string positive_text_;
    Filters& filters_;
    MatchTerms& terms_;
};

}  // namespace

ParsedQuery QueryParser::parse(const std::string& text, Filters filters,
                               const Expander& expand) const {
    ParsedQuery parsed;
    Parser parser(analyzer_, lex(text), filters, parsed.terms);
    Xapian::Query free_text = parser.parse_all();
    parsed.has_text = !free_text.empty();
    if (free_text.empty()) {
        if (filters.empty()) throw QueryError("empty query: give words to search for or a filter");
        free_text = Xapian::Query::MatchAll;
    }
    auto filtered = [&](const Xapian::Query& q) {
        return filters.empty() ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, filters.to_query());
    };
    parsed.filtered = !filters.empty();
    parsed.concepts = filters.concepts;
    parsed.positive_text = parser.positive_text();
    Xapian::Query relaxed = parser.relaxed();
    if (expand && parsed.has_text) {
        // Alternatives (other languages' words for the same concepts) widen the search; the
        // query's own words still rank first because they match as well.
        if (const Xapian::Query more = expand(parsed.positive_text); !more.empty()) {
            free_text = Xapian::Query(Xapian::Query::OP_OR, free_text, more);
            if (!relaxed.empty()) relaxed = Xapian::Query(Xapian::Query::OP_OR, relaxed, more);
        }
    }
    parsed.query = filtered(free_text);
    if (!relaxed.empty()) parsed.relaxed = filtered(relaxed);
    return parsed;
}

}  // namespace paragraf::query
