// Pieces of the bilingual consistency check shared by its source files (check.cpp,
// check_values.cpp, check_params.cpp). Internal to align/.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/check.h"
#include "core/rules.h"

namespace re2 {
class RE2;
}

namespace tolk::check {

// ---- rules/align/check.tsv ----------------------------------------------------------------------

// A word of one language ("sv", "fi") or of both ("*").
struct LangWord {
  std::string lang;
  std::string word;  // lower case
};

struct Scale {
  std::string lang;
  std::string word;  // lower case: "miljoner", "milj."
  double factor = 1;
};

struct NumberWord {
  std::string lang;
  std::string word;   // lower case: "fem", "viiden"
  std::string value;  // normalised number: "5"
};

struct Params {
  // Length ratio (Finnish characters per Swedish character, divided by rules.align.length_ratio)
  // outside [low, high] for a link whose longer side has at least min_chars characters.
  double length_min_chars = 200;
  double length_low = 0.75;
  double length_high = 1.33;
  // With a sentence fewer on one side, the tighter bounds that already suggest it was dropped.
  double sentence_low = 0.9;
  double sentence_high = 1.11;
  // Characters of a unit's text quoted in a message.
  std::size_t excerpt_chars = 60;
  std::map<std::string, Severity> severity;  // by finding code or "check.only-in.<unit kind>"
  std::vector<LangWord> percent_words;       // "%", "procent", "prosenttia"
  std::vector<LangWord> points_words;        // percentage points: "procentenheter"
  std::vector<LangWord> money_words;         // "€", "euro"
  std::vector<LangWord> time_words;          // "kl.", "klo"
  std::vector<Scale> scales;                 // "miljoner" 1e6
  std::vector<NumberWord> number_words;      // "fem" 5
  std::vector<LexiconEntry> acronyms;        // pairs the check knows beyond acronyms.tsv
  // Made of the above by prepare_params():
  // of number_words, a word's entries by their indexes in list order;
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>>
      number_word_index;
  // the acronyms of the lexicon and of `acronyms`, either column: the Swedish form of their pair;
  std::unordered_map<std::string, std::string> acronym_canonical;
  // of those, the forms of two or more bytes not all in capitals ("Kela"), in the table's order.
  std::vector<std::string> mixed_case_acronyms;
  // The words above compiled into patterns (prepare_params); null when there are no words.
  std::shared_ptr<const re2::RE2> percent_re, points_re, money_re, time_re;
};

// Compiles the patterns of `p`'s words and indexes its number words and its and the rules'
// lexicon's acronyms; load_params() calls it.
void prepare_params(Params& p, const Rules& rules);

// Reads rules.dir/align/check.tsv; a missing file leaves the defaults (above and in
// check_params.cpp). A malformed line is reported in `problems` and skipped.
Params load_params(const Rules& rules, std::vector<Finding>& problems);

// The severity for `key` ("check.number", "check.only-in.objective"), `fallback` when the rules
// do not say.
Severity severity_for(const Params& p, const std::string& key, Severity fallback);

// ---- values -------------------------------------------------------------------------------------

enum class ValueKind {
  date,
  time,
  case_number,
  identifier,  // ISBN, ISSN
  law,
  section,
  percent,
  money,
  number,
  acronym,
};

// "check.date", "check.number", ...
const char* value_code(ValueKind k);
// "date", "number", ... for messages.
const char* value_noun(ValueKind k);

struct Value {
  ValueKind kind = ValueKind::number;
  std::string key;      // normalised: "2025-05-28", "12:00", "611/2021", "12a", "12.5%", "5956"
  std::string written;  // as in the text: "28 maj 2025"
  std::size_t begin = 0, end = 0;  // bytes in the text
};

// Every value of a unit's text, in text order within each kind, in either language.
std::vector<Value> extract_values(const std::string& text, const Rules& rules,
                                  const Params& params);

// Numbers written as words in `text` ("fem", "viiden"), as normalised numbers.
std::vector<std::string> number_words(const std::string& text, const std::string& lang,
                                      const Params& params);

// ---- names --------------------------------------------------------------------------------------

// "Anna-Kaisa  Ikonen" -> "anna kaisa ikonen": lower case, hyphens and runs of space one space.
std::string fold_name(std::string_view name);

struct NameHit {
  std::string written;  // "Anna-Kaisa Ikosen"
  std::size_t begin = 0, end = 0;
};

// Where the person `folded` (fold_name of a full name) is named in `text`: all its words but the
// last as they are, the last with a Finnish case ending allowed ("Ikonen" / "Ikosen").
std::vector<NameHit> find_name(const std::string& text, const std::string& folded);

// The same for many names in one text: the text's words are read once.
class NameFinder {
 public:
  explicit NameFinder(const std::string& text);  // `text` must outlive the finder
  std::vector<NameHit> find(const std::string& folded) const;

 private:
  struct Word {
    std::size_t begin = 0, end = 0;         // in the text
    std::size_t lower = 0, lower_size = 0;  // the word in lower case, in lower_
    bool capital = false;  // written with a capital first: only such a word can begin a name
  };
  std::string_view lower(const Word& w) const {
    return std::string_view(lower_).substr(w.lower, w.lower_size);
  }
  const std::string& text_;
  std::string lower_;                    // every word, lowered, one after the other
  std::vector<std::vector<Word>> runs_;  // letter runs; a comma or full stop breaks a run
};

// Capitalised words joined by a hyphen ("Anna-Kaisa", "Jan-Erik") in `text`.
std::vector<NameHit> hyphenated_names(const std::string& text);

// ---- sentences ----------------------------------------------------------------------------------

// Sentences in `text`: a full stop, question or exclamation mark followed by a capital ends one,
// unless it ends an abbreviation of `lang` ("t.ex.", "kl.", "esim.").
std::size_t sentence_count(const std::string& text, const std::string& lang, const Rules& rules);

// ---- text ---------------------------------------------------------------------------------------

// The first `chars` characters of `text`, cut at a word boundary, with "…" when cut.
std::string excerpt(const std::string& text, std::size_t chars);

}  // namespace tolk::check
