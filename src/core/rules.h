// Language knowledge loaded from the rules/ directory (formats: rules/README.md).
//
// Promise: load_rules() reads every file it knows, reports each malformed line as a Diagnostic
// naming the file and line, and never throws for bad content (only for I/O failure). Word
// entries are NFC and lower-case. Stages that run before the language of a text is known (decode,
// layout) use the unions over all languages; later stages pick a language's own rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"

namespace re2 {
class RE2;
}

namespace tolk {

// Hashes std::string and std::string_view alike, so that a set of strings can be asked about a
// view without building a string (C++20 heterogeneous lookup).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// One line of a rules file, split at tabs, with where it came from.
struct RuleLine {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

// Reads a rules file: UTF-8, one entry per line, fields separated by tabs, lines whose first
// non-blank character is '#' and blank lines skipped, fields trimmed and NFC-normalised.
// Invalid UTF-8 is a diagnostic for that line, which is skipped.
std::vector<RuleLine> read_rule_file(const std::filesystem::path& path, Diagnostics& diags);

// A named pattern from a `field <TAB> RE2 pattern` rules file: a line of a page header that PDF
// extraction drops into running text (page-header.tsv: "title" opens a header, other fields are
// data such as "case_number"), or a part of a decision (decision.tsv: "masthead", "doc-type", ...).
struct FieldPattern {
  std::string lang;
  std::string field;
  std::string pattern;
  std::shared_ptr<const re2::RE2> re;
  std::string source;  // "rules/sv/page-header.tsv:4"
};
using PageHeaderRule = FieldPattern;

// The patterns of `field` in `patterns`, in file order.
std::vector<const FieldPattern*> patterns_for(const std::vector<FieldPattern>& patterns,
                                              std::string_view field);

// Thresholds of the layout stage (rules/layout/params.tsv).
struct LayoutParams {
  // A text is "double-spaced" (a blank line after every line, as in the protocols) when at least
  // this share of its text lines is followed by exactly one blank line ...
  double double_spaced_min_ratio = 0.6;
  // ... and its lines are hard-wrapped: the 90th percentile of line widths is at most this.
  std::size_t double_spaced_max_width = 200;
  // A line at least this share of the text's wrap width is "full": the paragraph goes on.
  double full_line_ratio = 0.8;
  // A paragraph ending without punctuation goes on over a capital when its last line is at
  // least this share of the wrap width.
  double long_line_ratio = 0.6;
  // Longest line, in characters, that can be a heading; most words of an unnumbered heading.
  std::size_t heading_max_chars = 160;
  std::size_t heading_max_words = 12;
  // Most consecutive lines a page header may span (its blank lines not counted).
  std::size_t page_header_max_lines = 4;
};

// A rule's pattern compiled the first time it is run (UTF-8, errors not logged). The loader has
// checked that it parses; most kind markers are only ever run after the pattern set of all of
// them has said they match, and compiling each at start-up (Unicode classes such as \pL make
// large automata) was a fifth of every command's start.
class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern);
  ~LazyRegex();
  const std::string& pattern() const { return pattern_; }
  // The compiled pattern; the first call compiles it (once, whichever thread asks).
  const re2::RE2& get() const;

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> re_;
};

// A phrase that marks a kind of document (rules/<lang>/kind-markers.tsv).
struct KindMarker {
  std::string kind;  // "decision", "publication", "protocol"
  double weight = 1;
  std::string pattern;
  std::shared_ptr<const LazyRegex> re;  // searched for in each block's text
  std::string source;                   // "rules/sv/kind-markers.tsv:4"
};

// Parameters of the Swedish–Finnish paragraph alignment (rules/align/params.tsv).
struct AlignParams {
  double length_ratio = 1.0;     // characters of Finnish per character of Swedish
  double length_variance = 6.8;  // variance of that ratio per character (Gale and Church's s²)
  double prior_1_1 = 0.89, prior_1_0 = 0.0099, prior_2_1 = 0.089, prior_2_2 = 0.011;
  double anchor_weight = 4.0;  // cost taken off a link per unit of shared-anchor similarity
  double anchor_miss = 2.0;    // cost added when both sides have anchors and share none
  std::size_t band = 30;       // least half-width of the band around the diagonal
};

// A term in both languages (rules/align/lexicon.tsv, rules/align/acronyms.tsv): a Swedish and a
// Finnish word start that mean the same ("välfärdsområde" / "hyvinvointialue", "SHM" / "STM").
struct LexiconEntry {
  std::string sv, fi;
  bool acronym = false;  // matched as a whole word in upper case, not as a word start
};

struct LanguageRules {
  std::string code;          // "sv", "fi", "en"
  WordSet suspension_words;  // words that may follow a suspended compound: "och", "ja"
  std::vector<std::string> hyphenated_prefixes;  // words written with a hyphen: "tasa-arvo"
  WordSet abbreviations;  // "t.ex.", "esim.": a final period that ends no sentence
  std::vector<std::string> same_vowel_hyphen;  // vowels kept apart by a hyphen in compounds
  std::vector<PageHeaderRule> page_header;
  std::vector<FieldPattern> decision;  // parts of a Government decision (decision.tsv)
  WordSet function_words;              // frequent short words that identify the language
  std::vector<KindMarker> kind_markers;
  std::map<std::string, int> months;  // "maj" -> 5, "toukokuuta" -> 5 (lower case)
};

// What a later stage builds from rule files it reads itself (the parsers' rules/<lang>/protocol.tsv
// and publication.tsv): built on first use, once per rules directory, and shared by every thread
// and every copy of the Rules, so that a batch does not read and compile them per document.
// Every language's function words in one table, so that a word is looked up once for all
// languages: the word to the languages whose list has it (bit i: the i-th language of
// Rules::languages, which is in code order). An open-addressing table: most words of a text are
// no function word, and the answer "none" should cost a hash and one comparison.
class FunctionWordIndex {
 public:
  // The languages whose function-word list has `lower` (a lower-case word), 0 if none.
  std::uint64_t languages_of(std::string_view lower) const {
    if (lower.empty() || lower.size() > longest_ || slots_.empty()) return 0;
    // Most words of a text are no function word: their length, first and last byte tell most
    // of them, before a hash.
    const Ends& ends = ends_by_length_[lower.size()];
    if (!ends.has(0, lower.front()) || !ends.has(1, lower.back())) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(lower) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.langs == 0) return 0;
      if (s.word == lower) return s.langs;
    }
  }
  const std::vector<std::string>& codes() const { return codes_; }  // in Rules::languages order
  std::size_t longest() const { return longest_; }                  // bytes of the longest word

 private:
  friend FunctionWordIndex index_function_words(const std::map<std::string, LanguageRules>&);
  struct Slot {
    std::string word;
    std::uint64_t langs = 0;
  };
  // The word's first and last eight bytes (or four, or three of its bytes) and its length:
  // function words are short, and the comparison settles the rest.
  static std::size_t hash(std::string_view s) {
    const std::size_t n = s.size();
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, s.data(), 8);
      std::memcpy(&b, s.data() + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t x = 0, y = 0;
      std::memcpy(&x, s.data(), 4);
      std::memcpy(&y, s.data() + n - 4, 4);
      a = x;
      b = y;
    } else if (n > 0) {
      a = static_cast<unsigned char>(s[0]) | static_cast<unsigned char>(s[n / 2]) << 8 |
          static_cast<unsigned char>(s[n - 1]) << 16;
    }
    std::uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^ n;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The first bytes (set 0) and the last bytes (set 1) of the words of one length.
  struct Ends {
    std::uint64_t bits[2][4] = {};
    bool has(int set, char c) const {
      const auto b = static_cast<unsigned char>(c);
      return (bits[set][b >> 6] >> (b & 63)) & 1;
    }
    void add(int set, char c) {
      const auto b = static_cast<unsigned char>(c);
      bits[set][b >> 6] |= std::uint64_t{1} << (b & 63);
    }
  };
  std::vector<std::string> codes_;
  std::vector<Ends> ends_by_length_;  // by the word's length in bytes, up to longest_
  std::vector<Slot> slots_;           // a power of two, at most half full
  std::size_t longest_ = 0;           // bytes of the longest word
};

// The index of `languages`' function words (at most 64 languages; more are left out).
FunctionWordIndex index_function_words(const std::map<std::string, LanguageRules>& languages);

class DerivedRules {
 public:
  // The value stored under `key`, made by `make()` (which returns a T) the first time.
  template <class T, class Make>
  const T& get(const std::string& key, Make make) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::shared_ptr<const void>& slot = items_[key];
    if (!slot) slot = std::make_shared<const T>(make());
    return *static_cast<const T*>(slot.get());
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const void>> items_;
};

struct Rules {
  std::filesystem::path dir;
  std::map<std::string, LanguageRules> languages;
  LayoutParams layout;
  AlignParams align;
  std::vector<LexiconEntry> lexicon;
  LanguageRules all;  // the union of every language's rules, code "*"
  // Of `languages`, made by load_rules(); whoever changes a function-word list afterwards makes it
  // anew with index_function_words(). Empty (hand-made rules): classify makes one when it needs it.
  std::shared_ptr<const FunctionWordIndex> function_words;
  // Keyed by what they are made of (the file kind and `dir`): a copy of these Rules with another
  // `dir` gets its own.
  std::shared_ptr<DerivedRules> derived = std::make_shared<DerivedRules>();
};

// Loads rules from `dir`; problems go to `diags` (errors for a missing directory or file, or a
// malformed line).
Rules load_rules(const std::filesystem::path& dir, Diagnostics& diags);

// Where the rules live when the user does not say: $TOLK_RULES, else `rules/` beside or above
// the directory of the running executable (a build tree inside the repository, or an installed
// share/tolk/rules), else ./rules.
std::filesystem::path default_rules_dir(const char* argv0);

// True when `word` (lower-case, with its hyphen) begins with one of `prefixes`.
bool starts_with_any(std::string_view word, const std::vector<std::string>& prefixes);

}  // namespace tolk
