// The values the check compares within aligned units (dates, times, case numbers, ISBN and ISSN,
// law and section references, percentages, money, numbers, acronyms), person names, and
// sentences.
//
// Values are taken out of the text in that order, each blanked out once found, so that the digits
// of a date are not counted again as numbers, nor the year of a law reference.
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <unordered_map>

#include "align/check_internal.h"
#include "core/unicode.h"
#include "parse/dates.h"

namespace tolk::check {

const char* value_code(ValueKind k) {
  switch (k) {
    case ValueKind::date:
      return "check.date";
    case ValueKind::time:
      return "check.time";
    case ValueKind::case_number:
      return "check.case-number";
    case ValueKind::identifier:
      return "check.identifier";
    case ValueKind::law:
      return "check.law";
    case ValueKind::section:
      return "check.section";
    case ValueKind::percent:
      return "check.percent";
    case ValueKind::money:
      return "check.money";
    case ValueKind::number:
      return "check.number";
    case ValueKind::acronym:
      return "check.acronym";
  }
  return "check.value";
}

const char* value_noun(ValueKind k) {
  switch (k) {
    case ValueKind::date:
      return "date";
    case ValueKind::time:
      return "time";
    case ValueKind::case_number:
      return "case number";
    case ValueKind::identifier:
      return "identifier";
    case ValueKind::law:
      return "law reference";
    case ValueKind::section:
      return "section reference";
    case ValueKind::percent:
      return "percentage";
    case ValueKind::money:
      return "amount";
    case ValueKind::number:
      return "number";
    case ValueKind::acronym:
      return "acronym";
  }
  return "value";
}

namespace {

using Piece = re2::StringPiece;

std::size_t offset_of(const std::string& text, const Piece& p) {
  return static_cast<std::size_t>(p.data() - text.data());
}

// Calls `fn` with the groups of every match of `re` in `text`; the search goes on from the end
// of group `resume` (so that a trailing delimiter is not used up and can begin the next match).
void for_each_match(const RE2& re, const std::string& text, int resume,
                    const std::function<void(const std::vector<Piece>&)>& fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<Piece> groups(static_cast<std::size_t>(n));
  const Piece all(text);
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(all, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
    fn(groups);
    const Piece& g = groups[static_cast<std::size_t>(resume)].data()
                         ? groups[static_cast<std::size_t>(resume)]
                         : groups[0];
    std::size_t next = offset_of(text, g) + g.size();
    if (next <= pos) next = pos + 1;
    pos = next;
  }
}

void blank(std::string& s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end && k < s.size(); ++k) s[k] = ' ';
}

std::string str(const Piece& p) {
  return std::string(p.data(), p.size());
}

// "5 956" -> "5956", "12,5" -> "12.5"; the digits with one '.' before each decimal part.
std::string normal_number(const Piece& whole, const Piece& decimals) {
  std::string out;
  for (char c : std::string_view(whole.data(), whole.size()))
    if (c >= '0' && c <= '9') out += c;
  while (out.size() > 1 && out[0] == '0') out.erase(0, 1);
  for (char c : std::string_view(decimals.data(), decimals.size()))
    out += (c == ',' || c == '.') ? '.' : c;
  return out;
}

// Alternation of `words`, longest first so that "kl." wins over "kl". The words of both
// languages: a text of one language now and then keeps a word of the other ("Aika:" over a
// Swedish protocol), and no unit word of one language is another word in the other.
std::string alternation(const std::vector<LangWord>& words) {
  std::vector<std::string> ws;
  ws.reserve(words.size());
  for (const LangWord& w : words) ws.push_back(w.word);
  std::sort(ws.begin(), ws.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  ws.erase(std::unique(ws.begin(), ws.end()), ws.end());
  std::string out;
  for (const std::string& w : ws) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out;
}

// A number: "5 956" with its thousands spaced, "12,5", a section number "2.1.1".
constexpr const char* kNumber = R"((\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+|\d+)((?:[.,]\d+)*))";

std::shared_ptr<const re2::RE2> compile(const std::string& pattern) {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  auto re = std::make_shared<const RE2>(pattern, o);
  return re->ok() ? re : nullptr;
}

}  // namespace

void prepare_params(Params& p, const Rules& rules) {
  p.number_word_index.clear();
  for (std::size_t k = 0; k < p.number_words.size(); ++k)
    p.number_word_index[p.number_words[k].word].push_back(k);
  // Both columns in both languages: a Swedish text may give the Finnish acronym in parentheses
  // ("FUUIK-verksamhet (TKKIO)").
  p.acronym_canonical.clear();
  auto learn = [&](const LexiconEntry& e) {
    if (!e.acronym) return;
    p.acronym_canonical[e.sv] = e.sv;
    p.acronym_canonical[e.fi] = e.sv;
  };
  for (const LexiconEntry& e : rules.lexicon) learn(e);
  for (const LexiconEntry& e : p.acronyms) learn(e);
  p.mixed_case_acronyms.clear();
  for (const auto& [form, canon] : p.acronym_canonical)
    if (form.size() >= 2 &&
        !std::all_of(form.begin(), form.end(), [](unsigned char c) { return std::isupper(c); }))
      p.mixed_case_acronyms.push_back(form);
  const std::string before = R"((?:^|[^\d.,\pL]))";
  const std::string after = R"((?:$|[^\pL]))";
  auto unit_re = [&](const std::vector<LangWord>& words) -> std::shared_ptr<const RE2> {
    const std::string alt = alternation(words);
    if (alt.empty()) return nullptr;
    return compile(before + kNumber + R"(\s?()" + alt + ")" + after);
  };
  p.percent_re = unit_re(p.percent_words);
  p.points_re = unit_re(p.points_words);
  std::vector<LangWord> scales;
  for (const Scale& s : p.scales) scales.push_back({s.lang, s.word});
  const std::string money = alternation(p.money_words);
  const std::string scale = alternation(scales);
  p.money_re = money.empty()
                   ? nullptr
                   : compile(before + kNumber + R"(\s?(?:()" + (scale.empty() ? "$^" : scale) +
                             R"()\s?)?()" + money + ")" + after);
  // Clock times: "kl. 12.00–14.57", "klo 9-12".
  const std::string time = alternation(p.time_words);
  p.time_re =
      time.empty()
          ? nullptr
          : compile(R"((?:^|[^\pL])(?:)" + time +
                    R"()\s*(\d{1,2})(?:[.:](\d{2}))?(?:\s*[–—-]\s*(\d{1,2})(?:[.:](\d{2}))?)?)");
}

namespace {

std::string hhmm(const Piece& h, const Piece& m) {
  char buf[8];
  const int hour = std::stoi(str(h));
  const int minute = m.data() ? std::stoi(str(m)) : 0;
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

bool valid_time(const Piece& h, const Piece& m) {
  const int hour = std::stoi(str(h));
  const int minute = m.data() ? std::stoi(str(m)) : 0;
  return hour <= 24 && minute < 60;
}

// A Roman numeral ("II", "IV") is a heading's number, not an acronym.
bool roman(const std::string& w) {
  return w.size() <= 4 && w.find_first_not_of("IVX") == std::string::npos;
}

}  // namespace

std::vector<Value> extract_values(const std::string& text, const Rules& rules,
                                  const Params& params) {
  std::vector<Value> out;
  std::string rest = text;  // found values blanked out, byte offsets unchanged
  auto add = [&](ValueKind kind, std::string key, std::size_t begin, std::size_t end) {
    out.push_back({kind, std::move(key), text.substr(begin, end - begin), begin, end});
  };

  for (const DateMatch& m : find_dates(text, rules)) {
    add(ValueKind::date, m.date.iso(), m.begin, m.end);
    blank(rest, m.begin, m.end);
  }

  // Every pattern from here to the acronyms needs an ASCII digit (RE2's \d), the case numbers and
  // law references a '/' too, a section a '§': most texts lack one of them, and are not searched
  // for what cannot be there.
  const bool digit = has_ascii_digit(rest);
  const bool slash = digit && rest.find('/') != std::string::npos;
  const bool section = digit && rest.find("§") != std::string::npos;

  if (digit && params.time_re) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for_each_match(*params.time_re, rest, 1, [&](const std::vector<Piece>& g) {
      for (std::size_t k : {1u, 3u}) {
        const Piece& h = g[k];
        const Piece& m = g[k + 1];
        if (!h.data() || !valid_time(h, m)) continue;
        const std::size_t b = offset_of(rest, h);
        const std::size_t e = m.data() ? offset_of(rest, m) + m.size() : b + h.size();
        add(ValueKind::time, hhmm(h, m), b, e);
        spans.push_back({b, e});
      }
    });
    for (auto [b, e] : spans) blank(rest, b, e);
  }

  // Case numbers (VN/29738/2024, and a truncated VN/29738/202 too) before law references.
  static const RE2 kCase(R"((?:^|[^\pL])(\p{Lu}{2,8})/(\d+)(?:/(\d+))?)");
  {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (slash)
      for_each_match(kCase, rest, 0, [&](const std::vector<Piece>& g) {
        const std::size_t b = offset_of(rest, g[1]);
        const Piece& last = g[3].data() ? g[3] : g[2];
        const std::size_t e = offset_of(rest, last) + last.size();
        add(ValueKind::case_number,
            str(g[1]) + "/" + str(g[2]) + (g[3].data() ? "/" + str(g[3]) : ""), b, e);
        spans.push_back({b, e});
      });
    for (auto [b, e] : spans) blank(rest, b, e);
  }

  static const RE2 kId(R"((ISBN|ISSN)[^\d]{0,16}(\d[\d\-]{6,20}[\dXx]))");
  {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (digit)
      for_each_match(kId, rest, 0, [&](const std::vector<Piece>& g) {
        std::string key = str(g[1]) + " ";
        for (char c : str(g[2]))
          if (c != '-') key += static_cast<char>(c == 'x' ? 'X' : c);
        const std::size_t b = offset_of(rest, g[2]);
        add(ValueKind::identifier, key, b, b + g[2].size());
        spans.push_back({offset_of(rest, g[1]), b + g[2].size()});
      });
    for (auto [b, e] : spans) blank(rest, b, e);
  }

  static const RE2 kLaw(R"((?:^|[^\d/.,])(\d{1,4})/(\d{4}))");
  {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (slash)
      for_each_match(kLaw, rest, 2, [&](const std::vector<Piece>& g) {
        const std::size_t b = offset_of(rest, g[1]);
        const std::size_t e = offset_of(rest, g[2]) + g[2].size();
        add(ValueKind::law, normal_number(g[1], {}) + "/" + str(g[2]), b, e);
        spans.push_back({b, e});
      });
    for (auto [b, e] : spans) blank(rest, b, e);
  }

  static const RE2 kSection(R"((?:^|[^\d.,])(\d{1,3})(?:\s?([a-z]))?\s*§)");
  {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (section)
      for_each_match(kSection, rest, 0, [&](const std::vector<Piece>& g) {
        const std::size_t b = offset_of(rest, g[1]);
        const std::size_t e = offset_of(rest, g[0]) + g[0].size();
        add(ValueKind::section, str(g[1]) + (g[2].data() ? " " + str(g[2]) : "") + " §", b, e);
        spans.push_back({b, e});
      });
    for (auto [b, e] : spans) blank(rest, b, e);
  }

  auto unit_values = [&](const RE2* re, ValueKind kind, const std::string& suffix, int unit_group) {
    if (!re || !digit) return;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for_each_match(*re, rest, unit_group, [&](const std::vector<Piece>& g) {
      std::string key = normal_number(g[1], g[2]);
      if (kind == ValueKind::money) {
        // "5,2 miljoner euro", "5,2 miljoonaa euroa" and "5 200 000 euroa" are all 5200000;
        // "5,50 euro" and "5,5 euroa" both 5.5.
        double factor = 1;
        const std::string word = g[3].data() ? to_lower(str(g[3])) : "";
        for (const Scale& s : params.scales)
          if (!word.empty() && s.word == word) factor = s.factor;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", std::strtod(key.c_str(), nullptr) * factor);
        key = buf;
        while (key.back() == '0') key.pop_back();
        if (key.back() == '.') key.pop_back();
      }
      const Piece& unit = g[static_cast<std::size_t>(unit_group)];
      const std::size_t b = offset_of(rest, g[1]);
      const std::size_t e = offset_of(rest, unit) + unit.size();
      add(kind, key + suffix, b, e);
      spans.push_back({b, e});
    });
    for (auto [b, e] : spans) blank(rest, b, e);
  };
  unit_values(params.points_re.get(), ValueKind::percent, " pp", 3);
  unit_values(params.percent_re.get(), ValueKind::percent, " %", 3);
  unit_values(params.money_re.get(), ValueKind::money, " €", 4);

  static const RE2 kPlainNumber(std::string(R"((?:^|[^\d.,\pL]))") + kNumber);
  if (digit)
    for_each_match(kPlainNumber, rest, 2, [&](const std::vector<Piece>& g) {
      const std::size_t b = offset_of(rest, g[1]);
      add(ValueKind::number, normal_number(g[1], g[2]), b, offset_of(rest, g[2]) + g[2].size());
    });

  // Acronyms: upper-case words ("THL", "IKT-lösningarna", "STM:n", Finnish "AVIn"), and the
  // lexicon's mixed-case ones ("Kela", "Kelan"), mapped to the Swedish form of their pair.
  // A heading in capitals ("MÅL FÖR VERKSAMHETEN") has no acronyms: every word would count.
  bool lower = false;
  for (std::size_t i = 0; i < text.size() && !lower;) lower = is_lower(next_char(text, i));
  if (!lower) return out;
  const auto& canonical = params.acronym_canonical;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    if (!is_letter(next_char(text, i))) continue;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t j = end;
      if (!is_letter(next_char(text, j))) break;
      end = j;
    }
    i = end;
    if (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) continue;
    const std::string word = text.substr(start, end - start);
    // The capitals at the word's start, and what follows them.
    std::size_t caps_end = 0, caps = 0;
    for (std::size_t k = 0; k < word.size();) {
      std::size_t j = k;
      if (!is_upper(next_char(word, j))) break;
      k = caps_end = j;
      ++caps;
    }
    const std::size_t tail = char_count(std::string_view(word).substr(caps_end));
    std::string acronym;
    if (caps >= 2 && caps <= 6 && tail <= 3) {
      acronym = word.substr(0, caps_end);
      if (tail > 0 && caps_end < word.size() && !is_lower(first_char(word.substr(caps_end))))
        acronym.clear();
    } else if (caps == 1) {
      // A mixed-case acronym of the lexicon with a case ending of at most three letters (the
      // last in the table's order, when several are).
      for (const std::string& form : params.mixed_case_acronyms)
        if (word.compare(0, form.size(), form) == 0 &&
            char_count(std::string_view(word).substr(form.size())) <= 3)
          acronym = form;
    }
    if (acronym.empty() || roman(acronym)) continue;
    auto it = canonical.find(acronym);
    add(ValueKind::acronym, it != canonical.end() ? it->second : acronym, start,
        start + acronym.size());
  }
  return out;
}

std::vector<std::string> number_words(const std::string& text, const std::string& lang,
                                      const Params& params) {
  std::vector<std::string> out;
  const std::string lower = to_lower(text);
  for (std::size_t i = 0; i < lower.size();) {
    const std::size_t start = i;
    if (!is_letter(next_char(lower, i))) continue;
    std::size_t end = i;
    while (end < lower.size()) {
      std::size_t j = end;
      if (!is_letter(next_char(lower, j))) break;
      end = j;
    }
    i = end;
    const std::string_view word(lower.data() + start, end - start);
    const auto it = params.number_word_index.find(word);
    if (it == params.number_word_index.end()) continue;
    for (std::size_t k : it->second) {
      const NumberWord& w = params.number_words[k];
      if (w.lang == lang || w.lang == "*") out.push_back(w.value);
    }
  }
  return out;
}

std::string fold_name(std::string_view name) {
  std::string lower = to_lower(name);
  for (char& c : lower)
    if (c == '-') c = ' ';
  return collapse_spaces(lower);
}

// Letter runs of `text`; a run of anything but hyphens and spaces between two words breaks a
// name (a comma, a full stop), recorded as a gap.
NameFinder::NameFinder(const std::string& text) : text_(text), runs_(1) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t c = next_char(text, i);
    if (!is_letter(c)) {
      if (c != '-' && !is_space(c) && !runs_.back().empty()) runs_.emplace_back();
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t j = end;
      if (!is_letter(next_char(text, j))) break;
      end = j;
    }
    i = end;
    const std::size_t at = lower_.size();
    append_lower(lower_, std::string_view(text).substr(start, end - start));
    runs_.back().push_back({start, end, at, lower_.size() - at, is_upper(c)});
  }
}

namespace {

std::vector<std::string> split_words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < folded.size()) {
    std::size_t sp = folded.find(' ', from);
    if (sp == std::string::npos) sp = folded.size();
    if (sp > from) out.push_back(folded.substr(from, sp - from));
    from = sp + 1;
  }
  return out;
}

// "ikonen" and "ikosen", "virtanen" and "virtaselle": a Finnish case form of a surname keeps
// all but its last three letters.
bool inflected_match(std::string_view name, std::string_view word) {
  if (name == word) return true;
  const std::size_t n = char_count(name), w = char_count(word);
  if (n < 4 || w + 3 < n || w > n + 6) return false;
  const std::size_t keep = std::max<std::size_t>(3, n - 3);
  std::size_t a = 0, b = 0;
  for (std::size_t k = 0; k < keep; ++k) {
    if (a >= name.size() || b >= word.size()) return false;
    if (next_char(name, a) != next_char(word, b)) return false;
  }
  return true;
}

}  // namespace

std::vector<NameHit> NameFinder::find(const std::string& folded) const {
  std::vector<NameHit> out;
  const std::vector<std::string> parts = split_words(folded);
  if (parts.empty()) return out;
  for (const auto& run : runs_) {
    for (std::size_t i = 0; i + parts.size() <= run.size(); ++i) {
      // A name is written with capitals: "Kaisa" the name, not a word that happens to match.
      bool ok = run[i].capital;
      for (std::size_t k = 0; k + 1 < parts.size() && ok; ++k) ok = lower(run[i + k]) == parts[k];
      ok = ok && inflected_match(parts.back(), lower(run[i + parts.size() - 1]));
      if (!ok) continue;
      const std::size_t b = run[i].begin, e = run[i + parts.size() - 1].end;
      out.push_back({text_.substr(b, e - b), b, e});
    }
  }
  return out;
}

std::vector<NameHit> find_name(const std::string& text, const std::string& folded) {
  return NameFinder(text).find(folded);
}

std::vector<NameHit> hyphenated_names(const std::string& text) {
  static const RE2 kHyphenated(R"((?:^|[^\pL\-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+)(?:$|[^\pL\-]))");
  std::vector<NameHit> out;
  if (text.find('-') == std::string::npos) return out;  // no hyphen, no hyphenated name
  for_each_match(kHyphenated, text, 1, [&](const std::vector<Piece>& g) {
    const std::size_t b = offset_of(text, g[1]);
    out.push_back({str(g[1]), b, b + g[1].size()});
  });
  return out;
}

std::size_t sentence_count(const std::string& text, const std::string& lang, const Rules& rules) {
  auto lr = rules.languages.find(lang);
  const WordSet* abbrev = lr != rules.languages.end() ? &lr->second.abbreviations : nullptr;
  std::size_t count = 0;
  bool open = false;  // letters since the last sentence end
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_char(text, i);
    if (is_space(c)) {
      word_start = i;
      continue;
    }
    if (is_letter(c)) open = true;
    if (c != '.' && c != '!' && c != '?') continue;
    // The end of a sentence: followed by white space and a capital (or the end of the text).
    std::size_t j = i;
    while (j < text.size() && text[j] == ' ') ++j;
    const bool at_end = j >= text.size();
    if (!at_end && (j == i || !is_upper(first_char(std::string_view(text).substr(j))))) continue;
    if (c == '.') {
      std::string word = to_lower(std::string_view(text).substr(word_start, i - word_start));
      // "(nk." is the abbreviation "nk.".
      while (!word.empty() && (word[0] == '(' || word[0] == '[' || word[0] == '"'))
        word.erase(0, 1);
      if (abbrev && abbrev->count(word)) continue;
      if (rules.all.abbreviations.count(word)) continue;
      if (char_count(word) <= 2 && !at_end) continue;  // "a.", "3.": an initial or a number
    }
    if (open) ++count;
    open = false;
  }
  if (open) ++count;
  return count;
}

std::string excerpt(const std::string& text, std::size_t chars) {
  if (char_count(text) <= chars) return text;
  std::size_t i = 0, last_space = 0;
  for (std::size_t k = 0; k < chars && i < text.size(); ++k) {
    const std::size_t at = i;
    if (is_space(next_char(text, i))) last_space = at;
  }
  const std::size_t cut = last_space > 0 ? last_space : i;
  return std::string(trim_end(std::string_view(text).substr(0, cut))) + " …";
}

}  // namespace tolk::check
