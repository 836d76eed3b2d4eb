#include "classify/classify.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
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

// Whether `w` has a letter: an ASCII one is found without decoding.
bool has_letter(std::string_view w) {
  bool other = false;
  for (char ch : w) {
    if (((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) return true;
    other = other || static_cast<unsigned char>(ch) >= 0x80;
  }
  if (!other) return false;
  for (std::size_t k = 0; k < w.size();)
    if (is_letter(next_char(w, k))) return true;
  return false;
}

// The words of `text` to `see`: split at white space, punctuation around each stripped; tokens
// without a letter (numbers, dates, "–") are not words. Every block of every document passes
// here, so white space is found a byte at a time, decoding only what may be white space.
template <class See>
void for_each_word(std::string_view text, See see) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t sp;
    while (i < n && (sp = space_length_at(text, i)) > 0) i += sp;
    const std::size_t start = i;
    for (;;) {  // one table lookup a byte; a character's later bytes are no lead byte
      while (i < n && !kSpaceStart.has(text[i])) ++i;
      if (i == n || space_length_at(text, i) > 0) break;
      ++i;
    }
    if (i == start) continue;
    const std::string_view w = strip_word_punct(text.substr(start, i - start));
    if (has_letter(w)) see(w);
  }
}

struct MarkerHit {
  const KindMarker* marker = nullptr;
  std::string matched;  // the first match
  LineSpan lines;       // of the first block it matched in
  std::size_t blocks = 0;
};

// The rules' function-word index, or one made into `own` for rules that have none (made by hand)
// or whose languages changed after loading.
const FunctionWordIndex& function_word_index(const Rules& rules,
                                             std::optional<FunctionWordIndex>& own) {
  const FunctionWordIndex* index = rules.function_words.get();
  if (index && index->codes().size() == std::min<std::size_t>(rules.languages.size(), 64))
    return *index;
  return own.emplace(index_function_words(rules.languages));
}

// block_language() with the index at hand.
std::string block_language(const std::string& text, const FunctionWordIndex& index,
                           std::map<std::string, std::size_t>* hits) {
  const std::vector<std::string>& codes = index.codes();
  const std::size_t n_langs = codes.size();
  std::array<std::size_t, 64> counts{};
  std::size_t word_count = 0;
  std::string lower;
  char lower_buf[64];
  for_each_word(text, [&](std::string_view w) {
    ++word_count;
    // Lower-casing never shortens a word by more than a third (U+212A KELVIN SIGN, 3 bytes ->
    // "k"), and a word of one- and two-byte characters not at all (tests/core/unicode_test.cpp):
    // a word longer than that can be is no function word, and is not lowered.
    if (w.size() > index.longest()) {
      if (w.size() > 3 * index.longest()) return;
      bool may_shrink = false;
      for (char ch : w) may_shrink = may_shrink || static_cast<unsigned char>(ch) >= 0xE0;
      if (!may_shrink) return;
    }
    const std::uint64_t langs = index.languages_of(lowered(w, lower_buf, lower));
    if (langs == 0) return;
    for (std::size_t k = 0; k < n_langs; ++k) counts[k] += (langs >> k) & 1;
  });
  if (hits) {
    hits->clear();
    for (std::size_t k = 0; k < n_langs; ++k) (*hits)[codes[k]] = counts[k];
  }
  // The first of equal counts in code order is the best, as the runner-up's count then ties it.
  std::size_t best = n_langs, best_hits = 0, second_hits = 0;
  for (std::size_t k = 0; k < n_langs; ++k) {
    const std::size_t c = counts[k];
    if (c > best_hits) {
      second_hits = best_hits;
      best_hits = c;
      best = k;
    } else if (c > second_hits) {
      second_hits = c;
    }
  }
  const std::size_t needed = word_count <= kShortBlockWords ? 1 : kMinHits;
  if (best == n_langs || best_hits < needed || best_hits == second_hits) return "";
  if (static_cast<double>(best_hits) < kDominance * static_cast<double>(second_hits)) return "";
  return codes[best];
}

}  // namespace

std::string block_language(const std::string& text, const Rules& rules,
                           std::map<std::string, std::size_t>* hits) {
  std::optional<FunctionWordIndex> own;
  return block_language(text, function_word_index(rules, own), hits);
}

Classification classify(const Layout& layout, const Rules& rules) {
  Classification c;
  for (const auto& [name, kind] : kKinds) c.kind_scores[name] = 0;

  // Kind: each marker once per document, at its first match; the count of blocks it matched in
  // is kept for the evidence only.
  // One scan of each block for all markers (a PatternSet); a marker's own regex runs only where
  // it is known to match, for the text it matched.
  std::vector<std::string_view> patterns;
  std::vector<MarkerHit> by_marker;
  for (const KindMarker& m : rules.all.kind_markers) {
    if (!m.re) continue;
    patterns.push_back(m.re->pattern());
    by_marker.push_back({&m, {}, {}, 0});
  }
  const PatternSet& set = cached_pattern_set(rules, patterns, /*whole=*/false);
  for (const Block& b : layout.blocks) {
    for (int k : set.matching(b.text)) {
      MarkerHit& h = by_marker[static_cast<std::size_t>(k)];
      // Where a marker matched is asked of its first block only: the set has answered whether,
      // and finding where (a submatch search) costs many times the set's scan on a long block.
      if (h.blocks++ > 0) continue;
      re2::StringPiece match;
      if (!h.marker->re->get().Match(b.text, 0, b.text.size(), RE2::UNANCHORED, &match, 1)) {
        h.blocks = 0;  // the set and the marker's own regex disagree: trust the regex
        continue;
      }
      h.matched.assign(match.data(), match.size());
      h.lines = b.lines;
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
  std::optional<FunctionWordIndex> own;
  const FunctionWordIndex& words = function_word_index(rules, own);
  for (const Block& b : layout.blocks) {
    std::string lang = block_language(b.text, words, nullptr);
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
