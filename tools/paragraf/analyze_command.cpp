// paragraf analyze [--lang en|ru|kk|auto] TEXT: shows what the index makes of a text.

#include <iomanip>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/analyzer.hpp"
#include "core/language_id.hpp"
#include "tools/paragraf/commands.hpp"

namespace paragraf::cli {

namespace {

struct AnalyzeArgs {
    std::vector<std::string> words;
    std::string lang = "auto";
    std::string format = "text";
};

int run_analyze(const AnalyzeArgs& args) {
    std::string text;
    for (const std::string& w : args.words) text += (text.empty() ? "" : " ") + w;
    const core::Analyzer analyzer;
    const bool guessed = args.lang == "auto";
    const std::string lang = guessed ? core::identify_language(text).lang : args.lang;
    const std::vector<core::Token> tokens = analyzer.tokenize(text);

    if (args.format == "json") {
        nlohmann::json terms = nlohmann::json::array();
        for (std::size_t i = 0; i < tokens.size(); ++i)
            terms.push_back(
                {{"position", i + 1},
                 {"word", text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)},
                 {"term", tokens[i].term},
                 {"stem", analyzer.stem(tokens[i].term, lang)}});
        std::cout << nlohmann::json{{"lang", lang}, {"guessed", guessed}, {"terms", terms}}.dump(2)
                  << "\n";
        return kOk;
    }
    std::cout << "lang: " << lang << (guessed ? " (guessed)" : "") << "\n";
    std::cout << "pos  word -> term -> stem\n";
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const core::Token& t = tokens[i];
        std::cout << std::setw(3) << i + 1 << "  " << text.substr(t.begin, t.end - t.begin)
                  << " -> " << t.term << " -> " << analyzer.stem(t.term, lang) << "\n";
    }
    return kOk;
}

}  // namespace

Action add_analyze_command(CLI::App& app) {
    auto args = std::make_shared<AnalyzeArgs>();
    CLI::App* cmd = app.add_subcommand(
        "analyze", "Show the language and the index terms Paragraf makes of a text");
    cmd->add_option("text", args->words, "Text to analyse")->required();
    cmd->add_option("--lang", args->lang, "en, ru, kk or auto (default)")
        ->check(CLI::IsMember({"auto", "en", "ru", "kk"}));
    cmd->add_option("--format", args->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    return [args] { return run_analyze(*args); };
}

}  // namespace paragraf::cli
