#include "align/align.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <unordered_map>

#include "core/unicode.h"
#include "parse/dates.h"

namespace tolk {

std::string AlignLink::type() const {
  return std::to_string(sv.size()) + "-" + std::to_string(fi.size());
}

namespace {

// What anchor_tokens() looks for in one language's texts, made once for all its units.
struct AnchorWords {
  std::unordered_map<std::string, std::size_t> acronym_id;  // the lexicon's acronyms: entry
  // The lexicon's other terms (lower case) by their first byte: entry indexes. A term is found
  // at word starts only, so each word start is asked of the terms that can begin there.
  std::array<std::vector<std::size_t>, 256> terms_by_first;
};

AnchorWords anchor_words(const std::string& lang, const Rules& rules) {
  AnchorWords w;
  for (std::size_t k = 0; k < rules.lexicon.size(); ++k) {
    const LexiconEntry& e = rules.lexicon[k];
    const std::string& term = lang == "fi" ? e.fi : e.sv;
    if (e.acronym)
      w.acronym_id[term] = k;
    else if (!term.empty())
      w.terms_by_first[static_cast<unsigned char>(term[0])].push_back(k);
  }
  return w;
}

std::vector<std::string> anchor_tokens(const std::string& text, const std::string& lang,
                                       const Rules& rules, const AnchorWords& words) {
  std::vector<std::string> out;
  // Dates first, as ISO dates; their digits are not counted again as numbers.
  std::string rest = text;
  for (const DateMatch& m : find_dates(text, rules)) {
    out.push_back("d:" + m.date.iso());
    for (std::size_t k = m.begin; k < m.end; ++k) rest[k] = ' ';
  }
  static const RE2 kLaw(R"((\d{1,4})/(\d{4}))");
  static const RE2 kSection(R"((\d{1,3})\s?([a-z])?\s*§)");
  static const RE2 kNumber(R"((\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+|\d+)(?:[.,](\d+))?)");
  // All three need an ASCII digit (RE2's \d); a law also a '/', a section a '§'.
  const bool digit = has_ascii_digit(rest);
  if (digit && rest.find('/') != std::string::npos) {
    re2::StringPiece in(rest), num, year;
    while (RE2::FindAndConsume(&in, kLaw, &num, &year))
      out.push_back("law:" + std::string(num.data(), num.size()) + "/" +
                    std::string(year.data(), year.size()));
  }
  if (digit && rest.find("§") != std::string::npos) {
    re2::StringPiece in(rest), num, letter;
    while (RE2::FindAndConsume(&in, kSection, &num, &letter))
      out.push_back("sec:" + std::string(num.data(), num.size()) +
                    std::string(letter.data(), letter.size()));
  }
  if (digit) {
    re2::StringPiece in(rest), whole, frac;
    while (RE2::FindAndConsume(&in, kNumber, &whole, &frac)) {
      std::string n;
      for (char c : std::string_view(whole.data(), whole.size()))
        if (c >= '0' && c <= '9') n += c;
      if (!frac.empty()) (n += '.').append(frac.data(), frac.size());
      out.push_back("n:" + n);
    }
  }
  // Words: acronyms (mapped to one form), names (capitals after a sentence's first word).
  bool sentence_start = true;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = next_char(text, i);
    if (!is_letter(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':') sentence_start = true;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t j = end;
      char32_t d = next_char(text, j);
      if (!is_letter(d) && d != '-') break;
      end = j;
    }
    i = end;
    if (!is_upper(c)) {  // neither an acronym nor a name: most words
      sentence_start = false;
      continue;
    }
    std::string word = text.substr(start, end - start);
    while (!word.empty() && word.back() == '-') word.pop_back();
    bool all_caps = word.size() >= 2;
    for (std::size_t k = 0; k < word.size() && all_caps;) all_caps = is_upper(next_char(word, k));
    if (all_caps) {
      auto it = words.acronym_id.find(word);
      out.push_back(it != words.acronym_id.end() ? "acr:" + std::to_string(it->second)
                                                 : "acr:" + word);
    } else if (!sentence_start && char_count(word) >= 3) {
      // "Anna-Kaisa" and "Anna Kaisa" are the same name: its parts are the tokens.
      std::string lower = to_lower(word);
      std::size_t from = 0;
      for (std::size_t dash = lower.find('-');; dash = lower.find('-', from)) {
        std::string part =
            lower.substr(from, dash == std::string::npos ? std::string::npos : dash - from);
        if (!part.empty()) out.push_back("name:" + part);
        if (dash == std::string::npos) break;
        from = dash + 1;
      }
    }
    sentence_start = false;
  }
  // Lexicon terms: found where a word starts (after anything but a letter or a digit) in this
  // language's column.
  const std::string lower = to_lower(text);
  bool after_word = false;
  for (std::size_t at = 0; at < lower.size();) {
    if (!after_word)
      for (std::size_t k : words.terms_by_first[static_cast<unsigned char>(lower[at])]) {
        const std::string& term = lang == "fi" ? rules.lexicon[k].fi : rules.lexicon[k].sv;
        // The second byte first: most words that share a term's first letter differ there.
        if (term.size() > 1 && (at + 1 == lower.size() || lower[at + 1] != term[1])) continue;
        if (lower.compare(at, term.size(), term) == 0) out.push_back("lex:" + std::to_string(k));
      }
    const char32_t c = next_char(lower, at);
    after_word = is_letter(c) || is_digit(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::string> anchor_tokens(const std::string& text, const std::string& lang,
                                       const Rules& rules) {
  return anchor_tokens(text, lang, rules, anchor_words(lang, rules));
}

namespace {

// Dice similarity of two sorted lists taken as multisets; -1 when either is empty.
template <typename T>
double dice(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.empty() || b.empty()) return -1;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

}  // namespace

double anchor_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return dice(a, b);
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Tokens as small integers (one dictionary for both sides), so that the search compares numbers.
using Ids = std::vector<std::uint32_t>;

struct Side {
  std::vector<double> len;  // characters
  std::vector<Ids> tokens;  // sorted
  std::vector<Ids> pairs;   // pairs[i]: tokens of units i-1 and i, sorted
};

Side side_of(const std::vector<AlignUnit>& units, const std::string& lang, const Rules& rules,
             std::unordered_map<std::string, std::uint32_t>& dict) {
  Side s;
  const AnchorWords words = anchor_words(lang, rules);
  for (const AlignUnit& u : units) {
    s.len.push_back(static_cast<double>(char_count(u.text)));
    Ids ids;
    for (const std::string& t : anchor_tokens(u.text, lang, rules, words))
      ids.push_back(dict.emplace(t, static_cast<std::uint32_t>(dict.size())).first->second);
    std::sort(ids.begin(), ids.end());
    s.tokens.push_back(std::move(ids));
  }
  // The search merges at most two units of a side; their tokens are merged once, here.
  s.pairs.resize(s.tokens.size());
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    auto& p = s.pairs[i];
    p.reserve(s.tokens[i - 1].size() + s.tokens[i].size());
    std::merge(s.tokens[i - 1].begin(), s.tokens[i - 1].end(), s.tokens[i].begin(),
               s.tokens[i].end(), std::back_inserter(p));
  }
  return s;
}

double id_similarity(const Ids& a, const Ids& b) {
  return dice(a, b);
}

// The tokens of units [from, from + n), n being 0, 1 or 2.
const Ids& tokens_of(const Side& s, std::size_t from, std::size_t n) {
  static const Ids kNone;
  return n == 0 ? kNone : n == 1 ? s.tokens[from] : s.pairs[from + 1];
}

// -log of the probability that a Swedish text of length l1 and a Finnish one of length l2 are
// translations of each other, by Gale and Church's normal model of the length ratio.
double length_cost(double l1, double l2, const AlignParams& p) {
  if (l1 == 0 && l2 == 0) return 0;
  const double mean = (l1 + l2 / p.length_ratio) / 2;
  const double delta =
      (l2 - l1 * p.length_ratio) / std::sqrt(std::max(1.0, mean) * p.length_variance);
  const double tail = std::erfc(std::abs(delta) / std::sqrt(2.0));  // 2 (1 - Phi(|delta|))
  return -std::log(std::max(tail, 1e-12));
}

struct Step {
  std::size_t di, dj;
  double prior_cost;
};

// The Dice similarity of units [a0, a0+na) and [b0, b0+nb); the common 1-1 case needs no merge.
double similarity(const Side& sv, std::size_t a0, std::size_t na, const Side& fi, std::size_t b0,
                  std::size_t nb) {
  return id_similarity(tokens_of(sv, a0, na), tokens_of(fi, b0, nb));
}

// Aligns sv[i0, i1) with fi[j0, j1) within a band of half-width `w` around the straight line from
// corner to corner, and appends the links. Returns false, appending nothing, when the best path
// runs along the band's edge: the caller then tries a wider band.
bool align_band(const Side& sv, const Side& fi, std::size_t i0, std::size_t i1, std::size_t j0,
                std::size_t j1, const AlignParams& p, std::size_t w, bool last_try,
                std::vector<AlignLink>& out) {
  const std::size_t n = i1 - i0, m = j1 - j0;
  if (n == 0 && m == 0) return true;
  const Step steps[] = {{1, 1, -std::log(p.prior_1_1)}, {1, 0, -std::log(p.prior_1_0)},
                        {0, 1, -std::log(p.prior_1_0)}, {2, 1, -std::log(p.prior_2_1)},
                        {1, 2, -std::log(p.prior_2_1)}, {2, 2, -std::log(p.prior_2_2)}};
  // The band: cells (i, j) with |j - i * m / n| <= w (every row reaches column m at i = n).
  const double slope = n ? static_cast<double>(m) / static_cast<double>(n) : 0;
  auto lo = [&](std::size_t i) -> std::size_t {
    double c = static_cast<double>(i) * slope - static_cast<double>(w);
    return c <= 0 ? 0 : std::min(m, static_cast<std::size_t>(c));
  };
  auto hi = [&](std::size_t i) -> std::size_t {
    double c = static_cast<double>(i) * slope + static_cast<double>(w);
    return i == n ? m : std::min(m, static_cast<std::size_t>(c));
  };
  // Row i holds columns lo(i)..hi(i); cost and back-pointer per cell.
  std::vector<std::size_t> row_start(n + 2), offset(n + 2);
  std::size_t cells = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    row_start[i] = lo(i);
    offset[i] = cells;
    cells += hi(i) - lo(i) + 1;
  }
  std::vector<double> cost(cells, kInf);
  std::vector<unsigned char> back(cells, 255);
  auto at = [&](std::size_t i, std::size_t j) -> std::ptrdiff_t {
    if (j < row_start[i] || j > hi(i)) return -1;
    return static_cast<std::ptrdiff_t>(offset[i] + (j - row_start[i]));
  };
  cost[static_cast<std::size_t>(at(0, 0))] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = row_start[i]; j <= hi(i); ++j) {
      const std::ptrdiff_t here = at(i, j);
      if (i == 0 && j == 0) continue;
      double best = kInf;
      unsigned char best_k = 255;
      for (unsigned char k = 0; k < 6; ++k) {
        const Step& s = steps[k];
        if (s.di > i || s.dj > j) continue;
        const std::ptrdiff_t from = at(i - s.di, j - s.dj);
        if (from < 0 || cost[static_cast<std::size_t>(from)] == kInf) continue;
        double l1 = 0, l2 = 0;
        for (std::size_t a = i - s.di; a < i; ++a) l1 += sv.len[i0 + a];
        for (std::size_t b = j - s.dj; b < j; ++b) l2 += fi.len[j0 + b];
        // A unit left out costs its prior only: the length model says nothing about omissions.
        double c = cost[static_cast<std::size_t>(from)] + s.prior_cost +
                   (s.di && s.dj ? length_cost(l1, l2, p) : 0.0);
        if (s.di && s.dj) {
          const double sim = similarity(sv, i0 + i - s.di, s.di, fi, j0 + j - s.dj, s.dj);
          if (sim >= 0) c += sim > 0 ? -p.anchor_weight * sim : p.anchor_miss;
          // In a 2-1, 1-2 or 2-2 link every unit with anchors must share one with the other side.
          if (s.di + s.dj > 2) {
            const auto& a = tokens_of(sv, i0 + i - s.di, s.di);
            const auto& b = tokens_of(fi, j0 + j - s.dj, s.dj);
            for (std::size_t u = 0; u < s.di; ++u)
              if (id_similarity(sv.tokens[i0 + i - s.di + u], b) == 0) c += p.anchor_miss;
            for (std::size_t u = 0; u < s.dj; ++u)
              if (id_similarity(fi.tokens[j0 + j - s.dj + u], a) == 0) c += p.anchor_miss;
          }
        }
        if (c < best) {
          best = c;
          best_k = k;
        }
      }
      cost[static_cast<std::size_t>(here)] = best;
      back[static_cast<std::size_t>(here)] = best_k;
    }
  }
  // Trace back from (n, m). A path that is cut off, or that runs along the band's edge where a
  // better one may lie outside, is refused.
  std::vector<AlignLink> links;
  std::size_t i = n, j = m;
  const bool whole_table = last_try || w >= std::max(n, m);
  while (i > 0 || j > 0) {
    const std::ptrdiff_t here = at(i, j);
    const unsigned char k = here < 0 ? 255 : back[static_cast<std::size_t>(here)];
    if (k == 255) return false;
    // The band's edges, not the table's: a path may well run along column 0 or column m.
    if (!whole_table && ((lo(i) > 0 && j <= lo(i) + 1) || (hi(i) < m && j + 1 >= hi(i))))
      return false;
    const Step& s = steps[k];
    AlignLink link;
    for (std::size_t a = i - s.di; a < i; ++a) link.sv.push_back(i0 + a);
    for (std::size_t b = j - s.dj; b < j; ++b) link.fi.push_back(j0 + b);
    const std::ptrdiff_t from = at(i - s.di, j - s.dj);
    link.cost = cost[static_cast<std::size_t>(here)] - cost[static_cast<std::size_t>(from)];
    link.similarity = similarity(sv, i0 + i - s.di, s.di, fi, j0 + j - s.dj, s.dj);
    links.push_back(std::move(link));
    i -= s.di;
    j -= s.dj;
  }
  out.insert(out.end(), links.rbegin(), links.rend());
  return true;
}

// Aligns sv[i0, i1) with fi[j0, j1): a narrow band first, wider ones while the path meets the
// edge, up to a widest band that keeps time and memory linear in the segment's length; the path
// found in that one is taken even if it meets the edge (two texts that far apart are hardly
// versions of each other, which align_pair reports).
void align_segment(const Side& sv, const Side& fi, std::size_t i0, std::size_t i1, std::size_t j0,
                   std::size_t j1, const AlignParams& p, std::vector<AlignLink>& out) {
  const std::size_t n = i1 - i0, m = j1 - j0;
  const std::size_t longest = std::max(n, m);
  const std::size_t widest =
      std::min(longest, (n > m ? n - m : m - n) + 16 * std::max<std::size_t>(p.band, 2));
  for (std::size_t w = std::max<std::size_t>(p.band, 2);; w *= 2) {
    const std::size_t band = std::min(w, widest);
    if (align_band(sv, fi, i0, i1, j0, j1, p, band, band == widest, out)) return;
  }
}

}  // namespace

Alignment align(const std::vector<AlignUnit>& sv_units, const std::vector<AlignUnit>& fi_units,
                const Rules& rules) {
  std::unordered_map<std::string, std::uint32_t> dict;
  const Side sv = side_of(sv_units, "sv", rules, dict);
  const Side fi = side_of(fi_units, "fi", rules, dict);

  // Structural anchors: eIds that occur once on each side, joined in order (the longest increasing
  // run of their positions, so that a unit moved out of order is aligned by the search instead).
  std::unordered_map<std::string, std::ptrdiff_t> fi_pos;
  for (std::size_t j = 0; j < fi_units.size(); ++j) {
    if (!fi_units[j].anchor || fi_units[j].eid.empty()) continue;
    auto [it, fresh] = fi_pos.emplace(fi_units[j].eid, static_cast<std::ptrdiff_t>(j));
    if (!fresh) it->second = -1;  // duplicated: not an anchor
  }
  std::unordered_map<std::string, int> sv_count;
  for (const AlignUnit& u : sv_units)
    if (u.anchor && !u.eid.empty()) ++sv_count[u.eid];
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < sv_units.size(); ++i) {
    const AlignUnit& u = sv_units[i];
    if (!u.anchor || u.eid.empty() || sv_count[u.eid] != 1) continue;
    auto it = fi_pos.find(u.eid);
    if (it != fi_pos.end() && it->second >= 0)
      pairs.push_back({i, static_cast<std::size_t>(it->second)});
  }
  // Longest increasing subsequence of the Finnish positions (patience sorting).
  std::vector<std::size_t> tails, prev(pairs.size(), SIZE_MAX), tail_idx;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    auto pos = std::lower_bound(tails.begin(), tails.end(), pairs[k].second);
    std::size_t at = static_cast<std::size_t>(pos - tails.begin());
    if (pos == tails.end()) {
      tails.push_back(pairs[k].second);
      tail_idx.push_back(k);
    } else {
      *pos = pairs[k].second;
      tail_idx[at] = k;
    }
    prev[k] = at ? tail_idx[at - 1] : SIZE_MAX;
  }
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
  for (std::size_t k = tail_idx.empty() ? SIZE_MAX : tail_idx.back(); k != SIZE_MAX; k = prev[k])
    anchors.push_back(pairs[k]);
  std::reverse(anchors.begin(), anchors.end());

  Alignment result;
  std::size_t i = 0, j = 0;
  for (const auto& [ai, aj] : anchors) {
    align_segment(sv, fi, i, ai, j, aj, rules.align, result.links);
    AlignLink link;
    link.sv = {ai};
    link.fi = {aj};
    link.anchored = true;
    link.similarity = id_similarity(sv.tokens[ai], fi.tokens[aj]);
    link.cost = length_cost(sv.len[ai], fi.len[aj], rules.align);
    result.links.push_back(std::move(link));
    i = ai + 1;
    j = aj + 1;
  }
  align_segment(sv, fi, i, sv_units.size(), j, fi_units.size(), rules.align, result.links);
  return result;
}

}  // namespace tolk
