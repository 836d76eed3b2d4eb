// A synthetic corpus for benchmarks: decisions, publications and negotiation protocols shaped like
// the real ones in corpus/ (PDF-extraction debris included), in any amount.
//
// Promise: the output depends only on the arguments. The same spec or seed gives byte-identical
// text on every platform, with every compiler and standard library (std::mt19937_64 only, no
// std:: distributions, no unordered containers, no floating point in a random choice, one random
// draw per expression). Every document is one the parser should read without an error: the counts
// in GeneratedDoc are what the generator wrote, so a parser that reads a different number has a
// bug (or the generator wrote something the parser cannot be expected to read, which is the
// generator's bug). The Swedish and Finnish versions of one document say the same thing: the same
// objectives, paragraphs, recommendations and people, in the same order, with the same dates and
// figures. Flaws the corpus has are copied at low rates: a Finnish decision without its masthead,
// a truncated case number, the publication's misspelt ministry.
//
// The text comes from corpus_gen_text.h (the corpus's own paragraphs, recombined); layout varies
// per document and language: wrap width, words hyphenated at line ends, page breaks (a line that
// starts with a space, the blank line before it lost), a protocol's page header dropped into the
// text, double-spaced protocols, attendee and signature tables with columns one or more spaces
// apart, markdown and HTML debris in the publications.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tolk::bench {

struct CorpusSpec {
  // 1 is the size and mix of corpus/: one Swedish–Finnish decision pair, one Swedish publication,
  // two Swedish protocols, about 130 KB. n is about n times as many bytes, in more documents of
  // varying sizes, with Finnish protocols and Swedish–Finnish protocol pairs among them.
  double scale = 1;
  std::uint64_t seed = 1;
};

// One file written, with what the generator knows about it.
struct GeneratedDoc {
  // Under the output folder, '/'-separated: "decisions/vnp-272-2025.sv.txt".
  std::string relative_path;
  std::string kind;  // "decision", "publication" or "protocol"
  std::string lang;  // "sv" or "fi"
  // The two language versions of one document share a key that no other document has, and it is
  // the key tolk pairs them by ("decision signed 2025-05-28", "meeting 2024-11-27 12:00-15:00").
  // A document without a partner has a key of its own.
  std::string pair_key;
  // What the parser should find; -1 where the kind has no such part. objectives: numbered
  // objectives of a decision (all groups) or a publication; attendees, agenda_items (sub-items
  // included) and recommendations (every list) of a protocol.
  int objectives = -1, attendees = -1, agenda_items = -1, recommendations = -1;
  // A decision's explanatory paragraphs, all objectives together, sub-headings not counted: the
  // units the alignment pairs, the same number in both languages.
  int paragraphs = -1;
  std::size_t bytes = 0;
};

// Writes the corpus under `out_dir` (decisions/, publications/, protocols/; created when missing;
// existing files of the same names are overwritten) and returns the documents in the order
// written. Throws std::filesystem::filesystem_error or std::runtime_error when a file cannot be
// written.
std::vector<GeneratedDoc> generate_corpus(const CorpusSpec& spec,
                                          const std::filesystem::path& out_dir);

// Single documents, for benchmarks that want one text of a given size. `lang` is "sv" or "fi";
// the two languages of one seed and shape are versions of one document. A count of 0 lets the
// seed choose.

// A Government decision with `objectives` numbered objectives (1 to 99) and `paragraphs`
// explanatory paragraphs in all (at least one per objective).
std::string generate_decision(std::uint64_t seed, const std::string& lang, int objectives,
                              int paragraphs = 0);

// A Swedish ministry publication with `objectives` objectives (1 to 20) and `paragraphs`
// background paragraphs in all (at least one per objective).
std::string generate_publication(std::uint64_t seed, int objectives, int paragraphs = 0);

struct ProtocolShape {
  int attendees = 22;   // at least 6: the presidium, the county's director, THL and the agency
  int sub_items = 7;    // sub-items of items 3 to 5, 7 to 10
  int paragraphs = 18;  // paragraphs before the sub-items' decisions: one per sub-item at least,
                        // as many as the text has for the sub-items chosen (about 30) at most
  int recommendations = 3;  // new recommendations, 1 to 8
  int earlier = 5;          // the Ministry of the Interior's earlier recommendations, 0 or 3 to 5
  bool other_matters = false;  // an item "Övriga ärenden" before the closing item
  bool double_spaced = true;   // a blank line after every line, as in the corpus
  // agenda items: 7 + sub_items + other_matters; recommendations: recommendations + earlier.
  //
  // The 2020 practice round's layout (tests/fixtures/protocols/neuvottelu-2020.fi.txt), Finnish
  // only: a record line first, title, place and time on one line, the attendees run together
  // title first, item headings running into their text. Its agenda has four items and
  // sub_items - 7 more (at most two), no earlier list, at most four recommendations, and
  // paragraphs, other_matters and double_spaced do not apply.
  bool old_style = false;
};

// A negotiation protocol of the given shape; the county, the meeting's date and hours and the
// people come from the seed. Throws std::invalid_argument for a Swedish one of the old layout.
std::string generate_protocol(std::uint64_t seed, const std::string& lang,
                              const ProtocolShape& shape = {});

}  // namespace tolk::bench
