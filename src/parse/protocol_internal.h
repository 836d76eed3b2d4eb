// The protocol parser's parts, shared by its files (protocol.cpp: header, agenda, decisions,
// recommendations; protocol_people.cpp: attendees and signatures; protocol_rules.cpp: the
// vocabulary) and by the tests. Not an interface for other stages: they call parse_protocol().
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"
#include "core/pattern_set.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace re2 {
class RE2;
}

namespace tolk::protocol {

// ---- Vocabulary (rules/<lang>/protocol.tsv; the format is described in rules/sv/protocol.tsv)

struct ProtocolPattern {
  std::string lang;   // "sv"
  std::string field;  // "group", "role", "decision", ...
  std::string arg;  // the code or rewrite of fields that take one ("area", "chair", "\1"), else ""
  std::string pattern;  // as written
  std::shared_ptr<const re2::RE2> re;
  std::string source;  // "rules/sv/protocol.tsv:12"
};

struct ProtocolRules {
  std::map<std::string, std::vector<ProtocolPattern>, std::less<>> fields;  // in file order
  WordSet name_particles;                                                   // "von", "de"
  std::size_t files = 0;  // how many protocol.tsv files were read
  // Each field's patterns as one RE2::Set, anywhere in a text and whole, so that a search tries
  // only the patterns that match. Made by load_protocol_rules(), each set compiled on its first
  // use (by one thread; the others wait); a field without one has every pattern tried.
  class FieldSets {
   public:
    explicit FieldSets(std::vector<const re2::RE2*> patterns) : patterns_(std::move(patterns)) {}
    const PatternSet& get(bool whole) const {
      std::call_once(once_[whole],
                     [&] { sets_[whole] = std::make_unique<PatternSet>(patterns_, whole); });
      return *sets_[whole];
    }

   private:
    std::vector<const re2::RE2*> patterns_;
    mutable std::once_flag once_[2];
    mutable std::unique_ptr<PatternSet> sets_[2];
  };
  std::map<std::string, std::shared_ptr<const FieldSets>, std::less<>> sets;

  // The entries of `field` (every language, languages in code order, each in file order).
  const std::vector<ProtocolPattern>& of(std::string_view field) const;
  // Indexes into of(field) of the entries that can match `text` (anywhere, or all of it), in
  // order: every entry when the field has no set.
  std::vector<int> candidates(std::string_view field, std::string_view text, bool whole) const;
};

// Reads one protocol.tsv into `out`; `display` names the file in diagnostics.
void read_protocol_rules(const std::filesystem::path& file, const std::string& display,
                         const std::string& lang, ProtocolRules& out, Diagnostics& diags);

// Reads rules.dir/<lang>/protocol.tsv for every language of `rules` that has one.
ProtocolRules load_protocol_rules(const Rules& rules, Diagnostics& diags);

// ---- Matching helpers

struct Match {
  std::size_t begin = 0, end = 0;   // byte range of the whole match
  std::vector<std::string> groups;  // groups 1..n ("" for a group that did not take part)
  const ProtocolPattern* rule = nullptr;
};

// The first entry of `field` (file order) that matches somewhere in `text`, with its leftmost
// match; with `whole`, the pattern must match all of `text`.
std::optional<Match> find_first(const ProtocolRules& pr, std::string_view field,
                                std::string_view text, bool whole = false);

// The leftmost match of any entry of `field` in `text` at or after byte `from`.
std::optional<Match> find_leftmost(const ProtocolRules& pr, std::string_view field,
                                   std::string_view text, std::size_t from = 0);

Diagnostic make_diag(const Layout& l, std::size_t line, Severity s, std::string code,
                     std::string message);

// "12.22" -> "12:22", "9" -> "09:00"; nullopt for anything that is not a time of day.
std::optional<std::string> normalise_time(std::string_view t);

// A piece of text cut out of a longer one, with its byte offset there.
struct Piece {
  std::string text;
  std::size_t offset = 0;
};

// Cuts a list at ", " and "; ", except inside brackets and after a suspended compound's hyphen
// ("sjukhus-, rehabiliterings- och omsorgstjänster"). Pieces are trimmed; empty ones dropped.
std::vector<Piece> split_list(std::string_view text);

// ---- People (protocol_people.cpp)

// Where the attendees of one group are read from: a table row's cells or a run of text.
struct AttendeeGroup {
  std::string code;     // "area", ... or "" when the heading is not known
  std::string heading;  // as printed
  bool remote = false;
};

// Reads the attendees in `cells` (a table row: name | title, organisation, …) or `text` (one
// attendee name first, or old protocols' run of attendees title first) into `out`.
void read_attendees(const std::vector<Cell>& cells, std::string_view text, LineSpan lines,
                    const AttendeeGroup& group, const ProtocolRules& pr, const Layout& layout,
                    std::vector<Attendee>& out, Diagnostics& diags);

// Whether `cells` / `text` have an attendee's shape: name and title columns, a run of attendees
// title first, or a capitalised name of two to five words before a title, and no sentence.
bool attendee_like(const std::vector<Cell>& cells, std::string_view text, const ProtocolRules& pr);

// The signature block: rows of name | name, title | title, organisation | organisation.
std::vector<ProtocolSignatory> read_signatures(const std::vector<const Block*>& rows,
                                               const std::vector<Attendee>& attendees,
                                               const Layout& layout, Diagnostics& diags);

// ---- Follow-up (protocol.cpp)

// The follow-up's indicators and sources from its text after the marker: sources from
// "(Källa: SK/THL)"; indicators one per sentence when the text has several sentences, else
// the entries of its comma-separated list.
void split_follow_up(std::string_view body, const ProtocolRules& pr, const Rules& rules,
                     FollowUp& out);

}  // namespace tolk::protocol
