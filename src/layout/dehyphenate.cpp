#include "layout/dehyphenate.h"

#include <algorithm>

#include "core/unicode.h"

namespace tolk {

namespace {

constexpr std::string_view kEnDash = "\u2013";
constexpr std::string_view kEmDash = "\u2014";
constexpr ByteSet kBlank(" \t");

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string_view last_token(std::string_view s) {
  std::size_t sp = kBlank.rfind_in(s);
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::string_view first_token(std::string_view s) {
  return s.substr(0, kBlank.find_in(s));
}

bool is_word_char(char32_t c) {
  return is_letter(c) || is_digit(c);
}

// An acronym: two or more capitals or digits with at least one capital ("HUS", "IKT", "B12").
bool is_acronym(std::string_view w) {
  std::size_t n = 0;
  bool letter = false;
  for (std::size_t i = 0; i < w.size();) {
    char32_t c = next_char(w, i);
    if (is_upper(c))
      letter = true;
    else if (!is_digit(c))
      return false;
    ++n;
  }
  return letter && n >= 2;
}

}  // namespace

std::string_view strip_word_punct_slow(std::string_view token) {
  std::size_t b = 0, e = token.size();
  while (b < e) {
    std::size_t i = b;
    if (is_word_char(next_char(token, i))) break;
    b = i;
  }
  while (e > b) {
    std::size_t i = e - 1;
    while (i > b && (static_cast<unsigned char>(token[i]) & 0xC0) == 0x80) --i;
    std::size_t j = i;
    if (is_word_char(next_char(token, j))) break;
    e = i;
  }
  return token.substr(b, e - b);
}

namespace {

// Every word of `lines` that stands whole, lower-cased, to `see` (a word broken at a line end is
// not one: neither the part before the hyphen nor the part on the next line).
// The same, with `maybe` asked first for the word as written: a word it refuses is not lowered
// and not seen.
template <class Maybe, class See>
void for_each_whole_word(const std::vector<std::string_view>& lines, Maybe maybe, See see) {
  bool prev_broken = false;
  std::string lower;
  char lower_buf[64];
  for (std::string_view raw : lines) {
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    const bool broken = ends_with(line, "-");
    std::size_t start = 0;
    bool first = true;
    while (start < line.size()) {
      std::size_t end = kBlank.find_in(line, start);
      if (end == std::string_view::npos) end = line.size();
      std::string_view tok = line.substr(start, end - start);
      const bool last = end == line.size();
      start = end + 1;
      if (tok.empty()) continue;
      const bool skip = (first && prev_broken) || (last && broken);
      first = false;
      if (skip) continue;
      std::string_view w = strip_word_punct(tok);
      if (w.empty() || !maybe(w)) continue;
      see(lowered(w, lower_buf, lower));
    }
    prev_broken = broken;
  }
}

template <class See>
void for_each_whole_word(const std::vector<std::string_view>& lines, See see) {
  for_each_whole_word(
      lines, [](std::string_view) { return true; }, see);
}

// The two forms join_lines() asks about for a line ending in a hyphen and the line after it.
void add_queries(std::string_view left, std::string_view right,
                 std::unordered_map<std::string, int, StringHash, std::equal_to<>>& out) {
  const std::string_view left_tok = last_token(left);
  const std::string_view lw = strip_word_punct(left_tok.substr(0, left_tok.size() - 1));
  const std::string_view rw = strip_word_punct(first_token(right));
  if (lw.empty() || rw.empty()) return;
  const std::string l = to_lower(lw), r = to_lower(rw);
  out.emplace(l + "-" + r, 0);
  out.emplace(l + r, 0);
}

}  // namespace

HyphenEvidence collect_evidence(const std::vector<std::string_view>& lines) {
  HyphenEvidence ev;
  ev.lines_ = lines;
  std::string_view pending;  // a line that ends in a hyphen, waiting for the next line with text
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    if (!pending.empty()) add_queries(pending, line, ev.counted_);
    pending = ends_with(line, "-") ? line : std::string_view();
  }
  // A word of ASCII and Latin-1 letters keeps its length when lowered: one of a length no query
  // has is no query. (Most words are shorter than the broken compounds asked about.)
  std::vector<bool> query_length;
  for (const auto& [q, n] : ev.counted_) {
    if (q.size() >= query_length.size()) query_length.resize(q.size() + 1);
    query_length[q.size()] = true;
  }
  auto maybe = [&](std::string_view w) {
    return (w.size() < query_length.size() && query_length[w.size()]) ||
           lowering_may_change_length(w);
  };
  if (!ev.counted_.empty())
    for_each_whole_word(lines, maybe, [&](std::string_view w) {
      if (w.size() >= query_length.size() || !query_length[w.size()]) return;
      if (auto it = ev.counted_.find(w); it != ev.counted_.end()) ++it->second;
    });
  return ev;
}

int HyphenEvidence::count(const std::string& w) const {
  if (auto it = counted_.find(w); it != counted_.end()) return it->second;
  int n = 0;
  auto maybe = [&](std::string_view t) {  // as in collect_evidence()
    return t.size() == w.size() || lowering_may_change_length(t);
  };
  for_each_whole_word(lines_, maybe, [&](std::string_view x) { n += x == w; });
  counted_.emplace(w, n);
  return n;
}

LineJoin join_lines(std::string_view left, std::string_view right, const HyphenEvidence& evidence,
                    const LanguageRules& rules) {
  LineJoin j;
  if (ends_with(left, kEnDash) || ends_with(left, kEmDash)) {
    // A range broken after its dash ("2025–" + "2029"): no space; a spaced dash keeps its space.
    std::string_view before = left.substr(0, left.size() - kEnDash.size());
    j.space = before.empty() || is_space(last_char(before));
    j.rule = "dehyphen.keep.dash";
    j.detail = std::string(last_token(left)) + " + " + std::string(first_token(right));
    return j;
  }
  if (!ends_with(left, "-")) return j;

  const std::string_view left_tok = last_token(left);
  const std::string_view right_tok = first_token(right);
  const std::string_view lw = strip_word_punct(left_tok.substr(0, left_tok.size() - 1));
  const std::string_view rw = strip_word_punct(right_tok);
  auto decide = [&](bool keep, bool space, const char* rule) {
    j.keep_hyphen = keep;
    j.space = space;
    j.rule = rule;
    std::string result =
        keep ? std::string(left_tok) + (space ? " " : "") + std::string(right_tok)
             : std::string(left_tok.substr(0, left_tok.size() - 1)) + std::string(right_tok);
    j.detail = std::string(left_tok) + " + " + std::string(right_tok) + " -> " + result;
    return j;
  };

  if (lw.empty()) return decide(true, true, "dehyphen.keep.dash");
  if (rw.empty()) return decide(true, true, "dehyphen.keep.no-word-after");
  if (is_digit(last_char(lw)) || is_digit(first_char(rw)))
    return decide(true, false, "dehyphen.keep.number");

  // The document's own usage first: a word seen whole elsewhere is one word here too.
  const std::string rw_lower = to_lower(rw);
  const std::string lw_lower = to_lower(lw);
  const std::string hyphenated = lw_lower + "-" + rw_lower;
  const std::string joined = lw_lower + rw_lower;
  const int seen_hyphenated = evidence.count(hyphenated);
  const int seen_joined = evidence.count(joined);
  if (seen_hyphenated > seen_joined) return decide(true, false, "dehyphen.keep.evidence");
  if (seen_joined > seen_hyphenated) return decide(false, false, "dehyphen.join.evidence");

  if (rules.suspension_words.count(rw_lower) || rules.suspension_words.count(to_lower(right_tok)))
    return decide(true, true, "dehyphen.keep.suspended");
  if (starts_with_any(hyphenated, rules.hyphenated_prefixes))
    return decide(true, false, "dehyphen.keep.listed");
  if (is_acronym(lw)) return decide(true, false, "dehyphen.keep.acronym");
  if (char_count(lw) == 1) return decide(true, false, "dehyphen.keep.single-letter");
  if (is_upper(first_char(rw))) return decide(true, false, "dehyphen.keep.capital");
  std::string last, first;
  append_utf8(last, last_char(lw_lower));
  append_utf8(first, first_char(rw_lower));
  if (last == first && std::find(rules.same_vowel_hyphen.begin(), rules.same_vowel_hyphen.end(),
                                 last) != rules.same_vowel_hyphen.end())
    return decide(true, false, "dehyphen.keep.same-vowel");
  return decide(false, false, "dehyphen.join.default");
}

}  // namespace tolk
