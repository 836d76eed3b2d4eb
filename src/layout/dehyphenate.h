// De-hyphenation: what to do with a hyphen that ends a line.
//
// A hyphen at a line end is either a soft break inside one word ("välfärds-" + "områdenas"), the
// hyphen of a suspended compound ("social-" + "och hälsovården"), or the hyphen of a word that is
// written with one ("HUS-" + "sammanslutningen", "tasa-" + "arvo"). The document itself is the
// best witness (the joined word or the hyphenated form seen elsewhere in it), then the rules.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/rules.h"

namespace tolk {

// Lower-case words of a document, counted where they stand whole (not split at a line end).
struct HyphenEvidence {
  std::unordered_map<std::string, int> words;
  int count(const std::string& w) const {
    auto it = words.find(w);
    return it == words.end() ? 0 : it->second;
  }
};

HyphenEvidence collect_evidence(const std::vector<std::string_view>& lines);

struct LineJoin {
  bool keep_hyphen = true;   // false: the line-end hyphen is dropped
  bool space = true;         // a space between the two lines' texts
  std::string rule;          // "dehyphen.join.default", "dehyphen.keep.suspended", ...
  std::string detail;        // "välfärds- + områdenas -> välfärdsområdenas"
};

// How to join `left` (a line's trimmed text) with `right` (the next line's trimmed text).
// When `left` does not end in a hyphen or dash the answer is a plain space, with an empty rule.
LineJoin join_lines(std::string_view left, std::string_view right, const HyphenEvidence& evidence,
                    const LanguageRules& rules);

// The word with punctuation around it removed: "(THL:s" -> "THL:s", "områdenas." -> "områdenas".
std::string_view strip_word_punct(std::string_view token);

}  // namespace tolk
