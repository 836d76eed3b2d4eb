// The bilingual consistency check: what the Swedish and the Finnish version of one document say
// differently, found over their alignment.
//
// Promise: every finding names both places (file and line on each side, the unit's eId when it has
// one) and says what differs, with a severity: error for something a reader would act on wrongly
// (a unit, a figure, a date or a reference present or different in one language only), warning
// for what is probably a flaw (a name spelt two ways, a length ratio that suggests a dropped
// sentence), note for what a reviewer may want to look at. Values are compared normalised (dates
// as ISO dates, numbers without spacing, acronyms mapped across languages), never as text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/align.h"
#include "core/diagnostic.h"
#include "core/model.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace tolk {

// One language version as the check sees it. The model pointer of the document's kind is set
// (none for a document of unknown kind); `units` are align_units() of that model or layout.
struct PairSide {
  std::string file;
  std::string lang;  // "sv", "fi"
  DocKind kind = DocKind::unknown;
  const Decision* decision = nullptr;
  const Publication* publication = nullptr;
  const Protocol* protocol = nullptr;
  const Layout* layout = nullptr;
  std::vector<AlignUnit> units;
};

struct Finding {
  Severity severity = Severity::warning;
  std::string code;     // "check.only-in-sv", "check.number", "check.date", "check.name", ...
  std::string message;  // one sentence for people, naming the values on both sides
  std::size_t sv_line = 0, fi_line = 0;  // 0 when the finding has no place on that side
  std::string sv_eid, fi_eid;
  std::string sv_value, fi_value;        // the differing values as written, when there are any
  std::size_t link = static_cast<std::size_t>(-1);  // index of the alignment link, when in one
};

std::vector<Finding> check_pair(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                                const Rules& rules);

}  // namespace tolk
