// The findings of the bilingual consistency check (align/check.h) for people and for programs.
//
// check_html: one self-contained HTML page a reviewer can open offline (inline CSS, no external
// resources, no script): a summary (findings by severity, what each version counts, the list of
// findings linking to their rows), then the two versions side by side, one row per alignment link,
// each cell with its source lines and eIds, each finding highlighted where it is. Every text is
// escaped.
//
// check_xml: the same findings as XML in tolk's namespace urn:x-tolk:check:1: a <document> per
// language, the <counts>, and one <finding> per finding with its severity, code, message, and
// per side its line, eId and value. Links are named as in the alignment XML ("l1", "l2", ...).
#pragma once

#include <string>
#include <vector>

#include "align/align.h"
#include "align/check.h"

namespace tolk {

inline constexpr const char* kCheckNamespace = "urn:x-tolk:check:1";

std::string check_html(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                       const std::vector<Finding>& findings);

std::string check_xml(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                      const std::vector<Finding>& findings);

}  // namespace tolk
