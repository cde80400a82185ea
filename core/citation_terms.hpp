#pragma once
// The citation index: which terms a citing unit carries for each key it cites
// (core/citation_extractor.hpp), so that `cited-by` is one boolean query.

#include <string>
#include <vector>

namespace paragraf::core {

/// The keys a citation of `key` also counts as, itself first: a paragraph cites its document
/// and its enclosing paragraphs ("para|S|47 (b)" -> "para|S|47", "doc|S"); an article cites
/// its instrument ("art|ICESCR|2 (1)" -> "art|ICESCR|2", "art|ICESCR|"); national acts alike.
std::vector<std::string> implied_citation_keys(const std::string& key);

/// The index term of a key: layout::kCites + the key normalised, cut to Xapian's term limit.
std::string citation_term(const std::string& key);

}  // namespace paragraf::core
