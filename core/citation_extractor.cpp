// The citation grammar: a hand-written scanner over citation tokens (core/citation_tokens.hpp).
// Recognisers run at each token in reading order and claim the tokens they use; document
// "anchors" (symbols, general comments, concluding observations named by year) then take the
// paragraph pinpoints written just before or after them. Short forms are resolved last, in
// order, against what this extractor emitted before. See docs/citation-extraction.md.

#include "core/citation_extractor.hpp"

#include "core/citation_tokens.hpp"
#include "core/instruments.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <utility>

namespace paragraf::core {

const char* to_string(CitedKind kind) {
    switch (kind) {
        case CitedKind::document:
            return "document";
        case CitedKind::article:
            return "article";
        case CitedKind::url:
            return "url";
        case CitedKind::legal_act:
            return "legal-act";
    }
    return "document";
}

std::vector<std::string> citation_keys(const CitedTarget& target) {
    std::vector<std::string> keys;
    switch (target.kind) {
        case CitedKind::document: {
            const std::string& id = target.symbol.empty() ? target.described : target.symbol;
            if (id.empty()) break;
            if (target.pinpoints.empty()) keys.push_back("doc|" + id);
            for (const auto& p : target.pinpoints) keys.push_back("para|" + id + "|" + p);
            break;
        }
        case CitedKind::article:
        case CitedKind::legal_act: {
            const std::string head = target.kind == CitedKind::article ? "art|" : "act|";
            if (target.pinpoints.empty()) keys.push_back(head + target.instrument + "|");
            for (const auto& p : target.pinpoints)
                keys.push_back(head + target.instrument + "|" + p);
            break;
        }
        case CitedKind::url:
            keys.push_back("url|" + target.url);
            break;
    }
    return keys;
}

// What a footnote or an earlier unit cited, for the short forms of later units.
struct CitationExtractor::State {
    std::optional<CitedTarget> last;      ///< the last thing cited
    std::optional<CitedTarget> last_doc;  ///< the last document cited
    std::map<std::string, std::vector<CitedTarget>, std::less<>> footnotes;
};

namespace {

using Tokens = std::vector<CitationToken>;

bool starts(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), s) != words.end();
}

int to_int(std::string_view digits) {
    int n = 0;
    for (char c : digits) {
        if (n > 1000000) return n;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool is_year(const CitationToken& t) {
    if (t.kind != TokenKind::number || t.text.size() != 4) return false;
    const int y = to_int(t.text);
    return y >= 1970 && y <= 2039;
}

// A labelled citation found in one unit, before short forms are resolved.
struct Candidate {
    enum class Short { none, ibid, footnote, above };
    CitationMatch match;
    std::size_t tb = 0;  ///< token range
    std::size_t te = 0;
    Short short_kind = Short::none;
    std::string note;               ///< footnote: the footnote referred to
    std::vector<std::string> pins;  ///< short forms: the new pinpoints
    bool last_only = false;         ///< op. cit.: the last citation, whatever it was
};

struct PinList {
    std::vector<std::string> labels;
    std::size_t end = 0;  ///< token after the list
};

class Scanner {
  public:
    Scanner(const Tokens& tokens, const CitationContext& context)
        : t_(tokens), ctx_(context), used_(tokens.size(), false) {}

    std::vector<Candidate> run() {
        const std::size_t n = t_.size();
        for (std::size_t i = 0; i < n;) {
            if (used_[i]) {
                ++i;
                continue;
            }
            const std::size_t next = step(i);
            i = next > i ? next : i + 1;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (used_[i]) continue;
            if (auto act = standalone_act(i)) i = *act - 1;
        }
        std::stable_sort(out_.begin(), out_.end(),
                         [](const Candidate& a, const Candidate& b) { return a.tb < b.tb; });
        return std::move(out_);
    }

  private:
    const Tokens& t_;
    const CitationContext& ctx_;
    std::vector<bool> used_;
    std::vector<Candidate> out_;
    // Paragraph pinpoints waiting for the document they are "of": "paragraph 46 of E/C.12/...".
    std::optional<PinList> pending_;
    std::size_t pending_begin_ = 0;

    // ------------------------------------------------------------------ token tests
    bool in(std::size_t i) const { return i < t_.size(); }
    bool word(std::size_t i) const { return in(i) && t_[i].kind == TokenKind::word; }
    bool word(std::size_t i, std::string_view w) const { return word(i) && t_[i].text == w; }
    bool word_starts(std::size_t i, std::string_view p) const {
        return word(i) && starts(t_[i].text, p);
    }
    bool punct(std::size_t i, std::string_view p) const {
        return in(i) && t_[i].kind == TokenKind::punct && t_[i].text == p;
    }
    bool number(std::size_t i) const { return in(i) && t_[i].kind == TokenKind::number; }
    bool adjacent(std::size_t i) const { return in(i) && i > 0 && t_[i].begin == t_[i - 1].end; }
    const std::string& text(std::size_t i) const { return t_[i].text; }
    bool sentence_end(std::size_t i) const {
        return in(i) && t_[i].kind == TokenKind::punct &&
               (t_[i].text == "." || t_[i].text == ";" || t_[i].text == "!" || t_[i].text == "?");
    }
    // Skips an abbreviation's full stop: "para." "art." "No."
    std::size_t dot(std::size_t i) const { return punct(i, ".") ? i + 1 : i; }

    void claim(std::size_t b, std::size_t e) {
        for (std::size_t k = b; k < e && k < used_.size(); ++k) used_[k] = true;
    }

    Candidate& emit(CitedTarget target, std::size_t tb, std::size_t te) {
        Candidate c;
        c.match.target = std::move(target);
        c.match.begin = t_[tb].begin;
        c.match.end = t_[te - 1].end;
        c.tb = tb;
        c.te = te;
        claim(tb, te);
        out_.push_back(std::move(c));
        return out_.back();
    }

    // ------------------------------------------------------------------ numbers
    // "(b)", "(2)", "(ii)" right after a number.
    std::size_t sub_label(std::size_t i, std::string& label) const {
        if (!punct(i, "(") || !punct(i + 2, ")")) return i;
        const auto& inner = t_[i + 1];
        if ((inner.kind == TokenKind::word && inner.text.size() <= 4) ||
            (inner.kind == TokenKind::number && inner.text.size() <= 2)) {
            label += " (" + inner.text + ")";
            return i + 3;
        }
        return i;
    }

    bool list_separator(std::size_t i) const {
        static constexpr std::array<std::string_view, 8> words{"and",  "or",     "и",   "или",
                                                               "және", "немесе", "мен", "&"};
        return punct(i, ",") || punct(i, "&") || (word(i) && one_of(text(i), words));
    }
    bool range_separator(std::size_t i) const {
        return punct(i, "-") || word(i, "to") || word(i, "through") || word(i, "по") ||
               word(i, "до");
    }

    // "46", "46-49", "12 (b) and 14", "6, 7 and 9", "28-2" (article numbers). Ranges expand;
    // an absurd range keeps only its ends.
    std::optional<PinList> numbers(std::size_t i, bool article) const {
        if (!number(i)) return std::nullopt;
        PinList list;
        std::size_t j = i;
        for (;;) {
            std::string label = text(j);
            const int from = to_int(label);
            std::size_t k = j + 1;
            // "Article 25.1", "article 11.1 (f)": the part after the dot is a paragraph.
            if (article && punct(k, ".") && adjacent(k) && number(k + 1) && adjacent(k + 1) &&
                text(k + 1).size() <= 2) {
                label += " (" + text(k + 1) + ")";
                k += 2;
            }
            const std::size_t before_labels = k;
            k = sub_label(sub_label(k, label), label);  // "5 (e) (iv)"
            if (k == before_labels && label == text(j) && range_separator(k) && number(k + 1)) {
                const int to = to_int(text(k + 1));
                if (article && to < from && punct(k, "-")) {
                    label += "-" + text(k + 1);  // "Article 28-2" is one article
                    list.labels.push_back(label);
                } else if (to > from && to - from <= 200) {
                    for (int v = from; v <= to; ++v) list.labels.push_back(std::to_string(v));
                } else {
                    list.labels.push_back(label);
                    list.labels.push_back(text(k + 1));
                }
                k += 2;
            } else {
                list.labels.push_back(label);
            }
            j = k;
            std::size_t s = j;
            if (!list_separator(s)) break;
            ++s;
            if (punct(s - 1, ",") && list_separator(s) && !punct(s, ",")) ++s;  // ", and"
            if (!number(s) || is_year(t_[s])) break;
            j = s;
        }
        list.end = j;
        return list;
    }

    // ------------------------------------------------------------------ paragraph pinpoints
    // After "para.", "paras.", "paragraph(s)", "¶", "п.", "пп.", "пункт*": the token after.
    std::size_t para_keyword(std::size_t i) const {
        static constexpr std::array<std::string_view, 9> en{
            "para", "paras", "paragraph", "paragraphs", "par", "pars", "п", "пп", "параграф"};
        if (punct(i, "¶")) return punct(i + 1, "¶") ? i + 2 : i + 1;
        if (!word(i)) return 0;
        if (one_of(text(i), en) || starts(text(i), "пункт") || starts(text(i), "параграф"))
            return dot(i + 1);
        return 0;
    }

    bool kk_para_word(std::size_t i) const {
        return word(i) && (starts(text(i), "тармақ") || starts(text(i), "тармағ")) &&
               !starts(text(i), "тармақша");
    }

    // "para. 46", "paras. 46-47", "п. 12 (b)", "пункты 46 и 47", or Kazakh "46-47-тармақтар".
    std::optional<PinList> pins_at(std::size_t i) const {
        if (const std::size_t k = para_keyword(i); k > 0) {
            auto list = numbers(k, false);
            if (list) return list;
            return std::nullopt;
        }
        if (number(i)) {
            auto list = numbers(i, false);
            if (list && punct(list->end, "-") && kk_para_word(list->end + 1)) {
                list->end += 2;
                return list;
            }
        }
        return std::nullopt;
    }

    // "fn. 3", "footnotes 3 and 4", "сноска 5", "сн. 5": footnotes of the document, labelled
    // as the readers label them ("fn. 3").
    std::optional<PinList> footnote_pins_at(std::size_t i) const {
        static constexpr std::array<std::string_view, 5> keywords{"fn", "fns", "footnote",
                                                                  "footnotes", "сн"};
        if (!word(i) || !(one_of(text(i), keywords) || starts(text(i), "сноск"))) return {};
        auto list = numbers(dot(i + 1), false);
        if (!list) return std::nullopt;
        for (std::string& label : list->labels) label = "fn. " + label;
        return list;
    }

    // Pinpoints that follow a document: ", para. 46", " (paras. 46-47)", " құжатының 46-тармағы",
    // ", fn. 3".
    std::optional<PinList> pins_after(std::size_t j) const {
        std::size_t k = j;
        if (punct(k, ",") || punct(k, "(") || punct(k, ":")) ++k;
        if (word(k) && (starts(text(k), "құжат") || word(k, "at"))) ++k;
        if (auto footnotes = footnote_pins_at(k)) return footnotes;
        return pins_at(k);
    }

    bool above_word(std::size_t i) const {
        return word(i, "above") || word(i, "supra") || word(i, "выше") || word(i, "жоғарыда") ||
               word(i, "жоғарыдағы") || word(i, "below") || word(i, "infra") || word(i, "ниже") ||
               word(i, "төменде") || word(i, "төмендегі");
    }

    // ------------------------------------------------------------------ bodies, instruments
    // The treaty body named within a few tokens before `i`: "CESCR's", "the Human Rights
    // Committee", "Committee on the Rights of the Child". "" when none is.
    std::string body_before(std::size_t i, std::size_t window) const {
        std::size_t lo = i > window ? i - window : 0;
        for (std::size_t k = i; k-- > lo;) {
            if (sentence_end(k) || t_[k].kind == TokenKind::symbol) break;
            if (!word(k)) continue;
            if (t_[k].all_caps) {
                if (auto b = body_of_acronym(text(k)); !b.empty()) return b;
            }
            if (word(k, "committee") || starts(text(k), "комитет")) {
                if (k >= 2 && ((word(k - 1, "rights") && word(k - 2, "human")) ||
                               (word(k - 1, "жөніндегі") && word(k - 2, "құқықтары") && k >= 3 &&
                                word(k - 3, "адам"))))
                    return "CCPR";
                if (word(k + 1, "по") && word(k + 2, "правам") && word(k + 3, "человека"))
                    return "CCPR";
                for (std::size_t m = k + 1; m < i && m < k + 10; ++m)
                    if (word(m))
                        if (auto ins = instrument_of_theme(text(m)); !ins.empty())
                            return body_of_instrument(ins);
                for (std::size_t m = k >= 8 ? k - 8 : 0; m < k; ++m)
                    if (word(m))
                        if (auto ins = instrument_of_theme(text(m)); !ins.empty())
                            return body_of_instrument(ins);
                return ctx_.body;
            }
        }
        return {};
    }

    struct Found {
        std::string code;
        std::size_t end = 0;  ///< token after the phrase
        bool act = false;     ///< a national legal act rather than an instrument
    };

    // Theme word within a few tokens after a "Convention"/"Covenant" head: "on the Rights of
    // the Child". The phrase must go on with a preposition, or it is "the Convention" alone.
    std::optional<std::pair<std::string, std::size_t>> theme_after(std::size_t head) const {
        static constexpr std::array<std::string_view, 9> preps{
            "on", "against", "for", "о", "об", "против", "о", "relating", "concerning"};
        if (!word(head + 1) || !one_of(text(head + 1), preps)) return std::nullopt;
        for (std::size_t m = head + 1; m < head + 12 && in(m); ++m) {
            if (sentence_end(m) || t_[m].kind == TokenKind::symbol) break;
            if (!word(m)) continue;
            if (auto ins = instrument_of_theme(text(m)); !ins.empty()) {
                std::size_t end = m + 1;
                if (word(end, "rights") || word_starts(end, "прав")) ++end;
                return std::make_pair(ins, end);
            }
        }
        return std::nullopt;
    }

    // Kazakh names put the theme first: "Бала құқықтары туралы конвенцияның".
    std::string theme_before(std::size_t head) const {
        if (head == 0 || !word(head - 1)) return {};
        static constexpr std::array<std::string_view, 5> links{"туралы", "қарсы", "халықаралық",
                                                               "жөніндегі", "қорғау"};
        if (!one_of(text(head - 1), links)) return {};
        const std::size_t lo = head > 12 ? head - 12 : 0;
        for (std::size_t m = head; m-- > lo;) {
            if (sentence_end(m)) break;
            if (word(m))
                if (auto ins = instrument_of_theme(text(m)); !ins.empty()) return ins;
        }
        return {};
    }

    // An international instrument starting at `k`: acronyms, "the Covenant", "International
    // Covenant on Economic...", "the Convention on the Rights of the Child", "Optional Protocol
    // to the ICESCR", "Universal Declaration", and their Russian and Kazakh names.
    std::optional<Found> instrument_at(std::size_t k, bool allow_bare_words = true) const {
        if (!word(k)) return std::nullopt;
        const std::string& w = text(k);
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> acronyms{{
            {"icescr", "ICESCR"},
            {"iccpr", "ICCPR"},
            {"crc", "CRC"},
            {"cedaw", "CEDAW"},
            {"cat", "CAT"},
            {"cerd", "CERD"},
            {"icerd", "CERD"},
            {"crpd", "CRPD"},
            {"icmw", "ICMW"},
            {"icrmw", "ICMW"},
            {"cped", "CPED"},
            {"icpped", "CPED"},
            {"udhr", "UDHR"},
            {"мпэскп", "ICESCR"},
        }};
        if (t_[k].all_caps || w == "мпэскп" || w == "мпгпп") {
            if (w == "op" && punct(k + 1, "-") && word(k + 2))
                if (auto inner = instrument_at(k + 2, false))
                    return Found{"OP-" + inner->code, inner->end};
            if (w == "мпгпп") return Found{"ICCPR", k + 1};
            for (auto [a, code] : acronyms) {
                if (w == a) {
                    if (punct(k + 1, "-") && word(k + 2, "op"))
                        return Found{"OP-" + std::string(code), k + 3};
                    return Found{std::string(code), k + 1};
                }
            }
            if (w == "cescr" && punct(k + 1, "-") && word(k + 2, "op"))
                return Found{"OP-ICESCR", k + 3};
        }
        if (!allow_bare_words) return std::nullopt;
        std::size_t head = k;
        if (w == "international" || starts(w, "международн") || w == "халықаралық") head = k + 1;
        if (!word(head)) return std::nullopt;
        const std::string& h = text(head);
        if (h == "covenant" || starts(h, "пакт")) {
            if (auto theme = theme_after(head)) return Found{theme->first, theme->second};
            std::string code = ctx_.body == "CCPR" ? "ICCPR" : ctx_.body == "CESCR" ? "ICESCR" : "";
            if (auto back = theme_before(head); !back.empty()) code = back;
            return Found{code, head + 1};
        }
        if (h == "convention" || starts(h, "конвенци")) {
            if (auto theme = theme_after(head)) return Found{theme->first, theme->second};
            std::string code = instrument_of_body(ctx_.body);
            if (code == "ICESCR" || code == "ICCPR") code.clear();
            if (auto back = theme_before(head); !back.empty()) code = back;
            return Found{code, head + 1};
        }
        if ((h == "optional" && word(head + 1, "protocol")) ||
            (starts(h, "факультативн") && word_starts(head + 1, "протокол")) ||
            (h == "факультативтік" && word_starts(head + 1, "хаттама"))) {
            std::size_t m = head + 2;
            if (word(m, "to") || word(m, "к") || word(m, "of")) {
                ++m;
                if (word(m, "the")) ++m;
                if (auto inner = instrument_at(m))
                    return Found{inner->code.empty() ? "" : "OP-" + inner->code, inner->end};
            }
            const std::string base = instrument_of_body(ctx_.body);
            return Found{base.empty() ? "" : "OP-" + base, head + 2};
        }
        if ((h == "universal" && word(head + 1, "declaration")) ||
            (starts(h, "всеобщ") && word_starts(head + 1, "деклараци")))
            return Found{"UDHR", head + 2};
        return std::nullopt;
    }

    // The quoted title of a law: from an opening quote token at `q`; returns the lower-cased
    // title and the token after the closing quote.
    std::optional<std::pair<std::string, std::size_t>> quoted_title(std::size_t q) const {
        if (!punct(q, "\"") && !punct(q, "'")) return std::nullopt;
        const std::string& mark = text(q);
        std::string title;
        for (std::size_t m = q + 1; m < q + 40 && in(m); ++m) {
            if (punct(m, mark) && !(mark == "'" && word(m + 1, "s") && adjacent(m + 1))) {
                if (title.empty()) return std::nullopt;
                return std::make_pair(title, m + 1);
            }
            if (sentence_end(m) && !adjacent(m + 1) && m + 1 < t_.size() && !punct(m + 1, mark))
                return std::nullopt;
            if (!title.empty() && !adjacent(m)) title += ' ';
            title += text(m);
        }
        return std::nullopt;
    }

    // The quoted title that ends just before `close_end` (Kazakh: «...» Заңның).
    std::optional<std::pair<std::string, std::size_t>> quoted_title_before(
        std::size_t close) const {
        if (!punct(close, "\"")) return std::nullopt;
        const std::size_t lo = close > 40 ? close - 40 : 0;
        for (std::size_t m = close; m-- > lo;) {
            if (punct(m, "\"")) {
                if (auto t = quoted_title(m); t && t->second == close + 1)
                    return std::make_pair(t->first, m);
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    bool code_head(std::size_t i) const {
        return word(i, "code") || starts(text_or_empty(i), "кодекс");
    }
    std::string_view text_or_empty(std::size_t i) const {
        return in(i) ? std::string_view(t_[i].text) : std::string_view();
    }

    // The code named around its head word `h` ("Criminal Code", "Code on Administrative
    // Offences", "Уголовного кодекса", "әкімшілік құқық бұзушылық туралы кодекс"), with the
    // phrase's token range.
    std::optional<std::pair<std::string, std::pair<std::size_t, std::size_t>>> code_at(
        std::size_t h) const {
        if (!code_head(h)) return std::nullopt;
        std::size_t b = h, e = h + 1;
        std::string key;
        if (h > 0 && word(h - 1)) {
            key = code_of_qualifier(text(h - 1));
            if (!key.empty()) {
                b = h - 1;
                if (key == "criminal-procedure-code" && h >= 3 && punct(h - 2, "-")) b = h - 3;
                if (key == "criminal-procedure-code" && h >= 2 && word(h - 2, "criminal"))
                    b = h - 2;
                if (key == "criminal-code" && h >= 2 && word_starts(h - 2, "уголовн")) b = h - 2;
            }
        }
        if (key.empty()) {
            // "Code [of the Republic of Kazakhstan] on/of Administrative Offences".
            for (std::size_t m = h + 1; m < h + 9 && in(m); ++m) {
                if (sentence_end(m) || t_[m].kind == TokenKind::symbol) break;
                if (!word(m)) continue;
                if (auto q = code_of_qualifier(text(m)); !q.empty()) {
                    key = q;
                    e = m + 1;
                    if (word(e) && (starts(text(e), "offen") || starts(text(e), "правонаруш"))) ++e;
                    break;
                }
            }
        }
        if (key.empty() && h > 0 && word(h - 1, "туралы")) {
            const std::size_t lo = h > 6 ? h - 6 : 0;
            for (std::size_t m = h - 1; m-- > lo;) {
                if (!word(m)) break;
                if (auto q = code_of_qualifier(text(m)); !q.empty()) {
                    key = q;
                    b = m;
                }
            }
        }
        if (key.empty()) return std::nullopt;
        return std::make_pair(key, std::make_pair(b, e));
    }

    // "the Criminal Code", "Конституции", "the Law “On Mass Media”", "Закона «О СМИ»" starting
    // at `k` (after "of"): the act's key and the token after the phrase.
    std::optional<Found> act_at(std::size_t k) const {
        std::size_t m = k;
        if (word(m, "the")) ++m;
        if (!word(m)) return std::nullopt;
        if (auto abbr = code_abbreviation_at(m)) return abbr;
        if (word(m, "constitution") || word_starts(m, "конституци"))
            return Found{"constitution", republic(m + 1), true};
        if (word(m, "law") || law_word(m)) {
            std::size_t q = m + 1;
            for (int skip = 0; skip < 14 && in(q) && !punct(q, "\"") && !punct(q, "'"); ++skip) {
                if (sentence_end(q) && !word_starts(q - 1, "no") && !word(q - 1, "г")) break;
                ++q;
            }
            if (auto title = quoted_title(q))
                return Found{"law:" + title->first, title->second, true};
            return std::nullopt;
        }
        for (std::size_t h = m; h < m + 4 && in(h); ++h) {
            if (!code_head(h)) continue;
            if (auto code = code_at(h); code && code->second.first <= m)
                return Found{code->first, republic(code->second.second), true};
            if (auto code = code_at(h); code && h == m)
                return Found{code->first, republic(code->second.second), true};
            break;
        }
        return std::nullopt;
    }

    // "УК", "УК РК", "КоАП Республики Казахстан", "ҚК": a code by its abbreviation at `m`, a
    // whole word written with a capital; the act and the token after it.
    std::optional<Found> code_abbreviation_at(std::size_t m) const {
        if (!word(m) || !t_[m].capital) return std::nullopt;
        std::string key = code_of_abbreviation(text(m));
        if (key.empty()) return std::nullopt;
        std::size_t e = m + 1;
        if (word(e, "рк") && t_[e].all_caps)
            ++e;
        else
            e = republic(e);
        return Found{std::move(key), e, true};
    }

    // Steps back over "Қазақстан Республикасы" / "ҚР" standing between a law's quoted title and
    // "Заңы": "«...» Қазақстан Республикасы Заңының 10-бабы". Returns the token before them.
    std::size_t republic_before(std::size_t q) const {
        if (word_starts(q, "республика") && q >= 2 && word(q - 1, "қазақстан")) return q - 2;
        if (word(q, "қр") && t_[q].all_caps && q >= 1) return q - 1;
        return q;
    }

    bool law_word(std::size_t i) const {
        static constexpr std::array<std::string_view, 8> forms{
            "закон", "закона", "закону", "законом", "законе", "законы", "законов", "законах"};
        return word(i) && one_of(text(i), forms);
    }

    // Skips "of the Republic of Kazakhstan" / "Республики Казахстан" after an act.
    std::size_t republic(std::size_t j) const {
        if (word(j, "of") && word(j + 1, "the") && word(j + 2, "republic") && word(j + 3, "of") &&
            word(j + 4))
            return j + 5;
        if (word_starts(j, "республик") && word(j + 1)) return j + 2;
        return j;
    }

    // Kazakh: the act or instrument whose genitive stands before an article number at `k`:
    // "Пактінің", "Конвенцияның", "Қылмыстық кодекстің", "«...» Заңның", "Конституцияның".
    std::optional<std::pair<Found, std::size_t>> owner_before(std::size_t k) const {
        if (k == 0) return std::nullopt;
        const std::size_t g = k - 1;
        if (!word(g)) return std::nullopt;
        // "ҚК 174-бабы", "ҚР ҚК-нің 174-бабы", "ӘҚБтК-нің 462-бабы".
        std::size_t a = g;
        if (g >= 2 && punct(g - 1, "-") && adjacent(g) && adjacent(g - 1) &&
            (text(g) == "нің" || text(g) == "ның" || text(g) == "тің" || text(g) == "тың" ||
             text(g) == "дің" || text(g) == "дың"))
            a = g - 2;
        if (auto abbr = code_abbreviation_at(a)) {
            const std::size_t b = a > 0 && word(a - 1, "қр") && t_[a - 1].all_caps ? a - 1 : a;
            return std::make_pair(Found{abbr->code, k, true}, b);
        }
        const std::string& w = text(g);
        if (starts(w, "конституция")) return std::make_pair(Found{"constitution", k, true}, g);
        // "Жарғымыздың 5-бабы": an organisation's own charter is no instrument we cite.
        if (starts(w, "жарғы")) return std::make_pair(Found{"?", k, true}, g);
        if (starts(w, "декларация")) {
            for (std::size_t m = g; m-- > (g > 5 ? g - 5 : 0);)
                if (word(m, "жалпыға")) return std::make_pair(Found{"UDHR", k, false}, m);
            return std::nullopt;
        }
        if (starts(w, "заң") && g > 0)
            if (auto title = quoted_title_before(republic_before(g - 1)))
                return std::make_pair(Found{"law:" + title->first, k, true}, title->second);
        if (starts(w, "кодекс"))
            if (auto code = code_at(g))
                return std::make_pair(Found{code->first, k, true}, code->second.first);
        if (starts(w, "пакт") || starts(w, "конвенция") || starts(w, "хаттама")) {
            std::size_t b = g;
            std::string code;
            if (starts(w, "хаттама")) {
                const std::string base = instrument_of_body(ctx_.body);
                code = base.empty() ? "" : "OP-" + base;
                if (g > 0 && word(g - 1, "факультативтік")) b = g - 1;
            } else if (auto back = theme_before(g); !back.empty()) {
                code = back;
            } else if (starts(w, "пакт")) {
                code = ctx_.body == "CCPR" ? "ICCPR" : ctx_.body == "CESCR" ? "ICESCR" : "";
            } else {
                code = instrument_of_body(ctx_.body);
                if (code == "ICESCR" || code == "ICCPR") code.clear();
            }
            return std::make_pair(Found{code, k, false}, b);
        }
        if (t_[g].all_caps)
            if (auto ins = instrument_at(g, false)) return std::make_pair(Found{ins->code, k}, g);
        return std::nullopt;
    }

    // What an article belongs to, from the tokens after its numbers: "of the Covenant",
    // "ICESCR", "of the Criminal Code", "Пакта", "Уголовного кодекса". nullopt: nothing named;
    // code "?" : something named we do not know, or "this Law" (no citation).
    std::optional<Found> owner_after(std::size_t j) const {
        std::size_t k = j;
        bool paren = false;
        if (punct(k, "(") && word(k + 1) && t_[k + 1].all_caps) {
            k++;
            paren = true;
        }
        if (word(k, "of") || word(k, "under") || word(k, "in")) {
            ++k;
            if (word(k, "its") || word(k, "their") || word(k, "his") || word(k, "her") ||
                word(k, "our") || word(k, "my") || word(k, "your")) {
                if (auto act = act_at(k + 1)) return act;
                if (auto ins = instrument_at(k + 1)) return ins;
                return Found{"?", k + 1};
            }
            if (word(k, "this") || word(k, "that") || (word(k, "the") && word(k + 1, "same")))
                return Found{"?", k + 1};
            if (auto act = act_at(k)) return act;
            std::size_t m = word(k, "the") ? k + 1 : k;
            if (auto ins = instrument_at(m)) return ins;
            if (word(m) && t_[m].capital && !word(j, "in") && !word(j, "under"))
                return Found{"?", m + 1};
            if (own_rules_word(m)) return Found{"?", m + 1};
            return std::nullopt;
        }
        if (word(k, "настоящего") || word(k, "настоящей") || word(k, "этого") || word(k, "данного"))
            return Found{"?", k + 1};
        // "статьи 5 нашего устава", "статьи 12 своей Конституции". "Его", "их" are left alone:
        // "статьи 14 его права были нарушены" is the article and a pronoun.
        const bool ours = word(k, "нашего") || word(k, "нашей");
        if (ours || word(k, "своего") || word(k, "своей")) {
            if (auto act = act_at(k + 1)) return act;
            if (auto ins = instrument_at(k + 1)) return ins;
            if (ours || word_starts(k + 1, "устав") || word_starts(k + 1, "регламент"))
                return Found{"?", k + 1};
        }
        // Only the Russian genitive may follow the numbers directly: "Article 4 rules out" is
        // prose.
        if (word_starts(k, "устав") || word_starts(k, "регламент")) return Found{"?", k + 1};
        if (auto act = act_at(k)) return act;
        if (auto ins = instrument_at(k)) {
            if (paren && punct(ins->end, ")")) ins->end++;
            // A bare English word must not be taken: "article 12 Covenant" is rare, "CAT" fine.
            if (t_[k].all_caps || starts(text(k), "пакт") || starts(text(k), "конвенци") ||
                starts(text(k), "международн") || starts(text(k), "факультативн") ||
                starts(text(k), "всеобщ"))
                return ins;
        }
        return std::nullopt;
    }

    // The rules of an organisation or a body, which no article we cite belongs to: "of the
    // statute", "of its charter", "of the rules", "of the by-laws".
    bool own_rules_word(std::size_t m) const {
        static constexpr std::array<std::string_view, 8> en{
            "statute", "statutes", "charter", "bylaws", "regulations", "rules", "by", "articles"};
        if (!word(m) || !one_of(text(m), en)) return false;
        return text(m) != "by" || (punct(m + 1, "-") && word(m + 2, "laws"));
    }

    // ------------------------------------------------------------------ recognisers
    std::size_t step(std::size_t i) {
        const auto& tok = t_[i];
        if (tok.kind == TokenKind::url) {
            CitedTarget target;
            target.kind = CitedKind::url;
            target.url = tok.text;
            emit(std::move(target), i, i + 1);
            return i + 1;
        }
        if (auto e = short_form(i)) return *e;
        if (tok.kind == TokenKind::symbol) {
            CitedTarget target;
            target.symbol = tok.text;
            return anchor({std::move(target)}, i, i + 1);
        }
        if (auto e = general_comment(i)) return *e;
        if (auto e = earlier_observations(i)) return *e;
        if (auto e = article_with_parts(i)) return *e;
        if (auto e = article(i)) return *e;
        if (auto e = kazakh_article(i)) return *e;
        if (auto e = pinpoints(i)) return *e;
        return i + 1;
    }

    // A document cited, with the pinpoints written right after it, just before it
    // ("paragraph 46 of"), or later in the same sentence ("..., in paragraph 46, urged").
    std::size_t anchor(std::vector<CitedTarget> targets, std::size_t tb, std::size_t te) {
        std::size_t begin = tb, end = te;
        if (auto after = pins_after(te)) {
            targets.back().pinpoints = after->labels;
            end = after->end;
            if (punct(end, ")") && punct(te, "(")) ++end;
        } else if (pending_ && pending_->end <= tb && tb - pending_->end <= 10 &&
                   gap_is_words(pending_->end, tb)) {
            targets.back().pinpoints = pending_->labels;
            begin = pending_begin_;
        } else if (auto later = pins_later(te)) {
            // The match stays the document's words; the pinpoint's tokens are claimed.
            targets.back().pinpoints = later->labels;
            claim(later->first, later->end);
        }
        pending_.reset();
        for (auto& target : targets) emit(std::move(target), begin, end);
        return end;
    }

    // Only words and opening brackets between a pinpoint and its document.
    bool gap_is_words(std::size_t from, std::size_t to) const {
        for (std::size_t m = from; m < to; ++m)
            if (!word(m) && !punct(m, "(") && !punct(m, "'")) return false;
        return true;
    }

    // Does a citation of another kind start at `k`? Pinpoints past it are not ours.
    bool starts_other(std::size_t k) const {
        if (!in(k)) return true;
        const auto& t = t_[k];
        if (t.kind == TokenKind::symbol || t.kind == TokenKind::url) return true;
        if (punct(k, "№") || article_keyword(k)) return true;
        // A general comment: the pinpoints after it are its own ("GC 19, paras. 59-61").
        if ((word(k, "gc") && t_[k].all_caps) ||
            (word_starts(k, "замечани") && word(k + 1, "общего")) ||
            (word_starts(k, "общ") && word_starts(k + 1, "рекомендаци")))
            return true;
        if (word(k) && (t.text == "general" || t.text == "concluding" || t.text == "жалпы" ||
                        t.text == "қорытынды" || starts(t.text, "заключительн") ||
                        t.text == "ibid" || (t.text == "там" && word(k + 1, "же"))))
            return true;
        if (number(k) && punct(k + 1, "-") && word(k + 2) &&
            (starts(text(k + 2), "бап") || starts(text(k + 2), "баб")))
            return true;
        return false;
    }

    struct LaterPins {
        std::vector<std::string> labels;
        std::size_t first = 0;
        std::size_t end = 0;
    };

    // A pinpoint later in the same sentence, unless it is "of" a document named after it.
    std::optional<LaterPins> pins_later(std::size_t te) const {
        for (std::size_t k = te; k < te + 25 && in(k); ++k) {
            // A full stop after a short word is an abbreviation's ("No.", "p."), not a sentence's.
            if (sentence_end(k) && !(punct(k, ".") && word(k - 1) && text(k - 1).size() <= 4))
                return std::nullopt;
            if (starts_other(k)) return std::nullopt;
            auto list = pins_at(k);
            if (!list) continue;
            std::size_t m = list->end;
            // "paragraph 12 of its list of issues", "пункт 7 заключительных замечаний": a word
            // right after the numbers says whose paragraph it is, and it is not ours.
            if (word(m) && !kk_para_word(m - 1) && !word(m, "and") && !word(m, "и") &&
                !word(m, "және") && !word(m, "et") && !word(m, "where") && !word(m, "which") &&
                !word(m, "thereof") && !word(m, "therein") && !word(m, "этого") &&
                !word(m, "которого"))
                return std::nullopt;
            while (word(m) && m < list->end + 4 &&
                   (t_[m].text == "of" || t_[m].text == "the" || t_[m].text == "in" ||
                    t_[m].text == "документа"))
                ++m;
            if (punct(m, "(")) ++m;
            if (in(m) && t_[m].kind == TokenKind::symbol) return std::nullopt;
            if (above_word(list->end)) return std::nullopt;
            return LaterPins{list->labels, k, list->end};
        }
        return std::nullopt;
    }

    // "General Comment No. 14 (2000)", "CESCR general comment No. 14", "GC 14", "замечание
    // общего порядка № 14", "жалпы тәртіптегі № 14 ескерту", "general recommendation No. 35".
    std::optional<std::size_t> general_comment(std::size_t i) {
        std::size_t j = 0;
        std::size_t b = i;
        std::string body;
        bool kk_tail = false;
        std::optional<PinList> list;
        if (punct(i, "№")) {
            // Kazakh puts the number first: "№ 14 (2000) жалпы тәртіптегі ескертпе".
            list = numbers(i + 1, false);
            if (!list) return std::nullopt;
            std::size_t k = list->end;
            if (punct(k, "(") && number(k + 1) && is_year(t_[k + 1]) && punct(k + 2, ")")) k += 3;
            if (!word(k, "жалпы")) return std::nullopt;
            if (word(k + 1, "тәртіптегі") && word_starts(k + 2, "ескерт"))
                j = k + 3;
            else if (word_starts(k + 1, "ұсыным"))
                j = k + 2;
            else
                return std::nullopt;
            list->end = j;
        } else if (word(i, "general") && word(i + 1) &&
                   (starts(text(i + 1), "comment") || starts(text(i + 1), "recommendation"))) {
            j = i + 2;
        } else if (word(i, "gc") && t_[i].all_caps) {
            j = i + 1;
        } else if (word_starts(i, "замечани") && word(i + 1, "общего") && word(i + 2, "порядка")) {
            j = i + 3;
        } else if (word_starts(i, "общ") && word_starts(i + 1, "рекомендаци")) {
            j = i + 2;
        } else if (word(i, "жалпы") &&
                   (word(i + 1, "тәртіптегі") || word_starts(i + 1, "ұсыным"))) {
            j = i + 2;
            if (word(i + 1, "тәртіптегі")) {
                kk_tail = true;
                if (word_starts(j, "ескерт")) {
                    ++j;
                    kk_tail = false;
                }
            }
        } else {
            return std::nullopt;
        }
        if (!list) {
            if (word(j) && t_[j].all_caps) {
                body = body_of_acronym(text(j));
                if (!body.empty()) ++j;
            }
            if (word_starts(j, "комитет") || (word(j, "committee") && punct(j + 1, "'"))) {
                body = ctx_.body;
                j = word(j, "committee") ? j + 2 + word(j + 2, "s") : j + 1;
            }
            if (word(j, "no") || word(j, "nos") || word(j, "number") || word(j, "numbers"))
                j = dot(j + 1);
            else if (punct(j, "№"))
                j = punct(j + 1, "№") ? j + 2 : j + 1;
            list = numbers(j, false);
            if (!list) return std::nullopt;
            // "жалпы ұсынымның 33-тармағы": the number is a pinpoint, not the comment's.
            if (punct(list->end, "-") && word(list->end + 1)) return std::nullopt;
        }
        std::size_t e = list->end;
        if (kk_tail && word_starts(e, "ескерт")) ++e;
        if (punct(e, "(") && number(e + 1) && is_year(t_[e + 1]) && punct(e + 2, ")")) e += 3;
        if (body.empty()) body = body_before(b, 20);
        if (body.empty()) {
            // "... No. 14 of the CESCR", "... № 14 Комитета по экономическим ... правам".
            std::size_t m = e;
            if (word(m, "of") || word(m, "by")) ++m;
            if (word(m, "the")) ++m;
            if (word(m) && t_[m].all_caps && !body_of_acronym(text(m)).empty()) {
                body = body_of_acronym(text(m));
                e = m + 1;
            } else if (word(m, "committee") || word_starts(m, "комитет")) {
                if ((word(m + 1, "по") && word(m + 2, "правам") && word(m + 3, "человека")))
                    body = "CCPR";
                for (std::size_t k = m + 1; body.empty() && k < m + 8 && word(k); ++k)
                    if (auto ins = instrument_of_theme(text(k)); !ins.empty())
                        body = body_of_instrument(ins);
            }
        }
        if (body.empty()) body = ctx_.body;
        std::vector<CitedTarget> targets;
        for (const auto& n : list->labels) {
            std::string symbol = general_comment_symbol(body, to_int(n));
            if (symbol.empty()) continue;
            CitedTarget target;
            target.symbol = symbol;
            targets.push_back(std::move(target));
        }
        if (targets.empty()) {
            claim(b, e);
            return e;
        }
        return anchor(std::move(targets), b, e);
    }

    // "CESCR's 2019 concluding observations", "the 2019 recommendations", "заключительные
    // замечания 2019 года", "2019 жылғы қорытынды ескертпелер".
    std::optional<std::size_t> earlier_observations(std::size_t i) {
        std::size_t head_end = 0;
        bool year_before_only = false, year_after_only = false;
        if (word(i, "concluding") && word(i + 1) &&
            (starts(text(i + 1), "observation") || starts(text(i + 1), "comment"))) {
            head_end = i + 2;
        } else if (word_starts(i, "заключительн") && word(i + 1) &&
                   (starts(text(i + 1), "замечан") || starts(text(i + 1), "соображен") ||
                    starts(text(i + 1), "рекомендац"))) {
            head_end = i + 2;
        } else if (word(i, "қорытынды") && word(i + 1) &&
                   (starts(text(i + 1), "ескерт") || starts(text(i + 1), "ұсыным") ||
                    starts(text(i + 1), "байқау"))) {
            head_end = i + 2;
        } else if (word(i) && starts(text(i), "recommendation")) {
            head_end = i + 1;
            year_before_only = true;
        } else if (word_starts(i, "рекомендаци")) {
            head_end = i + 1;
            year_after_only = true;
        } else {
            return std::nullopt;
        }
        static constexpr std::array<std::string_view, 13> back_ok{
            "'",    "s",      "жылғы",     "the",        "its",        "their",    "previous",
            "last", "latest", "committee", "предыдущих", "предыдущие", "последних"};
        std::size_t year = std::string_view::npos, begin = i, end = head_end;
        if (!year_after_only) {
            for (std::size_t k = i, steps = 0; k-- > 0 && steps < 4; ++steps) {
                if (is_year(t_[k]) && !punct(k + 1, "-") && !(k > 0 && punct(k - 1, "-"))) {
                    year = k;
                    begin = k;
                    break;
                }
                const bool ok =
                    (word(k) && (one_of(text(k), back_ok) || !body_of_acronym(text(k)).empty())) ||
                    punct(k, "'");
                if (!ok) break;
                if (year_before_only && !(word(k) && !body_of_acronym(text(k)).empty())) break;
            }
        }
        if (year == std::string_view::npos && !year_before_only) {
            static constexpr std::array<std::string_view, 17> fwd_ok{
                "of",       "in",        "from", "adopted",    "issued",    "committee",
                "the",      "its",       "on",   "комитета",   "от",        "принятых",
                "принятые", "принятыми", "в",    "kazakhstan", "казахстану"};
            for (std::size_t k = head_end, steps = 0; in(k) && steps < 5; ++k, ++steps) {
                if (is_year(t_[k])) {
                    year = k;
                    end = k + 1;
                    if (word(end, "года") || word(end, "году") || word(end, "г") ||
                        word(end, "жылғы"))
                        end = dot(end + 1);
                    if (punct(k - 1, "(") && punct(end, ")")) ++end;
                    break;
                }
                const bool ok =
                    (word(k) && (one_of(text(k), fwd_ok) || !body_of_acronym(text(k)).empty())) ||
                    punct(k, "(") || punct(k, "'");
                if (!ok) break;
            }
        }
        if (year == std::string_view::npos) return std::nullopt;
        std::string body = body_before(std::min(begin, i), 20);
        if (body.empty()) body = ctx_.body;
        // Extend the match over a body named just before: "CESCR's".
        for (std::size_t k = begin, steps = 0; k-- > 0 && steps < 3; ++steps) {
            if (word(k) && !body_of_acronym(text(k)).empty()) {
                begin = k;
                break;
            }
            if (!punct(k, "'") && !word(k, "s")) break;
        }
        DocumentDescription d{body, ctx_.country, "concluding-observations", to_int(text(year))};
        CitedTarget target;
        if (ctx_.resolve) target.symbol = ctx_.resolve(d);
        if (target.symbol.empty())
            target.described = d.body + "/" + d.country + "/" + d.type + "/" + text(year);
        return anchor({std::move(target)}, begin, end);
    }

    bool article_keyword(std::size_t i) const {
        static constexpr std::array<std::string_view, 11> ru{
            "статья",  "статьи",  "статей",  "статье",   "статью", "статьей",
            "статьёй", "статьям", "статьях", "статьями", "ст"};
        if (!word(i)) return false;
        const std::string& w = text(i);
        if (w == "article" || w == "articles") return true;
        if ((w == "art" || w == "arts") && punct(i + 1, ".")) return true;
        return one_of(w, ru) && (w != "ст" || punct(i + 1, "."));
    }

    // "Part 1 of Article 118", "sub-paragraphs 4 and 5 of Article 1", "части 1 статьи 118".
    std::optional<std::size_t> article_with_parts(std::size_t i) {
        std::vector<std::string> parts;
        std::size_t j = i;
        bool any = false;
        bool sub_seen = false;
        for (int depth = 0; depth < 4; ++depth) {
            bool sub = false, part = false;
            std::size_t k = j;
            if (word(k, "sub") && punct(k + 1, "-")) {
                k += 2;
                sub = true;
            }
            if (!word(k)) break;
            const std::string& w = text(k);
            if (starts(w, "subparagraph") || starts(w, "подпункт") || w == "подп" ||
                w == "clause" || w == "clauses") {
                sub = true;
            } else if (w == "part" || w == "parts" || starts(w, "част") || w == "paragraph" ||
                       w == "paragraphs" || w == "para" || w == "paras" || starts(w, "пункт") ||
                       w == "п") {
                part = !sub;
            } else {
                break;
            }
            auto list = numbers(dot(k + 1), true);
            if (!list) break;
            if (part) parts = list->labels;
            if (sub) sub_seen = true;
            j = list->end;
            if (punct(j, ")")) ++j;
            if (word(j, "of") || word(j, "in")) ++j;
            any = true;
            if (article_keyword(j)) break;
        }
        if (!any || !article_keyword(j)) return std::nullopt;
        // Sub-paragraphs are how national laws are cited; without an owner, do not guess.
        return article_from(j, i, parts, sub_seen);
    }

    std::optional<std::size_t> article(std::size_t i) {
        if (!article_keyword(i)) return std::nullopt;
        // «Article 19», the organisation.
        if (i > 0 && punct(i - 1, "\"") && number(i + 1) && punct(i + 2, "\"")) return i + 3;
        if (i > 0 && word(i - 1) && t_[i].capital &&
            (text(i - 1) == "ngo" || starts(text(i - 1), "organi") ||
             starts(text(i - 1), "организаци") || text(i - 1) == "group"))
            return i + 2;
        if (organisation_named_article(i)) {
            claim(i, i + 2);
            return i + 2;
        }
        return article_from(i, i, {});
    }

    bool organisation_word(std::size_t m) const {
        static constexpr std::array<std::string_view, 7> en{
            "ngo", "ngos", "group", "charity", "watchdog", "association", "campaign"};
        return word(m) && (one_of(text(m), en) || starts(text(m), "organi") ||
                           starts(text(m), "организаци") || starts(text(m), "ұйым"));
    }

    // "Article 19" naming an organisation (the freedom-of-expression NGO): written "ARTICLE 19",
    // followed by an appositive ("Article 19, a London-based ... organisation,"), or the subject
    // of a reporting verb ("Article 19 reported", "Статья 19 сообщила"). A treaty article is
    // not introduced that way, and "Article 19, paragraph 2" has no organisation word.
    bool organisation_named_article(std::size_t i) const {
        if (!t_[i].capital || !number(i + 1) || punct(i + 2, "-")) return false;
        if (text(i) != "article" && text(i) != "статья") return false;
        const std::size_t k = i + 2;
        // "according to ARTICLE 19,", "ARTICLE 19 reported": the name in running text; not a
        // heading ("ARTICLE 19 OF THE COVENANT", "ARTICLE 5 Everyone has...") nor "ARTICLE 19 of".
        if (t_[i].all_caps && text(i) == "article" && !word(k, "of") && !punct(k, "(") &&
            !(word(k) && t_[k].capital) &&
            ((i > 0 && word(i - 1) && !t_[i - 1].all_caps) || (word(k) && !t_[k].capital)))
            return true;
        static constexpr std::array<std::string_view, 22> verbs{
            "reported",  "reports",   "said",          "says",         "documented",
            "recorded",  "published", "monitored",     "interviewed",  "counted",
            "told",      "warned",    "has",           "have",         "сообщила",
            "сообщает",  "заявила",   "зафиксировала", "опубликовала", "задокументировала",
            "хабарлады", "мәлімдеді"};
        if (word(k) && one_of(text(k), verbs)) {
            if (text(k) != "has" && text(k) != "have") return true;
            return word(k + 1) &&
                   (starts(text(k + 1), "report") || starts(text(k + 1), "document") ||
                    starts(text(k + 1), "record") || text(k + 1) == "said");
        }
        // The appositive: ", a London-based freedom of expression organisation,". Its head noun
        // comes before any relative pronoun or preposition other than "of": in "Article 2, an
        // obligation shared with civil society organisations," the organisations are not it.
        static constexpr std::array<std::string_view, 16> stops{
            "that", "which", "who",  "with", "to",      "for",     "by",      "under",
            "in",   "on",    "from", "где",  "которая", "которой", "которую", "с"};
        if (!punct(k, ",")) return false;
        for (std::size_t m = k + 1; m < k + 12 && in(m); ++m) {
            if (punct(m, ",") || sentence_end(m) || t_[m].kind == TokenKind::symbol) return false;
            if (word(m) && one_of(text(m), stops)) return false;
            if (m == k + 1 && !word(m)) return false;
            if (organisation_word(m)) return true;
        }
        return false;
    }

    // The article numbers after the keyword at `kw`, and what they belong to.
    std::optional<std::size_t> article_from(std::size_t kw, std::size_t begin,
                                            std::vector<std::string> parts,
                                            bool no_default = false) {
        auto list = numbers(dot(kw + 1), true);
        if (!list) return std::nullopt;
        std::size_t e = list->end;
        // "article 12, paragraph 2": a part after a single article.
        if (parts.empty() && list->labels.size() == 1 && punct(e, ",") &&
            (word(e + 1, "paragraph") || word(e + 1, "para") || word_starts(e + 1, "пункт") ||
             word_starts(e + 1, "част"))) {
            if (auto p = numbers(dot(e + 2), false); p && p->labels.size() == 1) {
                parts = p->labels;
                e = p->end;
            }
        }
        // "article 2, paragraph 1, of the Covenant"
        if (!parts.empty() && punct(e, ",") && word(e + 1, "of")) ++e;
        auto owner = owner_after(e);
        if (!owner && begin == kw) {
            // "ICCPR, art. 19", "Трудовой кодекс Республики Казахстан, статья 54".
            if (auto before = owner_before_comma(kw)) {
                owner = before->first;
                owner->end = e;
                begin = before->second;
            } else if (kw > 0 && punct(kw - 1, "(")) {
                // "the European Social Charter (art. 11)": the article of the treaty just named.
                if (auto named = treaty_before(kw - 1)) {
                    if (named->empty()) {
                        claim(kw, e);
                        return e;
                    }
                    owner = Found{*named, e};
                }
            }
        }
        CitedTarget target;
        target.kind = CitedKind::article;
        if (owner) {
            if (owner->code == "?") {
                claim(begin, owner->end);
                return owner->end;
            }
            target.kind = owner->act ? CitedKind::legal_act : CitedKind::article;
            target.instrument = owner->code;
            e = owner->end;
        } else if (!no_default) {
            target.instrument = instrument_of_body(ctx_.body);
        }
        target.pinpoints = with_parts(list->labels, parts);
        emit(std::move(target), begin, e);
        pending_.reset();
        return e;
    }

    // The treaty named just before a bracket: its code, "" for one we do not know (a regional
    // charter), nullopt when no treaty is named there.
    std::optional<std::string> treaty_before(std::size_t bracket) const {
        static constexpr std::array<std::string_view, 6> heads{
            "charter", "convention", "covenant", "declaration", "protocol", "treaty"};
        const std::size_t lo = bracket > 20 ? bracket - 20 : 0;
        for (std::size_t m = bracket; m-- > lo;) {
            if (sentence_end(m) || punct(m, ")")) break;
            if (!word(m) || !one_of(text(m), heads)) continue;
            std::size_t start = m;
            if (m > 0 && (word(m - 1, "international") || word(m - 1, "optional") ||
                          word(m - 1, "universal")))
                start = m - 1;
            else if (m > 0 && word(m - 1) && t_[m - 1].capital)
                return std::string();  // "American Convention", "European Social Charter"
            if (auto ins = instrument_at(start)) return ins->code;
            return std::string();
        }
        return std::nullopt;
    }

    // The instrument or act named just before "<name>, article N" or "<name> (article N)": its
    // phrase's first token.
    std::optional<std::pair<Found, std::size_t>> owner_before_comma(std::size_t kw) const {
        if (kw < 2 || (!punct(kw - 1, ",") && !punct(kw - 1, "("))) return std::nullopt;
        const std::size_t last = kw - 2;
        if (word(last) && t_[last].all_caps)
            if (auto ins = instrument_at(last, false); ins && ins->end == kw - 1)
                return std::make_pair(*ins, last);
        // "КоАП РК, ст. 462", "УК Республики Казахстан (статья 174)"
        for (std::size_t a = last + 1; a-- > (last >= 2 ? last - 2 : 0);)
            if (auto abbr = code_abbreviation_at(a); abbr && abbr->end == kw - 1)
                return std::make_pair(Found{abbr->code, kw, true}, a);
        for (std::size_t h = last + 1; h-- > (last >= 4 ? last - 4 : 0);) {
            if (!code_head(h) && !word(h, "constitution") && !word_starts(h, "конституци"))
                continue;
            std::size_t b = h;
            std::string key = "constitution";
            std::size_t e = h + 1;
            if (code_head(h)) {
                auto code = code_at(h);
                if (!code) return std::nullopt;
                key = code->first;
                b = code->second.first;
                e = code->second.second;
            }
            if (republic(e) != kw - 1) return std::nullopt;
            return std::make_pair(Found{key, kw, true}, b);
        }
        return std::nullopt;
    }

    static std::vector<std::string> with_parts(const std::vector<std::string>& articles,
                                               const std::vector<std::string>& parts) {
        if (parts.empty()) return articles;
        std::vector<std::string> out;
        for (const auto& a : articles)
            for (const auto& p : parts) out.push_back(a + " (" + p + ")");
        return out;
    }

    // "12-бап", "Пактінің 2 және 12-баптары", "Қылмыстық кодекстің 118-бабының 1-бөлігі".
    std::optional<std::size_t> kazakh_article(std::size_t i) {
        if (!number(i)) return std::nullopt;
        auto list = numbers(i, true);
        if (!list || !punct(list->end, "-") || !word(list->end + 1)) return std::nullopt;
        const std::string& w = text(list->end + 1);
        if (!starts(w, "бап") && !starts(w, "баб")) return std::nullopt;
        std::size_t e = list->end + 2;
        std::vector<std::string> parts;
        if (auto p = numbers(e, false); p && punct(p->end, "-") && word(p->end + 1)) {
            const std::string& pw = text(p->end + 1);
            if (starts(pw, "тармақша")) {
                e = p->end + 2;
            } else if (starts(pw, "бөлі") || starts(pw, "бөлік") || starts(pw, "тармақ") ||
                       starts(pw, "тармағ")) {
                parts = p->labels;
                e = p->end + 2;
            }
        }
        CitedTarget target;
        target.kind = CitedKind::article;
        std::size_t begin = i;
        if (auto owner = owner_before(i)) {
            if (owner->first.code == "?") {
                claim(owner->second, e);
                return e;
            }
            target.kind = owner->first.act ? CitedKind::legal_act : CitedKind::article;
            target.instrument = owner->first.code;
            begin = owner->second;
        } else {
            target.instrument = instrument_of_body(ctx_.body);
        }
        target.pinpoints = with_parts(list->labels, parts);
        emit(std::move(target), begin, e);
        return e;
    }

    // A paragraph pinpoint not (yet) tied to a document: kept for the anchor that follows,
    // or "see para. 46 above".
    std::optional<std::size_t> pinpoints(std::size_t i) {
        auto list = pins_at(i);
        if (!list) return std::nullopt;
        if (above_word(list->end)) {
            std::size_t b = i;
            if (i > 0 && (word(i - 1, "see") || word(i - 1, "см"))) b = i - 1;
            above(b, list->end + 1, list->labels);
            return list->end + 1;
        }
        pending_ = list;
        pending_begin_ = i;
        return list->end;
    }

    void above(std::size_t b, std::size_t e, std::vector<std::string> pins) {
        Candidate& c = emit({}, b, e);
        c.short_kind = Candidate::Short::above;
        c.pins = std::move(pins);
    }

    // Ibid., Id., Там же, Сонда, op. cit., supra note 3, see note 3 above, см. сноску 3,
    // see above, para. 46, выше, п. 46, жоғарыда, 46-тармақ.
    std::optional<std::size_t> short_form(std::size_t i) {
        std::size_t j = 0;
        const bool first = i == 0 || sentence_end(i - 1) || punct(i - 1, ":");
        Candidate::Short kind = Candidate::Short::none;
        bool last_only = false;
        std::string note;
        std::size_t b = i;
        if (word(i, "ibid") || word(i, "ibidem")) {
            j = dot(i + 1);
            kind = Candidate::Short::ibid;
        } else if (word(i, "id") && t_[i].capital && punct(i + 1, ".") && first) {
            j = i + 2;
            kind = Candidate::Short::ibid;
        } else if (word(i, "там") && word(i + 1, "же")) {
            j = i + 2;
            kind = Candidate::Short::ibid;
        } else if (word(i, "сонда") || (word(i, "сол") && word(i + 1, "жерде"))) {
            j = word(i, "сонда") ? i + 1 : i + 2;
            kind = Candidate::Short::ibid;
        } else if ((word(i, "op") || word(i, "loc")) && punct(i + 1, ".") && word(i + 2, "cit")) {
            j = dot(i + 3);
            kind = Candidate::Short::ibid;
            last_only = true;
        } else if (auto n = note_ref(i, b)) {
            j = n->second;
            note = n->first;
            kind = Candidate::Short::footnote;
        } else if (above_word(i) && !word(i, "supra") && !(i > 0 && word(i - 1, "note"))) {
            std::size_t k = i + 1;
            if (punct(k, ",")) ++k;
            if (auto list = pins_at(k)) {
                std::size_t begin = i;
                if (i > 0 && (word(i - 1, "see") || word(i - 1, "см"))) begin = i - 1;
                above(begin, list->end, list->labels);
                return list->end;
            }
            return std::nullopt;
        } else if (word(i, "supra")) {
            std::size_t k = i + 1;
            if (punct(k, ",")) ++k;
            if (auto list = pins_at(k)) {
                above(i, list->end, list->labels);
                return list->end;
            }
            return std::nullopt;
        } else {
            return std::nullopt;
        }
        std::size_t e = j;
        std::vector<std::string> pins;
        std::size_t k = j;
        if (punct(k, ",")) ++k;
        if (word(k, "at")) ++k;
        if (auto list = pins_at(k)) {
            pins = list->labels;
            e = list->end;
        }
        Candidate& c = emit({}, b, e);
        c.short_kind = kind;
        c.note = note;
        c.pins = std::move(pins);
        c.last_only = last_only;
        return e;
    }

    // "supra note 3", "note 3 above", "see note 3", "см. сноску 3", "3-сілтемені қараңыз":
    // the footnote number and the token after the reference; `b` gets its first token.
    std::optional<std::pair<std::string, std::size_t>> note_ref(std::size_t i, std::size_t& b) {
        auto is_note = [&](std::size_t k) {
            return word(k, "note") || word(k, "footnote") || word(k, "n") ||
                   word_starts(k, "сноск") || word_starts(k, "сноске");
        };
        if (word(i, "supra") && is_note(i + 1)) {
            const std::size_t k = dot(i + 2);
            if (number(k)) {
                b = i;
                return std::make_pair(text(k), k + 1);
            }
        }
        if (is_note(i) && !word(i, "n")) {
            const std::size_t k = dot(i + 1);
            const bool see = i > 0 && (word(i - 1, "see") || word(i - 1, "см") ||
                                       (punct(i - 1, ".") && i > 1 && word(i - 2, "см")));
            if (number(k) && (see || above_word(k + 1))) {
                b = see ? (punct(i - 1, ".") ? i - 2 : i - 1) : i;
                return std::make_pair(text(k), above_word(k + 1) ? k + 2 : k + 1);
            }
        }
        if (number(i) && punct(i + 1, "-") && word(i + 2) &&
            (starts(text(i + 2), "сілтеме") || starts(text(i + 2), "ескертпе")) &&
            ((i > 0 && above_word(i - 1)) || word(i + 3, "қараңыз"))) {
            b = i > 0 && above_word(i - 1) ? i - 1 : i;
            return std::make_pair(text(i), word(i + 3, "қараңыз") ? i + 4 : i + 3);
        }
        return std::nullopt;
    }

    // National acts named without an article: "the Criminal Code", "Law “On Mass Media”",
    // "Конституция", "«Бұқаралық ақпарат құралдары туралы» Заң". Returns the token after it.
    std::optional<std::size_t> standalone_act(std::size_t i) {
        CitedTarget target;
        target.kind = CitedKind::legal_act;
        if ((word(i, "law") && t_[i].capital) || law_word(i)) {
            if (auto act = act_at(i)) {
                target.instrument = act->code;
                emit(std::move(target), i, act->end);
                return act->end;
            }
            return std::nullopt;
        }
        if (word_starts(i, "заң") && !word_starts(i, "заңна") && i > 0) {
            if (auto title = quoted_title_before(republic_before(i - 1))) {
                if (used_[title->second]) return std::nullopt;
                target.instrument = "law:" + title->first;
                emit(std::move(target), title->second, i + 1);
                return i + 1;
            }
            return std::nullopt;
        }
        // "УК", "УПК", "КоАП", "ҚК", "ӘҚБтК" alone; the shorter "ТК", "ГК", "НК" only as "ТК РК".
        if (auto abbr = code_abbreviation_at(i)) {
            static constexpr std::array<std::string_view, 6> alone{"ук", "упк", "коап",
                                                                   "қк", "қпк", "әқбтк"};
            if (abbr->end == i + 1 && !one_of(text(i), alone)) return std::nullopt;
            if (punct(abbr->end, "\"")) return std::nullopt;  // a company: УК «Жилсервис»
            target.instrument = abbr->code;
            const std::size_t b = i > 0 && word(i - 1, "қр") && t_[i - 1].all_caps ? i - 1 : i;
            emit(std::move(target), b, abbr->end);
            return abbr->end;
        }
        if (((word(i, "constitution") && t_[i].capital) ||
             (word_starts(i, "конституци") && t_[i].capital)) &&
            !(word(i + 1, "of") && word(i + 2) && t_[i + 2].all_caps)) {  // "of WHO"
            target.instrument = "constitution";
            const std::size_t e = republic(i + 1);
            emit(std::move(target), i, e);
            return e;
        }
        if (code_head(i) && (t_[i].capital || !word(i, "code"))) {
            if (auto code = code_at(i)) {
                for (std::size_t k = code->second.first; k < code->second.second; ++k)
                    if (used_[k]) return std::nullopt;
                target.instrument = code->first;
                const std::size_t e = republic(code->second.second);
                emit(std::move(target), code->second.first, e);
                return e;
            }
        }
        return std::nullopt;
    }
};

}  // namespace

CitationExtractor::CitationExtractor(CitationContext context)
    : context_(std::move(context)), state_(std::make_shared<State>()) {}

std::vector<CitationMatch> CitationExtractor::extract(std::string_view text,
                                                      std::string_view footnote) {
    const Tokens tokens = tokenize_for_citations(text);
    std::vector<Candidate> candidates = Scanner(tokens, context_).run();
    std::vector<CitationMatch> out;
    State& st = *state_;
    auto record = [&](CitationMatch m) {
        st.last = m.target;
        if (m.target.kind == CitedKind::document) st.last_doc = m.target;
        out.push_back(std::move(m));
    };
    for (auto& c : candidates) {
        using Short = Candidate::Short;
        if (c.short_kind == Short::none) {
            record(std::move(c.match));
            continue;
        }
        c.match.short_form = true;
        if (c.short_kind == Short::above) {
            if (context_.symbol.empty()) continue;
            c.match.target.kind = CitedKind::document;
            c.match.target.symbol = context_.symbol;
            c.match.target.pinpoints = c.pins;
            record(std::move(c.match));
        } else if (c.short_kind == Short::ibid) {
            std::optional<CitedTarget> base;
            if (!c.pins.empty() && !c.last_only && st.last_doc) base = st.last_doc;
            if (!c.pins.empty() && c.last_only && st.last && st.last->kind == CitedKind::document)
                base = st.last;
            if (c.pins.empty()) base = st.last;
            if (!base) continue;
            if (!c.pins.empty()) base->pinpoints = c.pins;
            c.match.target = *base;
            record(std::move(c.match));
        } else {
            auto it = st.footnotes.find(c.note);
            if (it == st.footnotes.end()) continue;
            const std::vector<CitedTarget> targets = it->second;
            for (const auto& t : targets) {
                if (!c.pins.empty() && t.kind != CitedKind::document) continue;
                CitationMatch m = c.match;
                m.target = t;
                if (!c.pins.empty()) m.target.pinpoints = c.pins;
                record(std::move(m));
            }
        }
    }
    // "the 2019 concluding observations ... (CRC/C/KAZ/CO/5-6, para. 24)": the same document
    // cited whole and by paragraph in one unit is cited by paragraph.
    auto same_doc_with_pins = [&](const CitedTarget& t) {
        for (const auto& m : out)
            if (m.target.kind == CitedKind::document && !m.target.pinpoints.empty() &&
                m.target.symbol == t.symbol && m.target.described == t.described)
                return true;
        return false;
    };
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const CitationMatch& m) {
                                 return m.target.kind == CitedKind::document &&
                                        m.target.pinpoints.empty() && !m.short_form &&
                                        same_doc_with_pins(m.target);
                             }),
              out.end());
    if (!footnote.empty()) {
        std::vector<CitedTarget> targets;
        for (const auto& m : out) targets.push_back(m.target);
        st.footnotes[std::string(footnote)] = std::move(targets);
    }
    return out;
}

}  // namespace paragraf::core
