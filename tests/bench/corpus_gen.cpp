#include "corpus_gen.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "corpus_gen_text.h"

namespace tolk::bench {

namespace {

namespace t = text;
using t::Parallel;

// ---- Randomness ---------------------------------------------------------------------------------

// splitmix64: independent, well-mixed seeds for the streams of one document.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t derive(std::uint64_t seed, std::uint64_t stream) {
  return mix(seed ^ mix(stream));
}

// The content of a document (what it says) is drawn from one stream and its layout (how the
// extraction wrapped it) from another per language, so that the Swedish and the Finnish version
// of one seed say the same thing.
constexpr std::uint64_t kContentStream = 1;
std::uint64_t layout_stream(const std::string& lang) {
  return lang == "fi" ? 3 : 2;
}

// std::uniform_int_distribution and friends are implementation-defined; these are not.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n), n > 0, by rejection of the incomplete last block.
  std::uint64_t below(std::uint64_t n) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t rem = (kMax % n + 1) % n;  // 2^64 mod n
    std::uint64_t x = engine_();
    if (rem != 0)
      while (x >= 0 - rem) x = engine_();
    return x % n;
  }
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }
  bool percent(int p) { return below(100) < static_cast<std::uint64_t>(p); }
  template <class Items>
  const auto& pick(const Items& items) {
    return items[below(std::size(items))];
  }
  // Fisher–Yates; std::shuffle's use of the engine is unspecified.
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

// ---- Dates --------------------------------------------------------------------------------------

struct Date {
  int y = 2025, m = 1, d = 1;
};

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms).
std::int64_t days_from_civil(Date dt) {
  const std::int64_t y = dt.y - (dt.m <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (dt.m + (dt.m > 2 ? -3 : 9)) + 2) / 5 + dt.d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

Date add_days(Date dt, std::int64_t n) {
  return civil_from_days(days_from_civil(dt) + n);
}

// Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
int weekday(Date dt) {
  return static_cast<int>(((days_from_civil(dt) % 7) + 10) % 7);
}

Date next_working_day(Date dt) {
  do dt = add_days(dt, 1);
  while (weekday(dt) >= 5);
  return dt;
}

// A working day of `year`, uniformly.
Date working_day(Rng& rng, int year) {
  for (;;) {
    const Date dt = add_days({year, 1, 1}, static_cast<std::int64_t>(rng.below(365)));
    if (dt.y == year && weekday(dt) < 5) return dt;
  }
}

std::string two(int n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}
std::string iso(Date dt) {
  return std::to_string(dt.y) + "-" + two(dt.m) + "-" + two(dt.d);
}
std::string numeric(Date dt) {
  return std::to_string(dt.d) + "." + std::to_string(dt.m) + "." + std::to_string(dt.y);
}
// "28 maj 2025" / "28 päivänä toukokuuta 2025".
std::string long_date(Date dt, const std::string& lang) {
  const Parallel& month = t::kMonths[dt.m - 1];
  return std::to_string(dt.d) +
         (lang == "fi" ? " päivänä " + std::string(month.fi) + " "
                       : " " + std::string(month.sv) + " ") +
         std::to_string(dt.y);
}
// A time of day in minutes as printed: "12.00".
std::string clock(int minutes) {
  return std::to_string(minutes / 60) + "." + two(minutes % 60);
}
std::string clock_iso(int minutes) {
  return two(minutes / 60) + ":" + two(minutes % 60);
}

// ---- Text ---------------------------------------------------------------------------------------

std::string_view in(const Parallel& p, const std::string& lang) {
  return lang == "fi" ? p.fi : p.sv;
}

// Placeholders "{NAME}" of a template and their values.
using Vars = std::vector<std::pair<std::string, std::string>>;

std::string fill(std::string_view tmpl, const Vars& vars) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (std::size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      const std::size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view key = tmpl.substr(i + 1, close - i - 1);
        auto v =
            std::find_if(vars.begin(), vars.end(), [&](const auto& kv) { return kv.first == key; });
        if (v != vars.end()) {
          out += v->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const std::size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

// UTF-8, as far as the generator needs it: the texts are Swedish and Finnish.
std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::vector<std::string_view> code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

bool is_vowel(std::string_view c) {
  static constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "y", "å", "ä", "ö", "é"};
  return std::find(std::begin(kVowels), std::end(kVowels), c) != std::end(kVowels);
}
bool is_lower_letter(std::string_view c) {
  return (c.size() == 1 && c[0] >= 'a' && c[0] <= 'z') || c == "å" || c == "ä" || c == "ö" ||
         c == "é" || c == "ü";
}
bool is_upper_letter(std::string_view c) {
  return (c.size() == 1 && c[0] >= 'A' && c[0] <= 'Z') || c == "Å" || c == "Ä" || c == "Ö";
}
bool starts_lower(std::string_view s) {
  return !s.empty() && is_lower_letter(code_points(s.substr(0, 4)).front());
}
bool starts_upper(std::string_view s) {
  return !s.empty() && is_upper_letter(code_points(s.substr(0, 4)).front());
}
bool ends_sentence(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '?' || s.back() == '!');
}
bool ends_clause(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return ends_sentence(s) || (!s.empty() && s.back() == ':');
}

// Words after which a line-end hyphen is read as a suspended compound's ("social- och"): a word
// split so that its second part is one of these would keep its hyphen when read back.
bool is_suspension_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "och", "eller",  "samt", "respektive", "liksom", "till", "än",   "utan", "ja", "tai", "sekä",
      "eli", "taikka", "tahi", "ynnä",       "kuin",   "eikä", "että", "and",  "or", "to",  "nor"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Where a typesetter may hyphenate `word` at a line end: byte offsets into it, each with whether
// a hyphen is added there (a soft break) or the word already has one (HUS-|sammanslutningen). A
// soft break goes before a consonant followed by a vowel, as the corpus's hyphenator does
// ("tillhan-dahålla", "beredska-pen"), with three letters at least on either side; never in a
// number or an acronym, and never so that the part after it is a word that would make the reader
// keep the hyphen ("gemen-samt"). A word with a hyphen of its own breaks only there, and only
// where the reader keeps the hyphen.
struct Break {
  std::size_t at;
  bool soft;
};

std::vector<Break> break_points(std::string_view word) {
  std::vector<Break> out;
  std::size_t lead = 0;
  while (lead < word.size() && word[lead] == '(') ++lead;
  std::size_t end = word.size();
  while (end > lead && std::string_view(".,;:)").find(word[end - 1]) != std::string_view::npos)
    --end;
  const std::string_view core = word.substr(lead, end - lead);
  const auto cps = code_points(core);
  if (cps.size() < 6) return out;
  const std::size_t hyphen = core.find('-');
  if (hyphen != std::string_view::npos) {
    // An existing hyphen may end a line where the reader keeps it: after an acronym or a single
    // letter (IKT-|lösningar, e-|tjänster), or between two equal vowels (tasa-|arvo).
    const std::string_view left = core.substr(0, hyphen), right = core.substr(hyphen + 1);
    if (left.empty() || right.empty() || right.find('-') != std::string_view::npos) return out;
    const auto l = code_points(left), r = code_points(right);
    const bool acronym =
        l.size() >= 2 && std::all_of(l.begin(), l.end(), [](auto c) { return is_upper_letter(c); });
    const bool same_vowel = is_vowel(l.back()) && l.back() == r.front();
    if ((acronym || l.size() == 1 || same_vowel) && starts_lower(right))
      out.push_back({lead + hyphen + 1, false});
    return out;
  }
  if (!is_upper_letter(cps[0]) && !is_lower_letter(cps[0])) return out;
  if (!std::all_of(cps.begin() + 1, cps.end(), [](auto c) { return is_lower_letter(c); }))
    return out;
  std::size_t offset = cps[0].size() + cps[1].size() + cps[2].size();
  for (std::size_t k = 3; k + 3 <= cps.size(); offset += cps[k].size(), ++k) {
    if (is_vowel(cps[k]) || !is_vowel(cps[k + 1])) continue;
    std::string rest;
    for (std::size_t r = k; r < cps.size(); ++r) rest += cps[r];
    if (is_suspension_word(rest)) continue;
    out.push_back({lead + offset, true});
  }
  return out;
}

struct Wrap {
  int width = 90;  // columns
  int jitter = 0;  // a line's width varies by up to this much: a proportional font
  bool hyphenate = false;
};

// Greedy line filling. "~" in the text is a space no line may break at.
std::vector<std::string> wrap(std::string_view text, const Wrap& w, Rng& rng) {
  std::vector<std::string> lines;
  std::string line;
  int width = 0;
  auto new_width = [&] { width = w.width + (w.jitter ? rng.between(-w.jitter, w.jitter) : 0); };
  auto flush = [&] {
    std::replace(line.begin(), line.end(), '~', ' ');
    lines.push_back(std::move(line));
    line.clear();
    new_width();
  };
  new_width();
  for (std::string_view word : split(text, ' ')) {
    if (word.empty()) continue;
    if (line.empty()) {
      line = word;
      continue;
    }
    const std::size_t used = columns(line) + 1;
    if (used + columns(word) <= static_cast<std::size_t>(width)) {
      line += ' ';
      line += word;
      continue;
    }
    if (w.hyphenate && used + 4 <= static_cast<std::size_t>(width) && rng.percent(90)) {
      const Break* best = nullptr;
      const auto breaks = break_points(word);
      for (const Break& b : breaks)
        if (used + columns(word.substr(0, b.at)) + (b.soft ? 1 : 0) <=
            static_cast<std::size_t>(width))
          best = &b;
      if (best) {
        line += ' ';
        line += word.substr(0, best->at);
        if (best->soft) line += '-';
        flush();
        line = word.substr(best->at);
        continue;
      }
    }
    flush();
    line = word;
  }
  if (!line.empty()) flush();
  return lines;
}

// Wraps `text` at `width` columns only before a word in lower case, and not in its first `keep`
// bytes: a title or a table cell whose continuation began with a capital would read as a line of
// its own. A line with no such place stays long.
std::vector<std::string> wrap_lower(std::string text, std::size_t width, std::size_t keep = 0) {
  std::vector<std::string> lines;
  while (columns(text) > width) {
    std::size_t cut = std::string::npos;
    for (std::size_t sp = text.find(' ', keep); sp != std::string::npos;
         sp = text.find(' ', sp + 1)) {
      if (columns(std::string_view(text).substr(0, sp)) > width) break;
      if (text[sp - 1] != ' ' && starts_lower(std::string_view(text).substr(sp + 1))) cut = sp;
    }
    if (cut == std::string::npos) break;
    lines.push_back(text.substr(0, cut));
    text = text.substr(cut + 1);
    keep = 0;
  }
  lines.push_back(std::move(text));
  return lines;
}

// ---- Pages --------------------------------------------------------------------------------------

// What a line is to the reader, which decides where a page may break before it.
enum class LineKind {
  body,      // running text after the first line of its paragraph
  first,     // the first line of a paragraph
  numbered,  // the first line of a numbered heading or item: a block of its own whatever precedes
  row,       // a table row: the same
  heading,   // a short line that must stay on the page of what follows it
};

struct PageStyle {
  int page_lines = 52;  // source lines a page holds, blank lines included
  bool double_spaced = false;
  std::string header;      // page header lines ('\n'-separated), dropped in at the first break
  bool lead_space = true;  // the first line begins page 1, with a space
};

// Lines onto pages, with the debris a PDF extraction leaves at a page break: the blank lines
// before the break are lost and the first line of the new page begins with a space. Every text
// line ends with a space, except after a line-end hyphen.
class Pages {
 public:
  explicit Pages(PageStyle style) : style_(std::move(style)) {}

  // A paragraph, after `gap` blank lines more than the usual separation (a double-spaced text
  // separates paragraphs by its one blank line only).
  void paragraph(const std::vector<std::string>& lines, LineKind first, int gap = 0) {
    blanks_ = std::max(blanks_, gap);
    const int needed = spaced(blanks_ + static_cast<int>(lines.size()) + 3);
    if (first == LineKind::heading && lines_on_page_ + needed > style_.page_lines)
      force_break_ = true;
    for (std::size_t i = 0; i < lines.size(); ++i) put(lines[i], i == 0 ? first : LineKind::body);
  }
  void line(const std::string& text, LineKind kind, int gap = 0) { paragraph({text}, kind, gap); }

  std::string take() {
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  int spaced(int n) const { return style_.double_spaced ? 2 * n : n; }

  // A break before `line` must read back as the PDF had it: a paragraph the break splits must not
  // seem to end there, and one that ends there must seem to.
  bool safe_break(std::string_view line, LineKind kind) const {
    if (kind == LineKind::numbered || kind == LineKind::row) return true;
    const bool ended = ends_sentence(last_);
    const bool capital = starts_upper(line) || (!line.empty() && line[0] >= '0' && line[0] <= '9');
    if (kind == LineKind::body) return !(ended && capital);
    return ended && last_kind_ != LineKind::heading;
  }

  void put(const std::string& text, LineKind kind) {
    int gap = kind == LineKind::body ? 0 : blanks_;
    blanks_ = 0;
    // Single-spaced, a blank line separates paragraphs. Double-spaced, the reader tells a
    // paragraph's end by its last line (a full stop, a short line), so one that ends otherwise
    // ("… (Källa: SK)") is followed by a wider gap, as Word's paragraph spacing leaves it.
    if (!style_.double_spaced && kind != LineKind::body && kind != LineKind::row)
      gap = std::max(gap, 1);
    if (style_.double_spaced && kind == LineKind::first && !ends_clause(last_))
      gap = std::max(gap, 1);
    const bool full = lines_on_page_ + spaced(1 + gap) > style_.page_lines;
    if (!out_.empty() && (force_break_ || (full && safe_break(text, kind)))) {
      force_break_ = false;
      out_ += '\n';
      if (!header_done_ && !style_.header.empty()) {
        header_done_ = true;
        for (std::string_view h : split(style_.header, '\n')) {
          if (style_.double_spaced) out_ += '\n';
          out_ += std::string(h) + " \n";
        }
      }
      out_ += ' ';
      lines_on_page_ = 0;
    } else if (out_.empty()) {
      if (style_.lead_space) out_ += ' ';
    } else {
      out_ += style_.double_spaced ? "\n\n" : "\n";
      for (int i = 0; i < gap; ++i) out_ += style_.double_spaced ? " \n\n" : "\n";
      lines_on_page_ += spaced(gap);
    }
    out_ += text;
    if (text.empty() || text.back() != '-') out_ += ' ';
    lines_on_page_ += spaced(1);
    last_ = text;
    last_kind_ = kind;
  }

  PageStyle style_;
  std::string out_;
  std::string last_;
  LineKind last_kind_ = LineKind::body;
  int lines_on_page_ = 0;
  int blanks_ = 0;
  bool force_break_ = false;
  bool header_done_ = false;
};

// ---- People -------------------------------------------------------------------------------------

// Made-up people, no two alike in one document.
class People {
 public:
  std::string next(Rng& rng) {
    for (;;) {
      // One draw a statement: the order of the operands of + is unspecified.
      std::string name(rng.pick(t::kGivenNames));
      name += " ";
      name += rng.pick(t::kSurnames);
      if (used_.insert(name).second) return name;
    }
  }

 private:
  std::set<std::string> used_;
};

// Indices 0..n-1 in random order, dealt again in a new order when used up: no repetition until
// every item has been used.
class Deck {
 public:
  Deck(std::size_t n, Rng& rng) : n_(n), rng_(rng) {}
  std::size_t draw() {
    if (next_ == order_.size()) {
      order_.resize(n_);
      for (std::size_t i = 0; i < n_; ++i) order_[i] = i;
      rng_.shuffle(order_);
      next_ = 0;
    }
    return order_[next_++];
  }

 private:
  std::size_t n_;
  Rng& rng_;
  std::vector<std::size_t> order_;
  std::size_t next_ = 0;
};

// Splits `total` into `parts` counts of at least one each.
std::vector<int> spread(int total, int parts, Rng& rng) {
  std::vector<int> out(static_cast<std::size_t>(parts), 1);
  for (int i = parts; i < total; ++i) ++out[rng.below(static_cast<std::uint64_t>(parts))];
  return out;
}

// ---- Decision -----------------------------------------------------------------------------------

struct DecisionPlan {
  struct Objective {
    std::size_t statement = 0;
    std::vector<std::size_t> paragraphs;
    std::map<std::size_t, std::size_t> subheadings;  // paragraph index -> sub-heading before it
  };
  std::vector<Objective> objectives;
  std::size_t second_group = 0;  // the first objective of the second group
  int number = 1;
  Date signed_on, published, in_force;
  std::size_t minister = 0, countersigner = 0;
  std::string minister_name, countersigner_name;
  bool finnish_masthead = true;  // the corpus's Finnish version has none
};

DecisionPlan plan_decision(std::uint64_t seed, int objectives, int paragraphs, Date signed_on,
                           int number) {
  Rng rng(derive(seed, kContentStream));
  DecisionPlan p;
  objectives = std::clamp(objectives, 1, 99);
  if (paragraphs <= 0) paragraphs = objectives * rng.between(3, 7);
  paragraphs = std::max(paragraphs, objectives);
  Deck statements(std::size(t::kObjectiveStatements), rng);
  Deck bodies(std::size(t::kObjectiveParagraphs), rng);
  Deck subheadings(std::size(t::kObjectiveSubheadings), rng);
  for (int count : spread(paragraphs, objectives, rng)) {
    DecisionPlan::Objective o;
    o.statement = statements.draw();
    for (int k = 0; k < count; ++k) o.paragraphs.push_back(bodies.draw());
    if (count >= 3 && rng.percent(20)) {
      const auto at = static_cast<std::size_t>(rng.between(2, count - 1));
      o.subheadings[0] = subheadings.draw();
      o.subheadings[at] = subheadings.draw();
    }
    p.objectives.push_back(std::move(o));
  }
  p.second_group =
      objectives < 2 ? 1
                     : static_cast<std::size_t>(rng.between((objectives + 1) / 2, objectives - 1));
  p.signed_on = signed_on;
  p.number = number;
  p.published = add_days(signed_on, rng.between(1, 5));
  p.in_force = add_days(Date{p.published.y, p.published.m, 1}, 40);
  p.in_force.d = 1;
  p.minister = rng.below(std::size(t::kMinisters));
  p.countersigner = rng.below(std::size(t::kCountersigners));
  People people;
  p.minister_name = people.next(rng);
  p.countersigner_name = people.next(rng);
  p.finnish_masthead = rng.percent(85);
  return p;
}

std::string render_decision(const DecisionPlan& p, std::uint64_t seed, const std::string& lang) {
  Rng rng(derive(seed, layout_stream(lang)));
  const bool fi = lang == "fi";
  Wrap wrap_style{rng.between(84, 94), 2, true};
  Pages pages(PageStyle{rng.between(48, 54), false, ""});
  auto para = [&](std::string_view text, LineKind kind) {
    pages.paragraph(wrap(text, wrap_style, rng), kind);
  };
  const Vars years{{"Y", std::to_string(p.signed_on.y)}, {"Y3", std::to_string(p.signed_on.y + 4)}};

  if (!fi || p.finnish_masthead) {
    pages.line(fill(in(t::kMasthead, lang), {{"D", long_date(p.published, lang)}}),
               LineKind::first);
    pages.line(std::to_string(p.number) + "/" + std::to_string(p.signed_on.y), LineKind::first);
    pages.paragraph(
        {std::string(in(t::kDecisionType, lang)), fill(in(t::kDecisionTitle, lang), years)},
        LineKind::heading);
  }
  para(in(t::kLegalBasis, lang), LineKind::first);
  para(in(t::kDecisionIntro, lang), LineKind::first);
  for (std::size_t i = 0; i < p.objectives.size(); ++i) {
    if (i == 0 || i == p.second_group)
      pages.line(std::string(in(t::kObjectiveGroups[i == 0 ? 0 : 1], lang)), LineKind::heading);
    const auto& o = p.objectives[i];
    para(std::to_string(i + 1) + ") " + std::string(in(t::kObjectiveStatements[o.statement], lang)),
         LineKind::numbered);
    for (std::size_t k = 0; k < o.paragraphs.size(); ++k) {
      if (auto h = o.subheadings.find(k); h != o.subheadings.end())
        pages.line(std::string(in(t::kObjectiveSubheadings[h->second], lang)), LineKind::heading);
      para(in(t::kObjectiveParagraphs[o.paragraphs[k]], lang), LineKind::first);
    }
  }
  pages.paragraph({std::string(t::kEndRule),
                   fill(in(t::kEntryIntoForce, lang), {{"D", long_date(p.in_force, lang)}})},
                  LineKind::first);
  pages.line(fill(in(t::kPlaceDate, lang),
                  {{"D", fi ? numeric(p.signed_on) : long_date(p.signed_on, lang)}}),
             LineKind::first);
  pages.line(std::string(in(t::kMinisters[p.minister], lang)) + " " + p.minister_name,
             LineKind::first);
  pages.line(
      std::string(in(t::kCountersigners[p.countersigner], lang)) + " " + p.countersigner_name,
      LineKind::first);
  return pages.take();
}

// ---- Publication --------------------------------------------------------------------------------

struct PublicationPlan {
  struct Objective {
    std::size_t bank = 0;  // index into kPublicationObjectives
    std::vector<std::size_t> background;
    int style = 0;  // how the conversion left its indicators (render_indicators)
  };
  std::vector<Objective> objectives;
  int year = 2024, number = 6;
  Date date;
  std::string signer;
};

PublicationPlan plan_publication(std::uint64_t seed, int objectives, int paragraphs, int year,
                                 int number) {
  Rng rng(derive(seed, kContentStream));
  PublicationPlan p;
  objectives = std::clamp(objectives, 1, 20);
  if (paragraphs <= 0) paragraphs = objectives * rng.between(2, 5);
  paragraphs = std::max(paragraphs, objectives);
  Deck banks(std::size(t::kPublicationObjectives), rng);
  for (int count : spread(paragraphs, objectives, rng)) {
    PublicationPlan::Objective o;
    o.bank = banks.draw();
    std::vector<std::size_t> own, other;
    for (std::size_t i = 0; i < std::size(t::kPublicationBackground); ++i)
      (static_cast<std::size_t>(t::kPublicationBackground[i].objective) == o.bank ? own : other)
          .push_back(i);
    rng.shuffle(own);
    rng.shuffle(other);
    own.insert(own.end(), other.begin(), other.end());
    for (int k = 0; k < count; ++k)
      o.background.push_back(own[static_cast<std::size_t>(k) % own.size()]);
    o.style = rng.between(0, 4);
    p.objectives.push_back(std::move(o));
  }
  p.year = year;
  p.number = number;
  p.date = working_day(rng, year);
  People people;
  p.signer = people.next(rng);
  return p;
}

// ISBN-13 of the ministry's range 978-952-00-, with its check digit.
std::string isbn(int year, int number) {
  const std::string body = "97895200" + std::to_string(1000 + (year * 37 + number * 11) % 9000);
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) sum += (body[i] - '0') * (i % 2 ? 3 : 1);
  return "978-952-00-" + body.substr(8) + "-" + std::to_string((10 - sum % 10) % 10);
}

// The indicators of one objective, in one of the shapes the PDF conversion left them in: plain
// paragraphs, "-" bullets, check boxes run together ("[☒](#) a [☒](#) b"), an HTML table of check
// boxes, or group labels (bold or as headings) over plain paragraphs.
std::string render_indicators(std::size_t bank, int style, Rng& rng) {
  std::vector<const t::PublicationText*> items;
  for (const auto& i : t::kPublicationIndicators)
    if (static_cast<std::size_t>(i.objective) == bank) items.push_back(&i);
  const bool groups =
      std::any_of(items.begin(), items.end(), [](auto i) { return !i->group.empty(); });
  const std::string box = rng.percent(80) ? "[☒](#)" : "[☞](#)";
  std::string out = "Målet följs upp med hjälp av följande mätare:";
  for (const auto& s : t::kPublicationIndicatorSources)
    if (static_cast<std::size_t>(s.objective) == bank) out += "\n\n" + std::string(s.text);
  if (style == 4 && groups) {
    std::string_view group;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (items[k]->group != group) {
        group = items[k]->group;
        out += k == 0 ? "\n\n**" + std::string(group) + "**  "
                      : "\n\n## " + std::string(group) + "\n\n";
      } else {
        out += "\n\n";
      }
      out += items[k]->text;
    }
    return out;
  }
  switch (style) {
    case 1:
      out += "\n\n";
      for (std::size_t k = 0; k < items.size(); ++k)
        out += (k ? "\n-  " : "-  ") + std::string(items[k]->text);
      break;
    case 2:
      out += rng.percent(50) ? " " : "\n\n";
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) out += rng.percent(60) ? "\n\n" : " ";
        out += box + " " + std::string(items[k]->text);
      }
      break;
    case 3:
      out += "\n\n";
      for (std::size_t k = 0; k < items.size(); ++k)
        out += std::string(k == 0  ? ""
                           : k % 2 ? "\t"
                                   : "\n") +
               "<a href=\"#\">☒</a>\t" + std::string(items[k]->text);
      break;
    default:
      for (const auto* i : items) out += "\n\n" + std::string(i->text);
  }
  return out;
}

std::string render_publication(const PublicationPlan& p, std::uint64_t seed) {
  Rng rng(derive(seed, layout_stream("sv")));
  const std::size_t n = p.objectives.size();
  const int pages = 10 + static_cast<int>(2 * n);
  const Vars vars{
      {"NUM", std::to_string(p.year) + ":" + std::to_string(p.number)},
      {"YEAR", std::to_string(p.year)},
      {"DATE", numeric(p.date)},
      {"DATE_EN", std::to_string(p.date.d) + " " + std::string(t::kMonthsEn[p.date.m - 1]) + " " +
                      std::to_string(p.date.y)},
      {"ISBN", isbn(p.year, p.number)},
      {"PAGES", std::to_string(pages)},
      {"COUNT", std::string(t::kNumberWords[n])},
      {"COUNT_FI", std::string(t::kNumberWordsFi[n])},
      {"COUNT_EN", std::string(t::kNumberWordsEn[n])},
      {"NAME", p.signer},
      {"SIGNED", [&] {
         const Date before = add_days(p.date, -40);
         std::string month(t::kMonths[before.m - 1].sv);
         month[0] = static_cast<char>(month[0] - 'a' + 'A');
         return month + " " + std::to_string(before.y);
       }()}};
  std::string out = fill(t::kPublicationFront, vars);

  // The contents, with dot leaders and page numbers.
  const std::string dots = rng.percent(50) ? " ....." : ".....";
  auto entry = [&](const std::string& title, int page, bool bold) {
    out += (bold ? "<b>" + title + "</b>" : title) + dots + "\t" + std::to_string(page) + "\n";
  };
  out += '\n';
  entry("Till läsaren", 7, true);
  entry("1 Bakgrund", 8, true);
  entry("2 De riksomfattande målen för ordnandet av social- och hälsovården", 11, true);
  int page = 11;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string num = "2." + std::to_string(i + 1);
    entry(num + " " + std::string(t::kPublicationObjectives[p.objectives[i].bank]), page, false);
    entry(num + ".1 Målets bakgrund och syfte", page, false);
    page += rng.between(0, 1);
    entry(num + ".2 Målets mätare", page, false);
    page += 1;
  }
  out += fill(t::kPublicationPreface, vars);

  static constexpr std::string_view kLevels[] = {"## ", "### ", "#### ", "##### "};
  for (std::size_t i = 0; i < n; ++i) {
    const auto& o = p.objectives[i];
    const std::string num = "2." + std::to_string(i + 1);
    const std::string_view heading = t::kPublicationObjectives[o.bank];
    out += "\n\n" + std::string(kLevels[rng.between(0, 2)]) + num + " ";
    // A long heading the conversion split over two heading lines, the second in lower case.
    const std::size_t cut = heading.size() > 90 ? heading.find(' ', 70) : std::string_view::npos;
    if (cut != std::string_view::npos && starts_lower(heading.substr(cut + 1)))
      out += std::string(heading.substr(0, cut)) + "\n\n" +
             std::string(kLevels[rng.between(1, 3)]) + std::string(heading.substr(cut + 1));
    else
      out += heading;
    out += "\n\n" + std::string(kLevels[rng.between(1, 3)]) + num + ".1 Målets bakgrund och syfte";
    for (std::size_t bg : o.background) {
      const std::string_view text = t::kPublicationBackground[bg].text;
      out += rng.percent(15) ? "\n\n \n" : "\n\n";
      // A page break inside the paragraph: the rest of it after a space-only line.
      const std::size_t mid = text.find(' ', text.size() / 2);
      if (rng.percent(10) && mid != std::string_view::npos && starts_lower(text.substr(mid + 1)) &&
          !ends_sentence(text.substr(0, mid)))
        out += std::string(text.substr(0, mid)) + "\n\n \n" + std::string(text.substr(mid + 1));
      else
        out += text;
      if (text.back() == ':') {
        out += "\n\n-  ";
        for (std::size_t b = 0; b < std::size(t::kPublicationBullets); ++b)
          out += std::string(b == 0   ? ""
                             : b == 3 ? "\n-  "
                                      : "  ") +
                 std::string(t::kPublicationBullets[b]);
      }
    }
    out += "\n\n" + std::string(kLevels[rng.between(0, 2)]) + num + ".2 Målets mätare\n\n";
    out += render_indicators(o.bank, o.style, rng);
  }
  out += "\n\n" + fill(t::kPublicationBack, vars) + "\n";
  return out;
}

// ---- Protocol -----------------------------------------------------------------------------------

struct Meeting {
  std::size_t county = 0;
  Date date;
  int start = 12 * 60, end = 15 * 60;  // minutes after midnight
};

enum Group { kAreaOnSite, kAreaRemote, kPresidium, kMinistries, kGovernment, kGroups };

struct ProtocolPlan {
  struct Attendee {
    std::string name;
    Group group = kAreaOnSite;
    const Parallel* title = nullptr;
    int from = -1, to = -1;  // a presence interval, when not there all the time
  };
  struct Item {
    std::size_t sub = 0;                  // index into kSubItems
    std::vector<std::size_t> paragraphs;  // indices into kItemParagraphs
    std::size_t decision = 0;             // index into kItemDecisions
  };
  Meeting meeting;
  std::size_t place = 0;
  Date protocol_date;
  std::string case_number;
  std::vector<Attendee> attendees;  // in group order; the first of each group as printed first
  std::vector<Item> items;
  std::size_t new_intro = 0;
  std::vector<std::size_t> recommendations;
  int earlier = 5;
  bool other_matters = false;
  bool double_spaced = true;
  int n1 = 5, n2 = 100;
};

// A meeting; one of the 2020 practice round is with a wellbeing services county (not Helsinki or
// HUS), in November or December 2020, from one whole hour to another.
Meeting draw_meeting(Rng& rng, bool old_style = false) {
  Meeting m;
  if (old_style) {
    do m.county = rng.below(std::size(t::kCounties));
    while (!t::kCounties[m.county].name.fi.ends_with("hyvinvointialue"));
    m.date = add_days(Date{2020, 11, 2}, rng.between(0, 50));
    while (weekday(m.date) >= 5) m.date = add_days(m.date, 1);
    m.start = 60 * rng.between(8, 13);
    m.end = m.start + 60 * rng.between(2, 4);
    return m;
  }
  m.county = rng.below(std::size(t::kCounties));
  m.date = working_day(rng, rng.between(2021, 2026));
  m.start = 8 * 60 + 15 * rng.between(0, 20);
  m.end = m.start + rng.between(120, 220);
  return m;
}

ProtocolPlan plan_protocol(std::uint64_t seed, const ProtocolShape& shape, const Meeting* meeting) {
  Rng rng(derive(seed, kContentStream));
  ProtocolPlan p;
  const Meeting drawn = draw_meeting(rng);
  p.meeting = meeting ? *meeting : drawn;
  p.place = rng.below(std::size(t::kPlaces));
  p.protocol_date = add_days(p.meeting.date, rng.between(20, 70));
  p.case_number =
      "VN/" + std::to_string(rng.between(1000, 39999)) + "/" + std::to_string(p.meeting.date.y);
  if (rng.percent(3)) p.case_number.pop_back();  // a flaw of the corpus: "VN/29738/202"

  // Attendees: the presidium, the county's director, THL's evaluator and the agency's inspector
  // always; the rest spread over the groups.
  People people;
  auto add = [&](Group g, const Parallel* title) {
    p.attendees.push_back({people.next(rng), g, title});
  };
  const int total = std::max(shape.attendees, 6);
  std::vector<int> count(kGroups, 0);
  count[kAreaOnSite] = 1;
  count[kPresidium] = 3;
  count[kMinistries] = 2;
  for (int i = 6; i < total; ++i) {
    const auto r = rng.below(100);
    ++count[r < 40 ? kAreaOnSite : r < 55 ? kAreaRemote : r < 80 ? kMinistries : kGovernment];
  }
  for (int g = 0; g < kGroups; ++g) {
    for (int k = 0; k < count[g]; ++k) {
      const Parallel* title = nullptr;
      switch (g) {
        case kAreaOnSite:
          title = k == 0 ? &t::kAreaTitles[0]
                         : &t::kAreaTitles[1 + rng.below(std::size(t::kAreaTitles) - 1)];
          break;
        case kAreaRemote:
          title = &t::kAreaTitles[1 + rng.below(std::size(t::kAreaTitles) - 1)];
          break;
        case kPresidium:
          title = &t::kPresidium[k];
          break;
        case kMinistries:
          title = k == 0   ? &t::kMinistryTitles[4]
                  : k == 1 ? &t::kMinistryTitles[6]
                           : &rng.pick(t::kMinistryTitles);
          break;
        default:
          title = &rng.pick(t::kGovernmentTitles);
      }
      add(static_cast<Group>(g), title);
      if ((g == kMinistries || g == kGovernment) && k > 0 && rng.percent(15)) {
        p.attendees.back().from = p.meeting.start + rng.between(5, 40);
        p.attendees.back().to = p.meeting.end - rng.between(10, 40);
      }
    }
  }

  // Sub-items: the seven every protocol has, and some of the optional ones.
  std::vector<std::size_t> optional;
  for (std::size_t i = 0; i < std::size(t::kSubItems); ++i)
    if (t::kSubItems[i].optional) optional.push_back(i);
  rng.shuffle(optional);
  optional.resize(static_cast<std::size_t>(std::clamp(shape.sub_items, 7, 10) - 7));
  std::vector<std::size_t> chosen;
  for (std::size_t i = 0; i < std::size(t::kSubItems); ++i)
    if (!t::kSubItems[i].optional || std::count(optional.begin(), optional.end(), i))
      chosen.push_back(i);
  // Each sub-item's paragraphs come from its own slot's, none twice: a protocol never repeats a
  // paragraph, so the shape's count is capped by what the slots have.
  std::vector<std::vector<std::size_t>> pools(chosen.size());
  std::vector<int> room(chosen.size());
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    for (std::size_t i = 0; i < std::size(t::kItemParagraphs); ++i)
      if (t::kItemParagraphs[i].slot == t::kSubItems[chosen[k]].slot) pools[k].push_back(i);
    rng.shuffle(pools[k]);
    room[k] = static_cast<int>(pools[k].size());
  }
  std::vector<int> per_item(chosen.size(), 1);
  int left = std::min(shape.paragraphs, std::accumulate(room.begin(), room.end(), 0)) -
             static_cast<int>(chosen.size());
  while (left-- > 0) {
    std::size_t k = rng.below(chosen.size());
    while (per_item[k] == room[k]) k = (k + 1) % chosen.size();
    ++per_item[k];
  }
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    ProtocolPlan::Item item;
    item.sub = chosen[k];
    item.paragraphs.assign(pools[k].begin(), pools[k].begin() + per_item[k]);
    std::vector<std::size_t> decisions;
    for (std::size_t i = 0; i < std::size(t::kItemDecisions); ++i)
      if (t::kItemDecisions[i].slot == t::kSubItems[item.sub].slot) decisions.push_back(i);
    item.decision = rng.pick(decisions);
    p.items.push_back(std::move(item));
  }

  p.new_intro = rng.below(std::size(t::kNewListIntro));
  std::vector<std::size_t> recs(std::size(t::kRecommendations));
  for (std::size_t i = 0; i < recs.size(); ++i) recs[i] = i;
  rng.shuffle(recs);
  recs.resize(static_cast<std::size_t>(
      std::clamp(shape.recommendations, 1, static_cast<int>(recs.size()))));
  p.recommendations = recs;
  p.earlier = shape.earlier <= 0 ? 0 : std::clamp(shape.earlier, 3, 5);
  p.other_matters = shape.other_matters;
  p.double_spaced = shape.double_spaced;
  p.n1 = rng.between(2, 60);
  p.n2 = 10 * rng.between(3, 30);
  return p;
}

int agenda_items(const ProtocolPlan& p) {
  return 7 + static_cast<int>(p.items.size()) + (p.other_matters ? 1 : 0);
}
int recommendation_count(const ProtocolPlan& p) {
  return static_cast<int>(p.recommendations.size()) + p.earlier;
}

std::string render_protocol(const ProtocolPlan& p, std::uint64_t seed, const std::string& lang) {
  Rng rng(derive(seed, layout_stream(lang)));
  const t::County& county = t::kCounties[p.meeting.county];
  const int y = p.meeting.date.y;
  const Vars vars{{"C", std::string(in(county.name, lang))},
                  {"Cg", std::string(county.fi_genitive)},
                  {"Ca", std::string(county.fi_allative)},
                  {"R", std::string(in(t::kAgencyRegions[county.agency_region], lang))},
                  {"T", clock(p.meeting.start)},
                  {"E", clock(p.meeting.end)},
                  {"Y", std::to_string(y)},
                  {"Y1", std::to_string(y - 1)},
                  {"Y2", std::to_string(y + 1)},
                  {"Y3", std::to_string(y + 3)},
                  {"G", std::to_string(y - 1)},
                  {"G3", std::to_string(y + 2)},
                  {"N1", std::to_string(p.n1)},
                  {"N2", std::to_string(p.n2)},
                  {"W", std::string(in(t::kWeekdays[weekday(p.meeting.date)], lang))},
                  {"D", numeric(p.meeting.date)},
                  {"K", p.case_number}};
  const std::string header =
      fill(in(t::kPageHeader, lang), {{"K", p.case_number}, {"D", numeric(p.protocol_date)}});
  Pages pages(PageStyle{p.double_spaced ? rng.between(60, 72) : rng.between(46, 54),
                        p.double_spaced, header});
  const Wrap text_wrap{rng.between(94, 104), 2, false};
  // The extra blank lines a double-spaced text has here and there between paragraphs.
  // The lines are wrapped before the gap is drawn: the order of a call's arguments is unspecified.
  auto gapped = [&](const std::vector<std::string>& lines, LineKind kind) {
    pages.paragraph(lines, kind, p.double_spaced && rng.percent(20) ? 1 : 0);
  };
  auto para = [&](std::string_view tmpl, LineKind kind) {
    gapped(wrap(fill(tmpl, vars), text_wrap, rng), kind);
  };

  // Title, time and place.
  const Vars title_vars{{"C", std::string(in(county.in_title, lang))},
                        {"Cg", std::string(county.in_title.fi)}};
  pages.paragraph(wrap_lower(fill(in(t::kProtocolTitle, lang), title_vars),
                             static_cast<std::size_t>(rng.between(44, 90))),
                  LineKind::heading);
  pages.line(fill(in(t::kTimeLine, lang), vars), LineKind::first);
  pages.line(std::string(in(t::kPlaceLabel, lang)) + std::string(in(t::kPlaces[p.place], lang)),
             LineKind::first);

  // Attendees: name, then the title at a tab stop, two or more spaces after the name; a name too
  // long for the tab stop is followed by one space. A long title wraps at the table's edge.
  const std::size_t column = static_cast<std::size_t>(rng.between(21, 26));
  const std::size_t table_width = static_cast<std::size_t>(rng.between(80, 100));
  Group group = kGroups;
  for (const auto& a : p.attendees) {
    if (a.group != group) {
      group = a.group;
      pages.line(std::string(in(t::kAttendeeGroups[group], lang)), LineKind::heading,
                 p.double_spaced ? 1 : 0);
    }
    std::string title = fill(in(*a.title, lang), vars);
    if (a.from >= 0)
      title += ", " + fill(in(t::kPresent, lang), {{"T", clock(a.from)}, {"E", clock(a.to)}});
    const std::size_t pad =
        columns(a.name) + 2 <= column ? column - columns(a.name) + rng.below(2) : 1;
    pages.paragraph(
        wrap_lower(a.name + std::string(pad, ' ') + title, table_width, a.name.size() + pad),
        LineKind::row);
  }

  // The agenda.
  int top = 0;
  auto heading = [&](const std::string& num, std::string_view text) {
    gapped(wrap(num + " " + std::string(text), text_wrap, rng), LineKind::numbered);
  };
  auto decision = [&](std::string_view text) {
    for (std::string_view part : split(text, '\n')) para(part, LineKind::first);
  };
  heading(std::to_string(++top) + ".", in(t::kTopItems[0], lang));
  para(in(t::kOpening, lang), LineKind::first);
  heading(std::to_string(++top) + ".", in(t::kTopItems[1], lang));
  para(in(t::kParticipantsDecision, lang), LineKind::first);
  for (int parent = 3; parent <= 5; ++parent) {
    heading(std::to_string(++top) + ".",
            in(t::kTopItems[static_cast<std::size_t>(parent - 1)], lang));
    int sub = 0;
    for (const auto& item : p.items) {
      const t::SubItem& s = t::kSubItems[item.sub];
      if (s.parent != parent) continue;
      heading(std::to_string(top) + "." + std::to_string(++sub), in(s.heading, lang));
      for (std::size_t para_index : item.paragraphs)
        para(in(t::kItemParagraphs[para_index].text, lang), LineKind::first);
      decision(in(t::kItemDecisions[item.decision].text, lang));
    }
  }
  heading(std::to_string(++top) + ".", in(t::kTopItems[5], lang));
  para(in(t::kRecommendationsBody, lang), LineKind::first);
  para(in(t::kNewListIntro[p.new_intro], lang), LineKind::first);
  // The corpus's follow-ups are mostly followed by a wider gap (Word's spacing after them).
  int follow_up_end = 0;
  for (std::size_t k = 0; k < p.recommendations.size(); ++k) {
    const t::RecommendationText& r = t::kRecommendations[p.recommendations[k]];
    pages.paragraph(
        wrap(std::to_string(k + 1) + ". " + std::string(in(r.text, lang)), text_wrap, rng),
        LineKind::numbered, p.double_spaced ? 1 : 0);
    pages.paragraph(
        wrap(std::string(in(t::kFollowUpLabel, lang)) + std::string(in(r.follow_up, lang)),
             text_wrap, rng),
        LineKind::first, p.double_spaced ? 1 : 0);
    follow_up_end = p.double_spaced && rng.percent(70) ? 1 : 0;
  }
  if (p.earlier > 0) {
    pages.paragraph(wrap(fill(in(t::kEarlierListIntro, lang), vars), text_wrap, rng),
                    LineKind::first, follow_up_end);
    for (int k = 0; k < p.earlier; ++k)
      gapped(
          wrap(std::to_string(k + 1) + ". " +
                   std::string(in(t::kEarlierRecommendations[static_cast<std::size_t>(k)], lang)),
               text_wrap, rng),
          LineKind::numbered);
  }
  if (p.other_matters) {
    heading(std::to_string(++top) + ".", in(t::kTopItems[6], lang));
    para(in(t::kOtherMatters, lang), LineKind::first);
  }
  heading(std::to_string(++top) + ".", in(t::kTopItems[7], lang));
  para(in(t::kClosing, lang), LineKind::first);

  // The signature block: two columns, the second at a tab stop (one space when the first is too
  // long for it); the presidium's chair and first vice chair, then the second vice chair and the
  // county's director.
  const auto find = [&](Group g, std::size_t k) -> const std::string& {
    for (const auto& a : p.attendees)
      if (a.group == g && k-- == 0) return a.name;
    return p.attendees.front().name;
  };
  const std::size_t right = static_cast<std::size_t>(rng.between(30, 46));
  auto row = [&](std::string_view left, std::string_view right_text, int before) {
    const std::size_t pad = columns(left) + 2 <= right ? right - columns(left) : 1;
    pages.line(std::string(left) + std::string(pad, ' ') + std::string(right_text), LineKind::row,
               before);
  };
  const auto& st = t::kSignatureTitles;
  row(find(kPresidium, 0), find(kPresidium, 1), 2);
  row(in(st[0], lang), in(st[2], lang), 0);
  row(in(st[1], lang), in(st[3], lang), 0);
  row(find(kPresidium, 2), find(kAreaOnSite, 0), 1);
  row(in(st[4], lang), in(st[6], lang), 0);
  row(in(st[5], lang), in(county.name, lang), 0);
  return pages.take();
}

// ---- Protocol of the 2020 practice round (Finnish) ---------------------------------------------

struct OldProtocolPlan {
  struct Attendee {
    std::string text;  // "kunnanjohtaja Tiina Heikka, Lapinjärvi (paikalla klo 9.09 lähtien)"
    std::string name;
    int group = 0;  // index into kOldGroups
  };
  Meeting meeting;
  Date protocol_date;
  std::string case_number;
  std::size_t place = 0;
  std::vector<Attendee> attendees;
  std::vector<std::size_t> items;  // indices into kOldItems, in order
  std::vector<std::size_t> recommendations;
};

OldProtocolPlan plan_old_protocol(std::uint64_t seed, const ProtocolShape& shape,
                                  const Meeting* meeting) {
  Rng rng(derive(seed, kContentStream));
  OldProtocolPlan p;
  const Meeting drawn = draw_meeting(rng, true);
  p.meeting = meeting ? *meeting : drawn;
  p.protocol_date = add_days(p.meeting.date, rng.between(10, 30));
  p.case_number = "VN/" + std::to_string(rng.between(10000, 29999)) + "/2020";
  p.place = rng.below(std::size(t::kOldPlaces));
  People people;
  // "(paikalla klo 9.09 lähtien)": from 9.09 on; "(paikalla klo 9.00-11.28)": from and to.
  auto presence = [&]() -> std::string {
    if (!rng.percent(20)) return "";
    const int from = p.meeting.start + rng.between(0, 40);
    if (rng.percent(50)) return " (paikalla klo " + clock(from) + " lähtien)";
    return " (paikalla klo " + clock(from) + "-" + clock(p.meeting.end - rng.between(10, 40)) + ")";
  };
  const int total = std::max(shape.attendees, 5);
  const int ministries = std::max(1, (total - 3) / 3);
  for (int i = 0; i < total; ++i) {
    OldProtocolPlan::Attendee a;
    a.name = people.next(rng);
    if (i < total - 3 - ministries) {
      a.group = 0;
      // One draw a statement: the order of the operands of + is unspecified.
      const std::string_view title = rng.pick(t::kOldAreaTitles);
      const std::string_view municipality = rng.pick(t::kOldMunicipalities);
      a.text = std::string(title) + " " + a.name + ", " + std::string(municipality);
      a.text += presence();
    } else if (i < total - ministries) {
      a.group = 1;
      const t::TextPair& role =
          t::kOldPresidium[static_cast<std::size_t>(i - (total - 3 - ministries))];
      a.text = std::string(role.first) + " " + a.name + ", " + std::string(role.second);
    } else {
      a.group = 2;
      const t::TextPair& title = rng.pick(t::kOldMinistryTitles);
      a.text =
          std::string(title.first) + " " + a.name + ", " + std::string(title.second) + presence();
    }
    p.attendees.push_back(std::move(a));
  }
  // The opening and the situation always, up to two optional items, the recommendations, closing.
  const std::size_t optional = static_cast<std::size_t>(std::clamp(shape.sub_items - 7, 0, 2));
  p.items = {0, 1};
  std::vector<std::size_t> extra{2, 3};
  rng.shuffle(extra);
  extra.resize(optional);
  std::sort(extra.begin(), extra.end());
  p.items.insert(p.items.end(), extra.begin(), extra.end());
  p.items.insert(p.items.end(), {4, 5});
  std::vector<std::size_t> recs(std::size(t::kOldRecommendations));
  for (std::size_t i = 0; i < recs.size(); ++i) recs[i] = i;
  rng.shuffle(recs);
  recs.resize(static_cast<std::size_t>(
      std::clamp(shape.recommendations, 1, static_cast<int>(recs.size()))));
  p.recommendations = recs;
  return p;
}

std::string render_old_protocol(const OldProtocolPlan& p, std::uint64_t seed) {
  Rng rng(derive(seed, layout_stream("fi")));
  const Vars vars{{"Cn", std::string(t::kCounties[p.meeting.county].name.fi)},
                  {"P", std::string(t::kOldPlaces[p.place])},
                  {"K", p.case_number},
                  {"D", numeric(p.meeting.date)},
                  {"T", std::to_string(p.meeting.start / 60)},
                  {"E", std::to_string(p.meeting.end / 60)},
                  {"Y2", std::to_string(p.meeting.date.y + 1)},
                  {"Chair", [&] {
                     for (const auto& a : p.attendees)
                       if (a.group == 1) return a.name;
                     return std::string();
                   }()}};
  Pages pages(PageStyle{rng.between(46, 54), false, "", false});
  const Wrap w{rng.between(92, 100), 2, false};
  pages.line(fill(t::kOldRecordLine, {{"K", p.case_number}, {"D", numeric(p.protocol_date)}}),
             LineKind::first);
  pages.line(fill(t::kOldTitleLine, vars), LineKind::first);
  for (int g = 0; g < static_cast<int>(std::size(t::kOldGroups)); ++g) {
    std::string text(t::kOldGroups[static_cast<std::size_t>(g)]);
    const char* sep = " ";
    for (const auto& a : p.attendees) {
      if (a.group != g) continue;
      text += sep + a.text;
      sep = ", ";
    }
    pages.paragraph(wrap(text, w, rng), LineKind::first);
  }
  int number = 0;
  for (std::size_t item : p.items) {
    const t::TextPair& it = t::kOldItems[item];
    const std::string text = fill(it.second, vars);
    const auto parts = split(text, '\n');
    std::vector<std::string> lines =
        wrap(std::to_string(++number) + ". " + std::string(it.first) + " " + std::string(parts[0]),
             w, rng);
    for (std::size_t k = 1; k < parts.size(); ++k)
      for (std::string& l : wrap(parts[k], w, rng)) lines.push_back(std::move(l));
    if (item == 4) {
      for (std::size_t k = 0; k < p.recommendations.size(); ++k) {
        const t::TextPair& r = t::kOldRecommendations[p.recommendations[k]];
        for (std::string& l : wrap(std::to_string(k + 1) + ". " + fill(r.first, vars), w, rng))
          lines.push_back(std::move(l));
        for (std::string& l : wrap("Seuranta ja arviointi: " + std::string(r.second), w, rng))
          lines.push_back(std::move(l));
      }
    }
    pages.paragraph(lines, LineKind::numbered);
  }
  // Signatures: the chair and the first vice chair, their titles and ministries, in lower case.
  std::vector<std::string> names;
  for (const auto& a : p.attendees)
    if (a.group == 1) names.push_back(a.name);
  names.resize(2);
  const std::size_t right = static_cast<std::size_t>(rng.between(36, 44));
  auto row = [&](const std::string& left, std::string_view right_text, int gap) {
    pages.line(left + std::string(right > columns(left) + 2 ? right - columns(left) : 2, ' ') +
                   std::string(right_text),
               LineKind::row, gap);
  };
  row(names[0], names[1], 1);
  row(std::string(t::kOldSignatures[0].first), t::kOldSignatures[1].first, 0);
  row(std::string(t::kOldSignatures[0].second), t::kOldSignatures[1].second, 0);
  return pages.take();
}

// ---- The corpus ---------------------------------------------------------------------------------

// The bytes of corpus/, which scale 1 stands for.
constexpr double kCorpusBytes = 129502;

std::string slug(std::string_view name) {
  std::string out;
  for (std::string_view c : code_points(name)) {
    if (c == "å" || c == "ä" || c == "Å" || c == "Ä")
      out += 'a';
    else if (c == "ö" || c == "Ö")
      out += 'o';
    else if (c == " ")
      out += '-';
    else if (c.size() == 1)
      out += static_cast<char>(c[0] >= 'A' && c[0] <= 'Z' ? c[0] - 'A' + 'a' : c[0]);
  }
  return out;
}

class CorpusWriter {
 public:
  CorpusWriter(const CorpusSpec& spec, std::filesystem::path out)
      : out_(std::move(out)), rng_(derive(spec.seed, 0x636f72707573ULL)) {}

  std::size_t bytes() const { return bytes_; }
  std::vector<GeneratedDoc> take() { return std::move(docs_); }
  std::uint64_t next_seed() { return rng_.below(std::numeric_limits<std::uint64_t>::max()); }
  Rng& rng() { return rng_; }

  void decision_pair(int objectives, int paragraphs) {
    const std::uint64_t seed = next_seed();
    // Identities are drawn, and when taken moved on to the next free one, so that any scale ends.
    Date signed_on = working_day(rng_, rng_.between(2019, 2026));
    while (!signing_dates_.insert(iso(signed_on)).second) signed_on = next_working_day(signed_on);
    int number = rng_.between(1, 1400);
    while (!statutes_.insert(std::to_string(number) + "/" + std::to_string(signed_on.y)).second)
      ++number;
    const DecisionPlan plan = plan_decision(seed, objectives, paragraphs, signed_on, number);
    const std::string stem =
        "decisions/vnp-" + std::to_string(number) + "-" + std::to_string(signed_on.y);
    for (const std::string lang : {"sv", "fi"}) {
      GeneratedDoc d{stem + "." + lang + ".txt", "decision", lang,
                     "decision signed " + iso(signed_on)};
      d.objectives = static_cast<int>(plan.objectives.size());
      d.paragraphs = 0;
      for (const auto& o : plan.objectives) d.paragraphs += static_cast<int>(o.paragraphs.size());
      write(std::move(d), render_decision(plan, seed, lang));
    }
  }

  void publication(int objectives, int paragraphs) {
    const std::uint64_t seed = next_seed();
    const int year = rng_.between(2019, 2026);
    int number = rng_.between(1, 60);
    while (!publications_.insert(std::to_string(year) + ":" + std::to_string(number)).second)
      ++number;
    const PublicationPlan plan = plan_publication(seed, objectives, paragraphs, year, number);
    GeneratedDoc d{
        "publications/stm-" + std::to_string(year) + "-" + std::to_string(number) + ".sv.txt",
        "publication", "sv",
        "publication STM " + std::to_string(year) + ":" + std::to_string(number)};
    d.objectives = static_cast<int>(plan.objectives.size());
    write(std::move(d), render_publication(plan, seed));
  }

  void protocol(const ProtocolShape& shape, const std::vector<std::string>& langs) {
    const std::uint64_t seed = next_seed();
    // A county negotiates once a year: another draw while the county has a meeting that year,
    // until the county-years run out at a large scale.
    Meeting m = draw_meeting(rng_, shape.old_style);
    auto county_year = [](const Meeting& x) {
      return std::string(t::kCounties[x.county].code) + std::to_string(x.date.y);
    };
    for (int tries = 0; tries < 64 && county_years_.count(county_year(m)); ++tries)
      m = draw_meeting(rng_, shape.old_style);
    county_years_.insert(county_year(m));
    auto key_of = [](const Meeting& x) {
      return "meeting " + iso(x.date) + " " + clock_iso(x.start) + "-" + clock_iso(x.end);
    };
    while (!meetings_.insert(key_of(m)).second) m.date = next_working_day(m.date);
    const std::string key = key_of(m);
    std::string stem = "protocols/" + slug(t::kCounties[m.county].name.sv) + "-" + iso(m.date);
    if (!stems_.insert(stem).second) stem += "-" + two(m.start / 60) + two(m.start % 60);
    if (shape.old_style) {
      const OldProtocolPlan plan = plan_old_protocol(seed, shape, &m);
      GeneratedDoc d{stem + ".fi.txt", "protocol", "fi", key};
      d.attendees = static_cast<int>(plan.attendees.size());
      d.agenda_items = static_cast<int>(plan.items.size());
      d.recommendations = static_cast<int>(plan.recommendations.size());
      write(std::move(d), render_old_protocol(plan, seed));
      return;
    }
    const ProtocolPlan plan = plan_protocol(seed, shape, &m);
    for (const std::string& lang : langs) {
      GeneratedDoc d{stem + "." + lang + ".txt", "protocol", lang, key};
      d.attendees = static_cast<int>(plan.attendees.size());
      d.agenda_items = agenda_items(plan);
      d.recommendations = recommendation_count(plan);
      write(std::move(d), render_protocol(plan, seed, lang));
    }
  }

 private:
  void write(GeneratedDoc d, const std::string& text) {
    const std::filesystem::path path = out_ / std::filesystem::path(d.relative_path);
    std::filesystem::create_directories(path.parent_path());
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
    f.close();
    if (!f) throw std::runtime_error("cannot write " + path.string());
    d.bytes = text.size();
    bytes_ += text.size();
    docs_.push_back(std::move(d));
  }

  std::filesystem::path out_;
  Rng rng_;
  std::vector<GeneratedDoc> docs_;
  std::size_t bytes_ = 0;
  std::set<std::string> signing_dates_, statutes_, publications_, meetings_, stems_, county_years_;
};

}  // namespace

std::vector<GeneratedDoc> generate_corpus(const CorpusSpec& spec,
                                          const std::filesystem::path& out_dir) {
  CorpusWriter w(spec, out_dir);
  Rng& rng = w.rng();
  const double target = std::max(spec.scale, 0.0) * kCorpusBytes;
  // Expected bytes of each step, to stop at the step that brings the total nearest the target.
  enum Step { kDecisionPair, kPublication, kProtocol, kSteps };
  static constexpr double kExpected[kSteps] = {65000, 31000, 16500};
  static constexpr Step kUnit[] = {kDecisionPair, kPublication, kProtocol, kProtocol};
  for (std::size_t step = 0;; ++step) {
    const Step s = kUnit[step % std::size(kUnit)];
    if (step > 0 && static_cast<double>(w.bytes()) + kExpected[s] / 2 > target) break;
    // The first unit is the corpus's own mix and sizes; the others vary.
    const bool first = step < std::size(kUnit);
    switch (s) {
      case kDecisionPair:
        if (first) {
          w.decision_pair(12, static_cast<int>(std::size(t::kObjectiveParagraphs)));
        } else {
          const int objectives = rng.between(4, 20);
          w.decision_pair(objectives, objectives * rng.between(3, 8));
        }
        break;
      case kPublication:
        if (first) {
          w.publication(8, 27);
        } else {
          const int objectives = rng.between(3, 12);
          w.publication(objectives, objectives * rng.between(2, 5));
        }
        break;
      case kProtocol: {
        ProtocolShape shape;
        std::vector<std::string> langs{"sv"};
        if (first) {
          shape.attendees = rng.between(20, 25);
          shape.paragraphs = rng.between(22, 28);
          shape.recommendations = rng.between(2, 3);
        } else {
          shape.attendees = rng.between(12, 36);
          shape.sub_items = rng.between(7, 10);
          shape.paragraphs = rng.between(2 * shape.sub_items, 5 * shape.sub_items);
          shape.recommendations = rng.between(1, 6);
          shape.earlier = rng.percent(15) ? 0 : rng.between(3, 5);
          shape.other_matters = rng.percent(20);
          shape.double_spaced = rng.percent(80);
          // Swedish alone, Finnish alone (some in the 2020 practice round's layout), or both.
          const auto r = rng.below(100);
          if (r >= 55)
            langs = r < 70 ? std::vector<std::string>{"fi"} : std::vector<std::string>{"sv", "fi"};
          shape.old_style = langs.size() == 1 && langs[0] == "fi" && rng.percent(35);
        }
        w.protocol(shape, langs);
        break;
      }
      case kSteps:
        break;
    }
  }
  return w.take();
}

std::string generate_decision(std::uint64_t seed, const std::string& lang, int objectives,
                              int paragraphs) {
  Rng id(derive(seed, 7));
  const Date signed_on = working_day(id, id.between(2019, 2026));
  const int number = id.between(1, 1400);
  return render_decision(plan_decision(seed, objectives <= 0 ? id.between(4, 20) : objectives,
                                       paragraphs, signed_on, number),
                         seed, lang);
}

std::string generate_publication(std::uint64_t seed, int objectives, int paragraphs) {
  Rng id(derive(seed, 7));
  const int year = id.between(2019, 2026), number = id.between(1, 99);
  return render_publication(plan_publication(seed, objectives <= 0 ? id.between(3, 14) : objectives,
                                             paragraphs, year, number),
                            seed);
}

std::string generate_protocol(std::uint64_t seed, const std::string& lang,
                              const ProtocolShape& shape) {
  if (shape.old_style) {
    if (lang != "fi")
      throw std::invalid_argument("a protocol of the 2020 practice round is Finnish");
    return render_old_protocol(plan_old_protocol(seed, shape, nullptr), seed);
  }
  return render_protocol(plan_protocol(seed, shape, nullptr), seed, lang);
}

}  // namespace tolk::bench
