// What the two language versions of a document count (objectives, attendees, recommendations,
// follow-up indicators, ...): the check compares these, and its reports show them side by side.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "align/check.h"

namespace tolk {

struct PairCount {
  std::string key;   // "objectives", "attendees", "recommendations", "follow-up-indicators", ...
  std::string name;  // for people: "objectives", "follow-up indicators"
  std::optional<std::size_t> sv, fi;     // empty when that side has no model of the pair's kind
  std::size_t sv_line = 0, fi_line = 0;  // where the first thing counted is; 0 when none is
  // The unit kind whose one-sided units explain a difference (check.only-in.<unit kind>), "" when
  // no unit stands for one counted thing.
  std::string unit_kind;
};

// The counts of the pair's kind: those of the Swedish side's model kind (or the Finnish side's
// when the Swedish has none); nothing for a document of unknown kind.
std::vector<PairCount> pair_counts(const PairSide& sv, const PairSide& fi);

}  // namespace tolk
