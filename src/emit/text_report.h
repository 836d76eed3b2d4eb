// The reconstructed blocks of a document, for people (text) and for programs (JSON): what
// `tolk text` prints.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "classify/classify.h"
#include "core/text.h"
#include "layout/layout.h"

namespace tolk {

struct TextReportOptions {
  bool explain = false;  // also list every de-hyphenation, debris and page-break decision
};

// A stable id for each block: "b17" for the block that begins on line 17, "b17.2" for the
// second block that begins there (list items split off one line).
std::vector<std::string> block_ids(const Layout& layout);

// One line per block: line span, kind, language ("--" when the block cannot tell), label and
// text; debris in place, marked page-debris. `cls` may be null (no classification made).
std::string render_text(const Text& text, const Layout& layout, const Classification* cls,
                        const TextReportOptions& opts);

nlohmann::json to_json(const Text& text, const Layout& layout, const Classification* cls,
                       const TextReportOptions& opts);

nlohmann::json to_json(const Diagnostic& d);

}  // namespace tolk
