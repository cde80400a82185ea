// The entry point of libparagraf_formats.so (formats_module.hpp): the only symbol it exports.
#include "indexer/readers/formats_module.hpp"

namespace formats = paragraf::indexer::formats;

extern "C" __attribute__((visibility("default"))) const formats::Table* paragraf_formats_table() {
    static const formats::Table table{formats::kTableVersion, formats::Layout{}, &formats::read_pdf,
                                      &formats::read_docx, &formats::read_html};
    return &table;
}
