#pragma once
// Document metadata the citation-style and export tests cite: the sample corpus's concluding
// observations (corpus/E-C.12-XAR-CO-2-*.xml), a real country without a title, and an NGO
// submission (an author, no symbol).

#include <string>

#include "core/document.hpp"

namespace paragraf::query::test_documents {

inline core::DocumentMeta aralia(const std::string& lang = "en") {
    core::DocumentMeta doc;
    doc.id = "E-C.12-XAR-CO-2-" + lang;
    doc.symbol = "E/C.12/XAR/CO/2";
    doc.title = lang == "ru" ? "Заключительные замечания по второму периодическому докладу Аралии"
                             : "Concluding observations on the second periodic report of Aralia";
    doc.author = "Committee on Economic, Social and Cultural Rights";
    doc.body = "CESCR";
    doc.type = "concluding-observations";
    doc.country = "XAR";
    doc.date = "2019-03-29";
    doc.session = "65";
    doc.lang = lang;
    return doc;
}

inline core::DocumentMeta kazakhstan(const std::string& date = "2019-03-29") {
    core::DocumentMeta doc;
    doc.id = "E-C.12-KAZ-CO-2-en";
    doc.symbol = "E/C.12/KAZ/CO/2";
    doc.body = "CESCR";
    doc.type = "concluding-observations";
    doc.country = "KAZ";
    doc.date = date;
    doc.lang = "en";
    return doc;
}

inline core::DocumentMeta ngo() {
    core::DocumentMeta doc;
    doc.id = "ehra-aralia-2025";
    doc.title = "Harm reduction in Aralia";
    doc.author = "EHRA";
    doc.type = "other";
    doc.date = "2025";
    doc.lang = "en";
    return doc;
}

}  // namespace paragraf::query::test_documents
