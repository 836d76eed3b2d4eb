// Many rule patterns tried on one text in one pass (RE2::Set): which of them match. A stage that
// tries every rule of a file on every line or block (page headers, kind markers) pays for one scan
// of the text instead of one per rule, and then runs only the patterns that matched.
//
// Promise: matching() never misses a pattern that RE2 would match on its own; when the set cannot
// be built (RE2's memory budget), it answers "every pattern", and the caller's own match decides.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules.h"

namespace re2 {
class RE2;
}

namespace tolk {

class PatternSet {
 public:
  // `patterns` must be valid (ok()); `whole`: each must match the whole text (FullMatch), else
  // anywhere in it.
  PatternSet(const std::vector<const re2::RE2*>& patterns, bool whole);
  // The same, of patterns not compiled on their own (that RE2 parses).
  PatternSet(const std::vector<std::string_view>& patterns, bool whole);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // Indexes into `patterns` of those that match `text`, ascending.
  std::vector<int> matching(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The PatternSet of `patterns`, built once per Rules (Rules::derived) and keyed by the pattern
// texts themselves, so that it is never stale.
const PatternSet& cached_pattern_set(const Rules& rules,
                                     const std::vector<const re2::RE2*>& patterns, bool whole);
const PatternSet& cached_pattern_set(const Rules& rules,
                                     const std::vector<std::string_view>& patterns, bool whole);

}  // namespace tolk
