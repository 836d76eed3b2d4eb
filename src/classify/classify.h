// classify: what kind of document a layout is (decision, publication, protocol) and what
// language it and each of its blocks are written in (sv, fi, en).
//
// Promise: classify() never throws and reads only its arguments. The answer is "do not know"
// rather than a guess: DocKind::unknown when no kind has enough marker evidence or two kinds tie,
// "" for a block that is too short or too mixed to tell and for a document with no block in a
// known language. All language knowledge comes from the rules (rules/<lang>/function-words.txt
// and kind-markers.tsv, rules/README.md "Classify"); `evidence` says which rule line decided what.
//
// Kind: every kind marker of every language is searched in every block; a marker adds its weight
// to its kind once per document however many blocks it matches (a protocol says "Beslut:" before
// every decision, a publication mentions "beslut" throughout). The kind with the highest score
// wins if the score is at least kKindThreshold and no other kind has the same score.
//
// Language of a block: its words (lower-cased, punctuation around them stripped) are looked up
// in each language's function words. The language with most hits wins if it has at least
// kMinHits of them (one is enough for a block of at most kShortBlockWords words: "Tiivistelmä")
// and at least kDominance times as many as the runner-up. Language of the document: the language
// with most characters of text among the blocks that have a language, so that a Swedish body
// under Finnish labels ("Aika:", "Päätös:") is Swedish.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace tolk {

// The least score a kind needs to be the document's kind: more than any single marker's weight
// in the repository's rules, so that one stray phrase ("träder i kraft" in a publication) never
// decides a kind by itself.
inline constexpr double kKindThreshold = 4.0;

// Function-word hits a block needs before it has a language ...
inline constexpr std::size_t kMinHits = 2;
// ... except a block of at most this many words, which needs one: a heading ("Tiivistelmä",
// "Social- och hälsovårdsministeriet") or a date line ("Helsingfors den 28 maj 2025"). A
// names-only table row ("Juha Jolkkonen sektordirektör") has no hit and stays untold.
inline constexpr std::size_t kShortBlockWords = 4;
// The winning language needs at least this many times the runner-up's hits.
inline constexpr double kDominance = 2.0;

struct Classification {
  DocKind kind = DocKind::unknown;
  std::string lang;                      // "sv", "fi", "en"; "" when it cannot be told
  std::vector<std::string> block_langs;  // one per layout block; "" when the block cannot tell
  // For people and --explain, one line each: every marker that matched, as
  // "decision 3.0: 'Statsrådets beslut' (rules/sv/kind-markers.tsv:4) lines 5-6", then the
  // kind and language chosen, with their scores.
  std::vector<std::string> evidence;
  std::map<std::string, double> kind_scores;  // "decision", "publication", "protocol"; all present
};

// The language of one piece of text by its function words, "" when it cannot be told (the rule
// above). `hits`, when given, receives the hit count per language code.
std::string block_language(const std::string& text, const Rules& rules,
                           std::map<std::string, std::size_t>* hits = nullptr);

Classification classify(const Layout& layout, const Rules& rules);

}  // namespace tolk
