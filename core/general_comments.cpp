// The symbols of the treaty bodies' general comments and recommendations. Only numbers whose
// symbols follow a rule we are sure of, or that are listed one by one, are answered; any other
// number yields "" and the extractor cites nothing for it (see docs/citation-extraction.md).

#include "core/citation_extractor.hpp"

#include <array>
#include <string>

namespace paragraf::core {
namespace {

// CESCR general comments 1-16 were issued before the E/C.12/GC/ series began.
constexpr std::array<std::string_view, 16> cescr_early{
    "E/1989/22",      "E/1990/23",      "E/1991/23",      "E/1992/23",
    "E/1995/22",      "E/1996/22",      "E/1998/22",      "E/C.12/1997/8",
    "E/C.12/1998/24", "E/C.12/1998/25", "E/C.12/1999/4",  "E/C.12/1999/5",
    "E/C.12/1999/10", "E/C.12/2000/4",  "E/C.12/2002/11", "E/C.12/2005/4",
};

}  // namespace

std::string general_comment_symbol(std::string_view body, int number) {
    const std::string n = std::to_string(number);
    if (body == "CESCR") {
        if (number >= 1 && number <= 16) return std::string(cescr_early[number - 1]);
        if (number >= 17 && number <= 26) return "E/C.12/GC/" + n;
    } else if (body == "CCPR") {
        if (number >= 34 && number <= 37) return "CCPR/C/GC/" + n;
        if (number == 31) return "CCPR/C/21/Rev.1/Add.13";
    } else if (body == "CRC") {
        if (number >= 8 && number <= 26) return "CRC/C/GC/" + n;
    } else if (body == "CEDAW") {
        if (number >= 28 && number <= 39) return "CEDAW/C/GC/" + n;
    } else if (body == "CRPD") {
        if (number >= 1 && number <= 8) return "CRPD/C/GC/" + n;
    } else if (body == "CERD") {
        if (number == 35 || number == 36) return "CERD/C/GC/" + n;
    }
    return {};
}

}  // namespace paragraf::core
