#pragma once
// A rule-based Kazakh stemmer: strips inflectional suffixes (case, possessive, plural and the
// common verb endings) from the end of a word, so that the forms of one word share one index
// term. Rules, their order and measured quality: docs/kazakh-stemmer.md.

#include <xapian.h>

#include <string>
#include <string_view>

namespace paragraf::core {

/// Stems a lower-case Cyrillic Kazakh word (UTF-8). Words in other scripts are returned as is.
/// Input is expected as core::normalize() produces it (NFKC case-folded). The result is an
/// index key, not always a dictionary word: the stem's final ғ/г/б is written қ/к/п, so that
/// құқық and құқығы share a key.
std::string stem_kazakh(std::string_view word);

/// The same as a Xapian stemmer, for Xapian::Stem / TermGenerator / snippets.
Xapian::Stem make_kazakh_stem();

/// The Xapian face of stem_kazakh(). Stateless, so one instance may be shared by threads.
class KazakhStemmer : public Xapian::StemImplementation {
  public:
    std::string operator()(const std::string& word) override;
    std::string get_description() const override;
};

}  // namespace paragraf::core
