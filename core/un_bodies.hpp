#pragma once
// Full names of the UN bodies whose codes core::UnSymbol and DocumentMeta::body use, for
// citations that spell the issuing body out ("Committee on Economic, Social and Cultural Rights").

#include <string>
#include <string_view>

namespace paragraf::core {

/// The full name of the body with code `code` (CESCR, CCPR, CEDAW, CRC, CAT, CERD, CRPD, CMW,
/// CED, SPT, HRC, UPR, GA, ECOSOC) in `lang` ("en" or "ru"; other languages get English), or ""
/// for an unknown code.
std::string un_body_name(std::string_view code, std::string_view lang);

}  // namespace paragraf::core
