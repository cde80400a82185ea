#pragma once
// The human-rights thesaurus (data/thesaurus.xml, schemas/thesaurus.rng) and a matcher that
// finds its concepts in text. Labels and text both go through core::Analyzer, so a concept is
// found in any inflection the stemmers reduce to the label's stems.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analyzer.hpp"

namespace paragraf::core {

/// One entry of the thesaurus.
struct Concept {
    std::string id;  ///< stable identifier, [a-z0-9-]+, e.g. "oat", "right-to-health"
    /// Labels by language ("en", "ru", "kk"): the preferred label first, then the variants
    /// (synonyms, other spellings, abbreviations) in file order.
    std::map<std::string, std::vector<std::string>> labels;
    std::string broader;                ///< id of the broader concept, or "" at the top
    std::vector<std::string> articles;  ///< treaty articles, e.g. "ICESCR 12", "ICESCR 2(2)"
    std::string category;               ///< right, principle, procedure, group, health, ...
    /// Labels (any language) whose wording the file marks status="unverified".
    std::vector<std::string> unverified;
};

/// Where a concept occurs in an analysed text.
struct ConceptSpan {
    std::size_t first_token;  ///< index of the first matched token
    std::size_t end_token;    ///< index one past the last matched token
    std::size_t begin;        ///< byte offset of the match in the text
    std::size_t end;          ///< byte offset one past the match
    std::string lang;         ///< language of the label that matched
};

/// A concept found in a text, with every place it occurs (in text order).
struct ConceptMatch {
    const Concept* entry;  ///< owned by the Thesaurus that produced the match
    std::vector<ConceptSpan> spans;
};

/// The loaded thesaurus with its labels compiled for matching. Immutable once loaded, so one
/// instance may be shared by threads; copies share the compiled labels.
class Thesaurus {
  public:
    /// Reads and checks a thesaurus file. Throws InputError (with path, line and column) when
    /// the file is unreadable, malformed, has a DTD, or breaks the rules of
    /// schemas/thesaurus.rng that matter to the loader (ids, duplicate ids, missing preferred
    /// labels, unknown broader ids or cycles, unknown elements and attribute values).
    static Thesaurus load(const std::string& path);

    /// The thesaurus Paragraf ships: $PARAGRAF_THESAURUS if set; else the first
    /// data/thesaurus.xml (or share/paragraf/thesaurus.xml) found in the executable's
    /// directory or one of its parents; else PARAGRAF_DATA_DIR/thesaurus.xml when that macro
    /// is defined at compile time. Throws Error naming the places tried when none exists.
    static Thesaurus load_default();

    /// The path load_default() would read, or "" when there is none.
    static std::string default_path();

    /// The concept with this id, or nullptr.
    const Concept* find(std::string_view id) const;

    /// All concepts, in file order.
    const std::vector<Concept>& concepts() const { return concepts_; }

    /// Concepts whose labels occur in `text`, in the order of their first occurrence; each
    /// concept once, with all its spans. Labels of every language are tried (treaty-body texts
    /// quote terms across languages); each is compared on Analyzer::stem in its own language,
    /// while abbreviations and labels marked stem="no" are compared on whole normalised words.
    /// Multi-word labels match consecutive words only. Overlaps resolve leftmost-longest; at
    /// equal length a whole-word label beats a stemmed one, then a label in `lang` (the text's
    /// language: "en", "ru", "kk", or "und"/"" when unknown) beats other languages; labels
    /// still tied are all reported. Thread-safe; cost is linear in the length of the text.
    std::vector<ConceptMatch> match(std::string_view text, const std::string& lang) const;

    /// The same on tokens the caller already has (Analyzer::tokenize of `text`), so that the
    /// indexer analyses each paragraph once. `analyzer` is used for stemming only.
    std::vector<ConceptMatch> match(const std::vector<Token>& tokens, std::string_view text,
                                    const std::string& lang, const Analyzer& analyzer) const;

    struct Index;  // compiled labels; defined in thesaurus.cpp

  private:
    std::vector<Concept> concepts_;
    std::map<std::string, std::size_t, std::less<>> by_id_;
    std::shared_ptr<const Index> index_;
};

}  // namespace paragraf::core
