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

// How often a lower-case word stands whole in a document (not split at a line end). Only the
// words a line-end hyphen can ask about (both forms of every broken word) are counted up front;
// any other word is counted on first request and remembered, so the answer is the same as if
// every word had been counted, at a fraction of the cost. Holds views of the lines: they must
// outlive it. Not for sharing between threads (the memo is filled on request).
class HyphenEvidence {
 public:
  HyphenEvidence() = default;
  int count(const std::string& w) const;

 private:
  friend HyphenEvidence collect_evidence(const std::vector<std::string_view>& lines);
  std::vector<std::string_view> lines_;
  mutable std::unordered_map<std::string, int, StringHash, std::equal_to<>> counted_;
};

HyphenEvidence collect_evidence(const std::vector<std::string_view>& lines);

struct LineJoin {
  bool keep_hyphen = true;  // false: the line-end hyphen is dropped
  bool space = true;        // a space between the two lines' texts
  std::string rule;         // "dehyphen.join.default", "dehyphen.keep.suspended", ...
  std::string detail;       // "välfärds- + områdenas -> välfärdsområdenas"
};

// How to join `left` (a line's trimmed text) with `right` (the next line's trimmed text).
// When `left` does not end in a hyphen or dash the answer is a plain space, with an empty rule.
LineJoin join_lines(std::string_view left, std::string_view right, const HyphenEvidence& evidence,
                    const LanguageRules& rules);

// The word with punctuation around it removed: "(THL:s" -> "THL:s", "områdenas." -> "områdenas".
std::string_view strip_word_punct_slow(std::string_view token);
inline std::string_view strip_word_punct(std::string_view token) {
  // Most tokens begin and end with an ASCII letter or digit: nothing to strip, and every word
  // of every block is asked.
  auto ascii_word = [](char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  };
  if (!token.empty() && ascii_word(token.front()) && ascii_word(token.back())) return token;
  return strip_word_punct_slow(token);
}

}  // namespace tolk
