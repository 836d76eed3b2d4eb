#include "classify/classify.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>
#include <utility>

#include "core/pattern_set.h"
#include "core/unicode.h"
#include "layout/dehyphenate.h"

namespace tolk {

namespace {

constexpr std::array<std::pair<const char*, DocKind>, 3> kKinds = {{
    {"decision", DocKind::decision},
    {"publication", DocKind::publication},
    {"protocol", DocKind::protocol},
}};

// Matched text quoted in evidence is cut here: a pattern such as "^Neuvottelut .* kanssa" can
// match a long title, and an evidence line should stay one readable line.
constexpr std::size_t kQuoteMaxChars = 60;

std::string format_weight(double w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", w);
  return buf;
}

std::string format_lines(LineSpan s) {
  return (s.first == s.last ? "line " : "lines ") + format_span(s);
}

// The matched text, trimmed: a pattern ends a word with (?:\PL|$), which takes the space after it.
std::string quote(std::string_view s) {
  s = trim(s);
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < s.size()) {
    if (n == kQuoteMaxChars) return "'" + out + "…'";
    append_utf8(out, next_char(s, i));
    ++n;
  }
  return "'" + out + "'";
}

// The lower-case words of `text` to `see`: split at white space, punctuation around each
// stripped; tokens without a letter (numbers, dates, "–") are not words. A word of more than
// `longest` bytes is counted but not lower-cased (`see` gets no text for it): it can be no
// function word. `longest` 0: every word is lower-cased.
template <class See>
void for_each_word(std::string_view text, std::size_t longest, See see) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i, end = i;
    while (i < text.size()) {
      std::size_t j = i;
      if (is_space(next_char(text, j))) break;
      i = j;
      end = i;
    }
    while (i < text.size()) {  // white space up to the next token
      std::size_t j = i;
      if (!is_space(next_char(text, j))) break;
      i = j;
    }
    if (end == start) continue;
    std::string_view w = strip_word_punct(text.substr(start, end - start));
    bool letter = false;
    for (std::size_t k = 0; k < w.size() && !letter;) letter = is_letter(next_char(w, k));
    if (!letter) continue;
    // Lower-casing never shortens a word by more than a third (U+212A KELVIN SIGN, 3 bytes -> "k").
    if (longest != 0 && w.size() > 3 * longest) see(std::string());
    else see(to_lower(w));
  }
}

struct MarkerHit {
  const KindMarker* marker = nullptr;
  std::string matched;  // the first match
  LineSpan lines;       // of the first block it matched in
  std::size_t blocks = 0;
};

}  // namespace

std::string block_language(const std::string& text, const Rules& rules,
                           std::map<std::string, std::size_t>* hits) {
  std::size_t longest = 0;
  for (const auto& [code, lang] : rules.languages) {
    if (lang.longest_function_word == 0 && !lang.function_words.empty()) {
      longest = 0;  // not known for one language: no word is skipped
      break;
    }
    longest = std::max(longest, lang.longest_function_word);
  }
  std::vector<std::pair<const WordSet*, std::size_t>> per_lang;
  for (const auto& [code, lang] : rules.languages) per_lang.push_back({&lang.function_words, 0});
  std::size_t word_count = 0;
  for_each_word(text, longest, [&](const std::string& w) {
    ++word_count;
    if (w.empty()) return;
    for (auto& [words, n] : per_lang) n += words->count(w);
  });
  std::map<std::string, std::size_t> counts;
  std::size_t k = 0;
  for (const auto& [code, lang] : rules.languages) counts[code] = per_lang[k++].second;
  if (hits) *hits = counts;
  std::string best;
  std::size_t best_hits = 0, second_hits = 0;
  for (const auto& [code, c] : counts) {
    if (c > best_hits) {
      second_hits = best_hits;
      best_hits = c;
      best = code;
    } else if (c > second_hits) {
      second_hits = c;
    }
  }
  const std::size_t needed = word_count <= kShortBlockWords ? 1 : kMinHits;
  if (best_hits < needed || best_hits == second_hits) return "";
  if (static_cast<double>(best_hits) < kDominance * static_cast<double>(second_hits)) return "";
  return best;
}

Classification classify(const Layout& layout, const Rules& rules) {
  Classification c;
  for (const auto& [name, kind] : kKinds) c.kind_scores[name] = 0;

  // Kind: each marker once per document, at its first match; the count of blocks it matched in
  // is kept for the evidence only.
  // One scan of each block for all markers (a PatternSet); a marker's own regex runs only where
  // it is known to match, for the text it matched.
  std::vector<const RE2*> patterns;
  std::vector<MarkerHit> by_marker;
  for (const KindMarker& m : rules.all.kind_markers) {
    if (!m.re || !m.re->ok()) continue;
    patterns.push_back(m.re.get());
    by_marker.push_back({&m, {}, {}, 0});
  }
  const PatternSet& set = cached_pattern_set(rules, patterns, /*whole=*/false);
  for (const Block& b : layout.blocks) {
    for (int k : set.matching(b.text)) {
      MarkerHit& h = by_marker[static_cast<std::size_t>(k)];
      re2::StringPiece match;
      if (!h.marker->re->Match(b.text, 0, b.text.size(), RE2::UNANCHORED, &match, 1)) continue;
      if (h.blocks++ == 0) {
        h.matched.assign(match.data(), match.size());
        h.lines = b.lines;
      }
    }
  }
  std::vector<MarkerHit> hits;
  for (MarkerHit& h : by_marker) {
    if (h.blocks == 0) continue;
    const KindMarker& m = *h.marker;
    auto score = c.kind_scores.find(m.kind);
    if (score == c.kind_scores.end()) continue;  // the loader admits only the three kinds
    score->second += m.weight;
    hits.push_back(std::move(h));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const MarkerHit& a, const MarkerHit& b) {
    return a.lines.first < b.lines.first;
  });
  for (const MarkerHit& h : hits) {
    std::string e = h.marker->kind + " " + format_weight(h.marker->weight) + ": " +
                    quote(h.matched) + " (" + h.marker->source + ") " + format_lines(h.lines);
    if (h.blocks > 1) e += " and " + std::to_string(h.blocks - 1) + " more blocks";
    c.evidence.push_back(std::move(e));
  }

  const char* best_name = nullptr;
  double best = 0, second = 0;
  for (const auto& [name, kind] : kKinds) {
    const double s = c.kind_scores[name];
    if (s > best) {
      second = best;
      best = s;
      best_name = name;
    } else if (s > second) {
      second = s;
    }
  }
  std::string scores;
  for (const auto& [name, kind] : kKinds)
    scores +=
        std::string(scores.empty() ? "" : ", ") + name + " " + format_weight(c.kind_scores[name]);
  const std::string rule =
      " (a kind needs at least " + format_weight(kKindThreshold) + " and more than any other kind)";
  if (best_name && best >= kKindThreshold && best > second) {
    for (const auto& [name, kind] : kKinds)
      if (name == best_name) c.kind = kind;
    c.evidence.push_back(std::string("kind ") + best_name + ": " + scores + rule);
  } else {
    c.evidence.push_back("kind unknown: " + scores + rule);
  }

  // Language: of each block by its function words, of the document by characters of text.
  std::map<std::string, std::size_t> chars;
  std::size_t untold = 0;
  c.block_langs.reserve(layout.blocks.size());
  for (const Block& b : layout.blocks) {
    std::string lang = block_language(b.text, rules);
    if (lang.empty())
      ++untold;
    else
      chars[lang] += char_count(b.text);
    c.block_langs.push_back(std::move(lang));
  }
  std::size_t best_chars = 0, second_chars = 0;
  for (const auto& [lang, n] : chars) {
    if (n > best_chars) {
      second_chars = best_chars;
      best_chars = n;
      c.lang = lang;
    } else if (n > second_chars) {
      second_chars = n;
    }
  }
  if (best_chars == second_chars) c.lang.clear();  // no evidence, or an exact tie
  std::string by_lang;
  for (const auto& [lang, n] : chars)
    by_lang += (by_lang.empty() ? "" : ", ") + lang + " " + std::to_string(n);
  c.evidence.push_back("lang " + (c.lang.empty() ? std::string("unknown") : c.lang) +
                       " (characters in blocks of each language: " +
                       (by_lang.empty() ? std::string("none") : by_lang) + "; " +
                       std::to_string(untold) + " of " + std::to_string(layout.blocks.size()) +
                       " blocks cannot tell)");
  return c;
}

}  // namespace tolk
