#pragma once
// Turns a document into the Xapian documents of its units: language, terms, concepts, values,
// stored record. No database access, so it runs on parsing threads; one builder per thread.

#include <vector>

#include <xapian.h>

#include "core/analyzer.hpp"
#include "core/document.hpp"
#include "core/stored_unit.hpp"
#include "core/thesaurus.hpp"

namespace paragraf::indexer {

class UnitBuilder {
  public:
    /// With a thesaurus, units are also indexed by the concepts they mention. The thesaurus is
    /// shared (it is immutable); the builder itself is not thread-safe.
    explicit UnitBuilder(const core::Thesaurus* thesaurus = nullptr) : thesaurus_(thesaurus) {}

    /// One Xapian document per unit, in order.
    std::vector<Xapian::Document> build(const core::Document& doc);

  private:
    Xapian::Document build_unit(const core::Document& doc, std::size_t ordinal,
                                const std::string& lang, std::vector<core::UnitCitation> cites);
    core::Analyzer analyzer_;
    const core::Thesaurus* thesaurus_;
};

}  // namespace paragraf::indexer
