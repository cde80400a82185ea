#include "tools/paragraf/filter_options.hpp"

namespace paragraf::cli {

CLI::Option* one_each(CLI::Option* option) {
    return option->allow_extra_args(false);
}

query::Filters FilterArgs::to_filters() const {
    query::Filters filters;
    auto add_all = [&](const char* field, const std::vector<std::string>& values) {
        for (const std::string& v : values) filters.add(field, v);
    };
    add_all("country", country);
    add_all("body", body);
    add_all("type", type);
    add_all("lang", lang);
    add_all("year", year);
    add_all("symbol", symbol);
    add_all("kind", kind);
    add_all("concept", concept_ids);
    return filters;
}

void add_filter_options(CLI::App* cmd, FilterArgs& args) {
    one_each(cmd->add_option("--country", args.country, "ISO 3166 alpha-3 country code, e.g. KAZ"));
    one_each(cmd->add_option("--body", args.body, "Treaty body, e.g. CESCR"));
    one_each(cmd->add_option("--type", args.type, "Document type, e.g. concluding-observations"));
    one_each(cmd->add_option("--lang", args.lang, "Language: en, ru, kk"));
    one_each(cmd->add_option("--year", args.year, "Year or range: 2019, 2019..2025"));
    one_each(cmd->add_option("--symbol", args.symbol, "UN document symbol, e.g. E/C.12/KAZ/CO/2"));
    one_each(cmd->add_option("--kind", args.kind, "paragraph, subparagraph, item or footnote"));
    one_each(
        cmd->add_option("--concept", args.concept_ids,
                        "Thesaurus concept id (data/thesaurus.xml), e.g. oat, right-to-health"));
}

}  // namespace paragraf::cli
