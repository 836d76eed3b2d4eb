// The bilingual consistency check (check.h): four passes over a pair and its alignment.
//   1. units: a link with one side empty is a unit present in one language only;
//   2. values: within a link with both sides, values (check_values.cpp) and person names that
//      one side has and the other has not, paired up where both sides have one of a kind;
//   3. length: a link whose Finnish is much shorter or longer than the Swedish, for its length;
//   4. model: facts of the parsed documents that need no alignment (dates of the decision and
//      the meeting, law references, case number, counts, attendees' groups, indicators).
// A fact found twice (a date in its link and again as the model's entry-into-force date) is
// reported once, by the first pass that finds it.
#include "align/check.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "align/check_counts.h"
#include "align/check_internal.h"
#include "core/unicode.h"
#include "parse/dates.h"

namespace tolk {

namespace {

using check::Params;
using check::Value;
using check::ValueKind;

constexpr std::size_t kNoLink = static_cast<std::size_t>(-1);

const char* language(bool sv) {
  return sv ? "Swedish" : "Finnish";
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string quoted(const std::string& s) {
  return "“" + s + "”";
}

std::string joined(const std::vector<std::string>& parts, const std::string& sep = ", ") {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// ---- what a unit is -----------------------------------------------------------------------------

struct UnitInfo {
  std::string kind;   // "objective", "paragraph", ... (check.only-in.<kind> in check.tsv)
  std::string label;  // "objective 3)", "agenda item 4.2"
};

std::vector<std::string> eid_parts(const std::string& eid) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t at = eid.find("__", from);
    out.push_back(eid.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) break;
    from = at + 2;
  }
  return out;
}

bool starts(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::string after(const std::string& s, const std::string& prefix) {
  return s.substr(prefix.size());
}

// How specific a unit's eId is. A protocol offers each recommendation twice, as a paragraph of
// the decision it stands in and as a recommendation; what is found there belongs to the
// recommendation.
int specificity(const std::string& eid) {
  if (starts(eid, "recommendations_")) return 2;
  if (eid.find("container_decision") != std::string::npos) return 0;
  return 1;
}

// "recommendations_new_MIN_2" -> "recommendation 2 of the new list"
std::string recommendation_label(const std::string& part) {
  const std::string rest = after(part, "recommendations_");
  const std::size_t last = rest.rfind('_');
  const std::size_t first = rest.find('_');
  if (last == std::string::npos || first == last) return "a recommendation";
  const std::string list = rest.substr(0, first);
  const std::string issuer = rest.substr(first + 1, last - first - 1);
  return "recommendation " + rest.substr(last + 1) + " of the " + list + " list" +
         (issuer == "MIN" ? "" : " of " + issuer);
}

UnitInfo describe(const PairSide& side, const AlignUnit& u) {
  const std::string& e = u.eid;
  if (e == "preface__masthead") return {"masthead", "the masthead"};
  if (e == "preface__docNumber") return {"number", "the statute number"};
  if (e == "preface__longTitle" || e == "preface__docTitle") return {"title", "the title"};
  if (e == "preamble__formula_1") return {"enacting-clause", "the enacting clause"};
  if (e == "hcontainer_entryIntoForce") return {"entry-into-force", "the entry-into-force clause"};
  if (e == "hcontainer_signatures") return {"place-date", "the place and date of signing"};
  if (e == "preface__time") return {"time-place", "the time of the meeting"};
  if (e == "preface__place") return {"time-place", "the place of the meeting"};
  if (starts(e, "hcontainer_signatures__p_")) return {"signatory", "a signatory"};
  if (starts(e, "hcontainer_introduction__p_"))
    return {"paragraph", "a paragraph of the introduction"};
  if (starts(e, "num_")) return {"item", "item " + after(e, "num_")};
  const std::vector<std::string> parts = eid_parts(e);
  const std::string& head = parts.front();
  if (starts(head, "hcontainer_") && parts.size() == 1)
    return {"objective-group", "the heading of objective group " + after(head, "hcontainer_")};
  if (starts(head, "para_")) {
    const std::string obj = "objective " + after(head, "para_") + ")";
    if (parts.size() == 1) return {"objective", obj};
    return {"paragraph", "a paragraph of " + obj};
  }
  if (starts(head, "dbsect_") || head == "adjournment_1") {
    std::string path, item;
    bool decision = false, paragraph = false;
    for (const std::string& p : parts) {
      if (starts(p, "dbsect_"))
        path += (path.empty() ? "" : ".") + after(p, "dbsect_");
      else if (p == "container_decision")
        decision = true;
      else if (starts(p, "p_"))
        paragraph = true;
    }
    item = head == "adjournment_1" ? "the closing item" : "agenda item " + path;
    if (decision) return {"decision", "the decision under " + item};
    if (paragraph) return {"paragraph", "a paragraph of " + item};
    return {"agenda-item", item};
  }
  if (starts(head, "recommendations_")) {
    const std::string rec = recommendation_label(head);
    if (parts.size() > 1 && parts[1] == "followUp") return {"follow-up", "the follow-up of " + rec};
    return {"recommendation", rec};
  }
  if (starts(head, "sec_")) {
    std::string num = after(head, "sec_");
    std::replace(num.begin(), num.end(), '-', '.');
    const std::string sec = "section " + num;
    if (parts.size() == 1) return {"section", sec};
    if (starts(parts.back(), "point_"))
      return {"indicator", "indicator " + after(parts.back(), "point_") + " of " + sec};
    return {"paragraph", "a paragraph of " + sec};
  }
  if (starts(head, "container_descriptionSheet_")) {
    const std::string lang = after(head, "container_descriptionSheet_");
    const std::string sheet = "the description sheet in " + std::string(lang == "sv"   ? "Swedish"
                                                                        : lang == "fi" ? "Finnish"
                                                                        : lang == "en" ? "English"
                                                                                       : lang);
    if (parts.size() == 1) return {"description-sheet", sheet};
    return {"paragraph", "a paragraph of " + sheet};
  }
  if (side.protocol) {
    for (const Attendee& a : side.protocol->attendees)
      if (a.lines == u.lines) return {"attendee", "attendee " + a.name};
    for (const ProtocolSignatory& s : side.protocol->signatories)
      if (s.lines == u.lines) return {"signatory", "a signatory"};
  }
  return {"paragraph", "a paragraph"};
}

// ---- collecting findings ------------------------------------------------------------------------

struct Collector {
  const Params& params;
  std::vector<Finding> findings;
  std::vector<std::size_t> sv_order;  // where a finding sorts on the Swedish side
  std::set<std::string> facts;        // code|sv key|fi key of every value finding so far

  Severity severity(const std::string& key, Severity fallback) const {
    return check::severity_for(params, key, fallback);
  }

  // Adds `f` and records its fact (code and normalised values); with `once`, not when the same
  // fact was reported already.
  void add(Finding f, std::size_t sv_position, const std::string& fact = "", bool once = false) {
    if (!fact.empty() && !facts.insert(f.code + "|" + fact).second && once) return;
    sv_order.push_back(f.sv_line ? f.sv_line : sv_position);
    findings.push_back(std::move(f));
  }
  bool known(const std::string& code, const std::string& fact) const {
    return facts.count(code + "|" + fact) > 0;
  }
};

// Where each link lies on each side: its first line, or for a side it has no unit on, the last
// line before it (where the missing text would be).
struct Places {
  std::vector<std::size_t> sv_line, fi_line;      // per link
  std::vector<std::size_t> sv_before, fi_before;  // last line of the side before the link
  std::vector<std::size_t> sv_next, fi_next;      // first line of the side after the link
  std::unordered_map<std::size_t, std::size_t> sv_link, fi_link;  // unit index -> link
};

bool valid_link(const AlignLink& l, const PairSide& sv, const PairSide& fi) {
  for (std::size_t i : l.sv)
    if (i >= sv.units.size()) return false;
  for (std::size_t j : l.fi)
    if (j >= fi.units.size()) return false;
  return true;
}

Places places_of(const PairSide& sv, const PairSide& fi, const Alignment& al) {
  Places p;
  const std::size_t n = al.links.size();
  p.sv_line.assign(n, 0);
  p.fi_line.assign(n, 0);
  p.sv_before.assign(n, 0);
  p.fi_before.assign(n, 0);
  p.sv_next.assign(n, 0);
  p.fi_next.assign(n, 0);
  std::size_t sv_last = 0, fi_last = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const AlignLink& l = al.links[k];
    p.sv_before[k] = sv_last;
    p.fi_before[k] = fi_last;
    if (!valid_link(l, sv, fi)) continue;
    for (std::size_t i : l.sv) {
      p.sv_link[i] = k;
      sv_last = std::max(sv_last, sv.units[i].lines.last);
    }
    for (std::size_t j : l.fi) {
      p.fi_link[j] = k;
      fi_last = std::max(fi_last, fi.units[j].lines.last);
    }
    p.sv_line[k] = l.sv.empty() ? 0 : sv.units[l.sv.front()].lines.first;
    p.fi_line[k] = l.fi.empty() ? 0 : fi.units[l.fi.front()].lines.first;
  }
  std::size_t sv_next = 0, fi_next = 0;
  for (std::size_t k = n; k-- > 0;) {
    p.sv_next[k] = sv_next;
    p.fi_next[k] = fi_next;
    if (p.sv_line[k]) sv_next = p.sv_line[k];
    if (p.fi_line[k]) fi_next = p.fi_line[k];
  }
  return p;
}

// ---- pass 1: units in one language only ---------------------------------------------------------

void check_one_sided(const PairSide& sv, const PairSide& fi, const Alignment& al, const Places& pl,
                     std::size_t k, Collector& out) {
  const AlignLink& l = al.links[k];
  const bool in_sv = !l.sv.empty();
  const PairSide& side = in_sv ? sv : fi;
  const std::vector<std::size_t>& units = in_sv ? l.sv : l.fi;
  const std::size_t before = in_sv ? pl.fi_before[k] : pl.sv_before[k];
  const std::size_t next = in_sv ? pl.fi_next[k] : pl.sv_next[k];
  const PairSide& other = in_sv ? fi : sv;
  std::string where;
  if (other.units.empty())
    where = "the " + std::string(language(!in_sv)) + " version has no text at all";
  else if (before)
    where = "nothing corresponds in the " + std::string(language(!in_sv)) + " after line " +
            std::to_string(before);
  else if (next)
    where = "nothing corresponds in the " + std::string(language(!in_sv)) + " before line " +
            std::to_string(next);
  else
    where = "nothing corresponds in the " + std::string(language(!in_sv));
  for (std::size_t i : units) {
    const AlignUnit& u = side.units[i];
    const UnitInfo info = describe(side, u);
    Finding f;
    f.code = in_sv ? "check.only-in-sv" : "check.only-in-fi";
    f.severity = out.severity("check.only-in." + info.kind,
                              info.kind == "paragraph" ? Severity::warning : Severity::error);
    f.message = capitalised(info.label) + " is only in the " + language(in_sv) + " version (line " +
                std::to_string(u.lines.first) + ": " +
                quoted(check::excerpt(u.text, out.params.excerpt_chars)) + "); " + where;
    (in_sv ? f.sv_line : f.fi_line) = u.lines.first;
    (in_sv ? f.sv_eid : f.fi_eid) = u.eid;
    (in_sv ? f.sv_value : f.fi_value) = u.text;
    f.link = k;
    out.add(std::move(f), in_sv ? u.lines.first : pl.sv_before[k]);
  }
}

// ---- pass 2: values and names within a link -----------------------------------------------------

struct Located {
  Value value;
  std::size_t line = 0;
  std::string eid;
};

struct SideText {
  std::vector<Located> values;
  std::set<std::string> number_words;
  std::size_t chars = 0;
  std::size_t sentences = 0;
  std::size_t line = 0;  // first line
  std::string eid;       // of the first unit
};

SideText side_text(const PairSide& side, const std::vector<std::size_t>& units, bool sv,
                   const Rules& rules, const Params& params) {
  SideText t;
  const std::string lang = sv ? "sv" : "fi";
  for (std::size_t i : units) {
    const AlignUnit& u = side.units[i];
    if (!t.line) {
      t.line = u.lines.first;
      t.eid = u.eid;
    }
    for (Value& v : check::extract_values(u.text, rules, params))
      t.values.push_back({std::move(v), u.lines.first, u.eid});
    for (std::string& w : check::number_words(u.text, lang, params))
      t.number_words.insert(std::move(w));
    t.chars += char_count(u.text);
    t.sentences += check::sentence_count(u.text, lang, rules);
  }
  return t;
}

// Values of `kind` on this side whose key the other side lacks, first occurrence of each.
std::vector<const Located*> unmatched(const SideText& self, const SideText& other, ValueKind kind) {
  std::set<std::string> theirs;
  for (const Located& l : other.values)
    if (l.value.kind == kind) theirs.insert(l.value.key);
  std::set<std::string> seen;
  std::vector<const Located*> out;
  for (const Located& l : self.values) {
    if (l.value.kind != kind || theirs.count(l.value.key) || !seen.insert(l.value.key).second)
      continue;
    // A figure on one side and the same number as a word on the other ("5" / "viisi").
    if (kind == ValueKind::number && other.number_words.count(l.value.key)) continue;
    out.push_back(&l);
  }
  return out;
}

std::string shown(const Value& v) {
  // Where the comparison was of a normal form other than the text, both are shown.
  if ((v.kind == ValueKind::date || v.kind == ValueKind::time || v.kind == ValueKind::money ||
       v.kind == ValueKind::percent) &&
      v.written != v.key)
    return v.written + " (" + v.key + ")";
  return v.written;
}

std::string values_of(const SideText& t, ValueKind kind) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Located& l : t.values)
    if (l.value.kind == kind && seen.insert(l.value.key).second) out.push_back(l.value.written);
  return out.empty() ? "none" : joined(out);
}

void check_values(const SideText& s, const SideText& f, std::size_t k, Collector& out) {
  static const ValueKind kKinds[] = {
      ValueKind::date,       ValueKind::time,  ValueKind::case_number,
      ValueKind::identifier, ValueKind::law,   ValueKind::section,
      ValueKind::percent,    ValueKind::money, ValueKind::number};
  for (ValueKind kind : kKinds) {
    const auto a = unmatched(s, f, kind), b = unmatched(f, s, kind);
    const std::string code = check::value_code(kind);
    const std::string noun = check::value_noun(kind);
    const Severity sev = out.severity(code, Severity::error);
    const std::size_t pairs = std::min(a.size(), b.size());
    for (std::size_t n = 0; n < std::max(a.size(), b.size()); ++n) {
      Finding fd;
      fd.code = code;
      fd.severity = sev;
      fd.link = k;
      fd.sv_line = n < a.size() ? a[n]->line : s.line;
      fd.fi_line = n < b.size() ? b[n]->line : f.line;
      fd.sv_eid = n < a.size() ? a[n]->eid : s.eid;
      fd.fi_eid = n < b.size() ? b[n]->eid : f.eid;
      std::string fact;
      if (n < pairs) {
        fd.sv_value = a[n]->value.written;
        fd.fi_value = b[n]->value.written;
        fd.message = capitalised(noun) + " differs: the Swedish says " + shown(a[n]->value) +
                     ", the Finnish " + shown(b[n]->value);
        fact = a[n]->value.key + "|" + b[n]->value.key;
      } else if (n < a.size()) {
        fd.sv_value = a[n]->value.written;
        fd.message = capitalised(noun) + " " + shown(a[n]->value) +
                     " is only in the Swedish (the Finnish has: " + values_of(f, kind) + ")";
        fact = a[n]->value.key + "|";
      } else {
        fd.fi_value = b[n]->value.written;
        fd.message = capitalised(noun) + " " + shown(b[n]->value) +
                     " is only in the Finnish (the Swedish has: " + values_of(s, kind) + ")";
        fact = "|" + b[n]->value.key;
      }
      out.add(std::move(fd), 0, fact);
    }
  }
  // Acronyms: one the other side lacks is often the body written out there (a note); two
  // different ones are probably two different bodies (a warning).
  const auto a = unmatched(s, f, ValueKind::acronym), b = unmatched(f, s, ValueKind::acronym);
  if (a.empty() && b.empty()) return;
  std::vector<std::string> sa, fb;
  for (const Located* l : a) sa.push_back(l->value.written);
  for (const Located* l : b) fb.push_back(l->value.written);
  Finding fd;
  fd.link = k;
  fd.sv_line = a.empty() ? s.line : a.front()->line;
  fd.fi_line = b.empty() ? f.line : b.front()->line;
  fd.sv_eid = a.empty() ? s.eid : a.front()->eid;
  fd.fi_eid = b.empty() ? f.eid : b.front()->eid;
  fd.sv_value = joined(sa);
  fd.fi_value = joined(fb);
  if (!a.empty() && !b.empty()) {
    fd.code = "check.acronym-differs";
    fd.severity = out.severity(fd.code, Severity::warning);
    fd.message = "Acronyms differ: the Swedish names " + joined(sa) + ", the Finnish " +
                 joined(fb) + " (rules/align/acronyms.tsv pairs those that are the same body)";
  } else {
    fd.code = "check.acronym";
    fd.severity = out.severity(fd.code, Severity::note);
    const bool sv_side = !a.empty();
    const std::vector<std::string>& names = sv_side ? sa : fb;
    fd.message = std::string(names.size() > 1 ? "Acronyms " : "Acronym ") + joined(names) +
                 (names.size() > 1 ? " are" : " is") + " only in the " + language(sv_side) +
                 "; the " + language(!sv_side) + " may write the name out";
  }
  out.add(std::move(fd), 0);
}

// A person whose name the documents print (a signatory, an attendee).
struct Person {
  std::string name;    // as printed on the side it came from
  std::string folded;  // fold_name(name)
};

std::vector<Person> known_people(const PairSide& sv, const PairSide& fi) {
  std::vector<Person> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& name) {
    const std::string folded = check::fold_name(name);
    // A name has a first name and a surname; one word would match too much running text.
    if (folded.find(' ') == std::string::npos || !seen.insert(folded).second) return;
    out.push_back({name, folded});
  };
  for (const PairSide* side : {&sv, &fi}) {
    if (side->decision)
      for (const Signatory& s : side->decision->signatories) add(s.name);
    if (side->protocol) {
      for (const Attendee& a : side->protocol->attendees) add(a.name);
      for (const ProtocolSignatory& s : side->protocol->signatories) add(s.name);
    }
  }
  return out;
}

struct NameSeen {
  const Person* person = nullptr;
  check::NameHit hit;
  std::size_t unit = 0;
  std::size_t line = 0;
  std::string eid;
};

std::vector<NameSeen> names_in(const PairSide& side, const std::vector<std::size_t>& units,
                               const std::vector<Person>& people) {
  std::vector<NameSeen> out;
  std::vector<check::NameFinder> finders;  // each unit's words read once for every person
  finders.reserve(units.size());
  for (std::size_t i : units) finders.emplace_back(side.units[i].text);
  for (const Person& p : people)
    for (std::size_t k = 0; k < units.size(); ++k) {
      const std::size_t i = units[k];
      const auto hits = finders[k].find(p.folded);
      if (hits.empty()) continue;
      out.push_back({&p, hits.front(), i, side.units[i].lines.first, side.units[i].eid});
      break;
    }
  // In text order, so that pairs are made in order.
  std::stable_sort(out.begin(), out.end(), [](const NameSeen& a, const NameSeen& b) {
    return a.line != b.line ? a.line < b.line : a.hit.begin < b.hit.begin;
  });
  return out;
}

// Hyphens and spaces between a name's words: "Anna-Kaisa Ikonen" is "- ", "Anna Kaisa Ikonen" "  ".
std::string separators(const std::string& written) {
  std::string out;
  bool in_gap = false;
  for (std::size_t i = 0; i < written.size();) {
    const char32_t c = next_char(written, i);
    if (is_letter(c)) {
      in_gap = false;
      continue;
    }
    if (!in_gap)
      out += c == '-' ? '-' : ' ';
    else if (c == '-')
      out.back() = '-';
    in_gap = true;
  }
  return out;
}

void spelling_finding(const std::string& sv_written, const std::string& fi_written,
                      std::size_t sv_line, std::size_t fi_line, const std::string& sv_eid,
                      const std::string& fi_eid, std::size_t k, Collector& out) {
  Finding fd;
  fd.code = "check.name-spelling";
  fd.severity = out.severity(fd.code, Severity::warning);
  fd.link = k;
  fd.sv_line = sv_line;
  fd.fi_line = fi_line;
  fd.sv_eid = sv_eid;
  fd.fi_eid = fi_eid;
  fd.sv_value = sv_written;
  fd.fi_value = fi_written;
  fd.message = "Name spelt two ways: " + quoted(sv_written) + " in the Swedish, " +
               quoted(fi_written) + " in the Finnish";
  // The same two spellings elsewhere are the same finding.
  out.add(
      std::move(fd), 0,
      check::fold_name(sv_written) + "|" + separators(sv_written) + "|" + separators(fi_written),
      true);
}

void check_names(const PairSide& sv, const PairSide& fi, const AlignLink& l, std::size_t k,
                 const std::vector<Person>& people, Collector& out) {
  const auto a = names_in(sv, l.sv, people), b = names_in(fi, l.fi, people);
  std::vector<const NameSeen*> sv_only, fi_only;
  for (const NameSeen& x : a) {
    auto it =
        std::find_if(b.begin(), b.end(), [&](const NameSeen& y) { return y.person == x.person; });
    if (it == b.end()) {
      sv_only.push_back(&x);
      continue;
    }
    if (separators(x.hit.written) != separators(it->hit.written))
      spelling_finding(x.hit.written, it->hit.written, x.line, it->line, x.eid, it->eid, k, out);
  }
  for (const NameSeen& y : b)
    if (std::none_of(a.begin(), a.end(), [&](const NameSeen& x) { return x.person == y.person; }))
      fi_only.push_back(&y);
  // A person the other side does not name: another name in their place is a different person
  // (an error), none at all is a name left out (a warning).
  for (std::size_t n = 0; n < std::max(sv_only.size(), fi_only.size()); ++n) {
    const NameSeen* x = n < sv_only.size() ? sv_only[n] : nullptr;
    const NameSeen* y = n < fi_only.size() ? fi_only[n] : nullptr;
    Finding fd;
    fd.link = k;
    fd.sv_line = x ? x->line : sv.units[l.sv.front()].lines.first;
    fd.fi_line = y ? y->line : fi.units[l.fi.front()].lines.first;
    fd.sv_eid = x ? x->eid : sv.units[l.sv.front()].eid;
    fd.fi_eid = y ? y->eid : fi.units[l.fi.front()].eid;
    if (x) fd.sv_value = x->hit.written;
    if (y) fd.fi_value = y->hit.written;
    if (x && y) {
      fd.code = "check.name";
      fd.severity = out.severity(fd.code, Severity::error);
      fd.message = "Different names: the Swedish names " + quoted(x->hit.written) +
                   " where the Finnish names " + quoted(y->hit.written);
    } else {
      fd.code = "check.name-missing";
      fd.severity = out.severity(fd.code, Severity::warning);
      const NameSeen* z = x ? x : y;
      fd.message = "The " + std::string(language(x != nullptr)) + " names " +
                   quoted(z->hit.written) + ", the " + language(x == nullptr) +
                   " does not name them here";
    }
    out.add(std::move(fd), 0);
  }
  // Names the documents do not list, written with a hyphen on one side and without on the other.
  auto variants = [&](const PairSide& from, const std::vector<std::size_t>& from_units,
                      const std::vector<NameSeen>& listed, const PairSide& to,
                      const std::vector<std::size_t>& to_units, bool from_sv) {
    for (std::size_t i : from_units)
      for (const check::NameHit& h : check::hyphenated_names(from.units[i].text)) {
        // Part of a listed person's name, compared above.
        if (std::any_of(listed.begin(), listed.end(), [&](const NameSeen& n) {
              return n.unit == i && n.hit.begin <= h.begin && h.end <= n.hit.end;
            }))
          continue;
        for (std::size_t j : to_units)
          for (const check::NameHit& g :
               check::find_name(to.units[j].text, check::fold_name(h.written))) {
            if (separators(g.written) == separators(h.written)) continue;
            if (from_sv)
              spelling_finding(h.written, g.written, from.units[i].lines.first,
                               to.units[j].lines.first, from.units[i].eid, to.units[j].eid, k, out);
            else
              spelling_finding(g.written, h.written, to.units[j].lines.first,
                               from.units[i].lines.first, to.units[j].eid, from.units[i].eid, k,
                               out);
          }
      }
  };
  variants(sv, l.sv, a, fi, l.fi, true);
  variants(fi, l.fi, b, sv, l.sv, false);
}

// ---- pass 3: length -----------------------------------------------------------------------------

void check_length(const SideText& s, const SideText& f, std::size_t k, const Rules& rules,
                  Collector& out) {
  const Params& p = out.params;
  if (static_cast<double>(std::max(s.chars, f.chars)) < p.length_min_chars || !s.chars || !f.chars)
    return;
  const double expected = rules.align.length_ratio > 0 ? rules.align.length_ratio : 1.0;
  const double r = static_cast<double>(f.chars) / static_cast<double>(s.chars) / expected;
  const bool fi_short = r < p.length_low || (s.sentences > f.sentences && r < p.sentence_low);
  const bool sv_short = r > p.length_high || (f.sentences > s.sentences && r > p.sentence_high);
  if (!fi_short && !sv_short) return;
  char ratio[32];
  std::snprintf(ratio, sizeof ratio, "%.2f", r);
  Finding fd;
  fd.code = "check.length-ratio";
  fd.severity = out.severity(fd.code, Severity::warning);
  fd.link = k;
  fd.sv_line = s.line;
  fd.fi_line = f.line;
  fd.sv_eid = s.eid;
  fd.fi_eid = f.eid;
  std::string sentences;
  if (s.sentences != f.sentences)
    sentences = "; " + std::to_string(s.sentences) +
                (s.sentences == 1 ? " sentence" : " sentences") + " in the Swedish, " +
                std::to_string(f.sentences) + " in the Finnish";
  // Fewer sentences on the shorter side point at a dropped sentence; more, at text left out of
  // one.
  const bool fewer = fi_short ? f.sentences <= s.sentences : s.sentences <= f.sentences;
  fd.message = "The Finnish is " + std::string(ratio) + " times as long as expected (" +
               std::to_string(s.chars) + " characters in the Swedish, " + std::to_string(f.chars) +
               " in the Finnish" + sentences + "): the " + (fi_short ? "Finnish" : "Swedish") +
               (fewer ? " may lack a sentence" : " may lack text");
  out.add(std::move(fd), 0);
}

// ---- pass 4: the models -------------------------------------------------------------------------

struct ModelCheck {
  const PairSide& sv;
  const PairSide& fi;
  const Rules& rules;
  const Places& pl;
  Collector& out;

  // The unit a line of the model is in: the most specific one where units overlap (a
  // recommendation is also a paragraph of its decision), else the narrowest.
  std::ptrdiff_t unit_at(bool sv_side, std::size_t line) const {
    const std::vector<AlignUnit>& units = (sv_side ? sv : fi).units;
    std::ptrdiff_t best = -1;
    for (std::size_t i = 0; i < units.size(); ++i) {
      const LineSpan s = units[i].lines;
      if (line < s.first || line > s.last) continue;
      if (best < 0) {
        best = static_cast<std::ptrdiff_t>(i);
        continue;
      }
      const AlignUnit& b = units[static_cast<std::size_t>(best)];
      const int si = specificity(units[i].eid), sb = specificity(b.eid);
      if (si > sb || (si == sb && s.last - s.first < b.lines.last - b.lines.first))
        best = static_cast<std::ptrdiff_t>(i);
    }
    return best;
  }

  std::size_t link_at(bool sv_side, std::size_t line) const {
    const std::ptrdiff_t u = unit_at(sv_side, line);
    if (u < 0) return kNoLink;
    const auto& links = sv_side ? pl.sv_link : pl.fi_link;
    auto it = links.find(static_cast<std::size_t>(u));
    return it == links.end() ? kNoLink : it->second;
  }

  std::string eid_at(bool sv_side, std::size_t line) const {
    const std::ptrdiff_t u = unit_at(sv_side, line);
    return u < 0 ? "" : (sv_side ? sv : fi).units[static_cast<std::size_t>(u)].eid;
  }

  void add(const std::string& code, Severity fallback, const std::string& message,
           std::size_t sv_line, std::size_t fi_line, const std::string& sv_value,
           const std::string& fi_value, const std::string& fact = "",
           const std::string& severity_key = "") {
    Finding f;
    f.code = code;
    f.severity = out.severity(severity_key.empty() ? code : severity_key, fallback);
    f.message = message;
    f.sv_line = sv_line;
    f.fi_line = fi_line;
    f.sv_eid = sv_line ? eid_at(true, sv_line) : "";
    f.fi_eid = fi_line ? eid_at(false, fi_line) : "";
    f.sv_value = sv_value;
    f.fi_value = fi_value;
    f.link = sv_line ? link_at(true, sv_line) : kNoLink;
    if (f.link == kNoLink && fi_line) f.link = link_at(false, fi_line);
    out.add(std::move(f), 0, fact, true);
  }

  // A date of the model: the link pass may have reported it already, as the same fact.
  void date(const char* what, const std::optional<Date>& a, const std::optional<Date>& b,
            const std::string& sv_text, const std::string& fi_text, std::size_t sv_line,
            std::size_t fi_line) {
    if (!a || !b || *a == *b) return;
    const std::string fact = a->iso() + "|" + b->iso();
    if (out.known("check.date", fact)) return;
    const std::string sa = written_date(sv_text, *a), fb = written_date(fi_text, *b);
    auto shown = [](const std::string& written, const Date& d) {
      return written == d.iso() ? written : written + " (" + d.iso() + ")";
    };
    add("check.date", Severity::error,
        capitalised(what) + " differs: the Swedish says " + shown(sa, *a) + ", the Finnish " +
            shown(fb, *b),
        sv_line, fi_line, sa, fb, fact);
  }

  std::string written_date(const std::string& text, const Date& d) const {
    for (const DateMatch& m : find_dates(text, rules))
      if (m.date == d) return text.substr(m.begin, m.end - m.begin);
    return d.iso();
  }

  void decision(const Decision& s, const Decision& f) {
    date("the publication date in the masthead", s.publication_date, f.publication_date, s.masthead,
         f.masthead, s.masthead_lines.first, f.masthead_lines.first);
    date("the entry-into-force date", s.entry_into_force_date, f.entry_into_force_date,
         s.entry_into_force.text, f.entry_into_force.text, s.entry_into_force.lines.first,
         f.entry_into_force.lines.first);
    date("the date of signing", s.signing_date, f.signing_date, s.place_date, f.place_date,
         s.signing_lines.first, f.signing_lines.first);
    if (!s.number.empty() && !f.number.empty() && s.number != f.number &&
        !out.known("check.law", s.number + "|" + f.number))
      add("check.law", Severity::error,
          "The statute number differs: " + s.number + " in the Swedish, " + f.number +
              " in the Finnish",
          s.number_lines.first, f.number_lines.first, s.number, f.number,
          s.number + "|" + f.number);
    // The enacting clause's law references, as sets: "611/2021 12 a".
    auto refs = [](const Decision& d) {
      std::map<std::string, const LawRef*> out;
      for (const LawRef& r : d.law_refs)
        out.emplace(std::to_string(r.number) + "/" + std::to_string(r.year), &r);
      return out;
    };
    const auto a = refs(s), b = refs(f);
    for (const auto& [key, r] : a) {
      auto it = b.find(key);
      if (it == b.end()) {
        if (out.known("check.law", key + "|")) continue;
        add("check.law", Severity::error,
            "Law reference " + key + " is only in the Swedish enacting clause", r->lines.first,
            f.legal_basis.lines.first, r->text, "", key + "|");
      } else if (r->section != it->second->section) {
        const std::string fact = r->section + " §|" + it->second->section + " §";
        if (out.known("check.section", fact)) continue;
        add("check.section", Severity::error,
            "The section of law " + key + " differs: " +
                (r->section.empty() ? "none" : r->section + " §") + " in the Swedish, " +
                (it->second->section.empty() ? "none" : it->second->section + " §") +
                " in the Finnish",
            r->lines.first, it->second->lines.first, r->section, it->second->section, fact);
      }
    }
    for (const auto& [key, r] : b)
      if (!a.count(key) && !out.known("check.law", "|" + key))
        add("check.law", Severity::error,
            "Law reference " + key + " is only in the Finnish enacting clause",
            s.legal_basis.lines.first, r->lines.first, "", r->text, "|" + key);
  }

  void protocol(const Protocol& s, const Protocol& f) {
    date("the meeting date", s.meeting_date, f.meeting_date, s.time_text, f.time_text,
         s.time_lines.first, f.time_lines.first);
    date("the protocol date", s.protocol_date, f.protocol_date, "", "", s.case_number_line,
         f.case_number_line);
    auto time = [&](const char* what, const std::string& a, const std::string& b,
                    std::size_t sv_line, std::size_t fi_line) {
      if (a.empty() || b.empty() || a == b || out.known("check.time", a + "|" + b)) return;
      add("check.time", Severity::error,
          capitalised(what) + " differs: " + a + " in the Swedish, " + b + " in the Finnish",
          sv_line, fi_line, a, b, a + "|" + b);
    };
    time("the meeting's start", s.start_time, f.start_time, s.time_lines.first, f.time_lines.first);
    time("the meeting's end", s.end_time, f.end_time, s.time_lines.first, f.time_lines.first);
    time("the closing time", s.closing_time, f.closing_time, s.closing_lines.first,
         f.closing_lines.first);
    const std::string a = collapse_spaces(s.case_number), b = collapse_spaces(f.case_number);
    if (a != b && !out.known("check.case-number", a + "|" + b)) {
      std::string msg = a.empty()   ? "The case number " + b + " is only in the Finnish"
                        : b.empty() ? "The case number " + a + " is only in the Swedish"
                                    : "The case number differs: " + a + " in the Swedish, " + b +
                                          " in the Finnish";
      add("check.case-number", Severity::error, msg, s.case_number_line, f.case_number_line, a, b,
          a + "|" + b);
    }
    // Attendees by name: one in another group (or on site on one side, remote on the other).
    std::map<std::string, const Attendee*> fi_by_name;
    for (const Attendee& x : f.attendees) fi_by_name.emplace(check::fold_name(x.name), &x);
    for (const Attendee& x : s.attendees) {
      auto it = fi_by_name.find(check::fold_name(x.name));
      if (it == fi_by_name.end()) continue;
      const Attendee& y = *it->second;
      if (x.group == y.group && x.remote == y.remote) continue;
      add("check.attendee-group", Severity::warning,
          x.name + " is listed under " + quoted(x.group_heading) + " in the Swedish, under " +
              quoted(y.group_heading) + " in the Finnish",
          x.lines.first, y.lines.first, x.group_heading, y.group_heading);
    }
    // Recommendations per list, and each recommendation's follow-up indicators.
    std::map<std::string, const RecommendationList*> fl;
    for (const RecommendationList& l : f.recommendations) fl.emplace(l.list + "_" + l.issuer, &l);
    for (const RecommendationList& l : s.recommendations) {
      auto it = fl.find(l.list + "_" + l.issuer);
      if (it == fl.end()) continue;
      const std::string list =
          "the " + l.list + " list" + (l.issuer == "MIN" ? "" : " of " + l.issuer);
      const std::string prefix = "recommendations_" + l.list + "_" + l.issuer + "_";
      if (l.items.size() != it->second->items.size() &&
          !explained(prefix, l.items.size(), it->second->items.size()))
        add("check.count", Severity::error,
            "The Swedish has " + std::to_string(l.items.size()) + " recommendations in " + list +
                ", the Finnish " + std::to_string(it->second->items.size()),
            l.lines.first, it->second->lines.first, std::to_string(l.items.size()),
            std::to_string(it->second->items.size()));
      for (const Recommendation& r : l.items)
        for (const Recommendation& q : it->second->items) {
          if (q.number != r.number || !r.follow_up || !q.follow_up) continue;
          const std::size_t n = r.follow_up->indicators.size(), m = q.follow_up->indicators.size();
          if (n == m) continue;
          add("check.count", Severity::warning,
              "The follow-up of recommendation " + std::to_string(r.number) + " of " + list +
                  " has " + std::to_string(n) + " indicators in the Swedish, " + std::to_string(m) +
                  " in the Finnish",
              r.follow_up->lines.first, q.follow_up->lines.first, std::to_string(n),
              std::to_string(m), "", "check.count.indicators");
        }
    }
  }

  void publication(const Publication& s, const Publication& f) {
    auto digits = [](const std::string& id) {
      std::string out;
      for (char c : id)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == 'X') out += c;
      return out;
    };
    const std::size_t sl = s.title_lines.first, fl = f.title_lines.first;
    if (!s.issn.empty() && !f.issn.empty() && digits(s.issn) != digits(f.issn))
      add("check.identifier", Severity::error,
          "The ISSN differs: " + s.issn + " in the Swedish, " + f.issn + " in the Finnish", sl, fl,
          s.issn, f.issn, "ISSN " + digits(s.issn) + "|ISSN " + digits(f.issn));
    if (!s.isbn.empty() && !f.isbn.empty() && digits(s.isbn) != digits(f.isbn))
      add("check.isbn", Severity::note,
          "The editions have different ISBNs, " + s.isbn + " (Swedish) and " + f.isbn +
              " (Finnish): usual for separate language editions; check that each description "
              "sheet names its own",
          sl, fl, s.isbn, f.isbn);
    std::map<std::string, const PublicationObjective*> fo;
    for (const PublicationObjective& o : f.objectives) fo.emplace(o.num, &o);
    for (const PublicationObjective& o : s.objectives) {
      auto it = fo.find(o.num);
      if (it == fo.end()) continue;
      const PublicationObjective& q = *it->second;
      if (o.indicators.size() != q.indicators.size() &&
          !explained("sec_" + dashed(o.num) + "__subsec_indicators__point_", o.indicators.size(),
                     q.indicators.size()))
        add("check.count", Severity::warning,
            "Section " + o.num + " has " + std::to_string(o.indicators.size()) +
                " indicators in the Swedish, " + std::to_string(q.indicators.size()) +
                " in the Finnish",
            o.indicators_lines.first, q.indicators_lines.first, std::to_string(o.indicators.size()),
            std::to_string(q.indicators.size()), "", "check.count.indicators");
      std::set<int> a, b;
      for (const Indicator& i : o.indicators) a.insert(i.sotkanet.begin(), i.sotkanet.end());
      for (const Indicator& i : q.indicators) b.insert(i.sotkanet.begin(), i.sotkanet.end());
      for (int n : a)
        if (!b.count(n) && !out.known("check.number", std::to_string(n) + "|"))
          add("check.number", Severity::error,
              "Sotkanet indicator " + std::to_string(n) + " of section " + o.num +
                  " is only in the Swedish",
              o.indicators_lines.first, q.indicators_lines.first, std::to_string(n), "");
      for (int n : b)
        if (!a.count(n) && !out.known("check.number", "|" + std::to_string(n)))
          add("check.number", Severity::error,
              "Sotkanet indicator " + std::to_string(n) + " of section " + o.num +
                  " is only in the Finnish",
              o.indicators_lines.first, q.indicators_lines.first, "", std::to_string(n));
    }
  }

  static std::string dashed(std::string s) {
    std::replace(s.begin(), s.end(), '.', '-');
    return s;
  }

  // True when units present in one language only, with eIds beginning with `prefix`, account
  // for the difference between `n_sv` and `n_fi` things counted.
  bool explained(const std::string& prefix, std::size_t n_sv, std::size_t n_fi) const {
    std::ptrdiff_t only_sv = 0, only_fi = 0;
    for (const Finding& f : out.findings) {
      if (f.code == "check.only-in-sv" && starts(f.sv_eid, prefix) &&
          f.sv_eid.find("__", prefix.size()) == std::string::npos)
        ++only_sv;
      if (f.code == "check.only-in-fi" && starts(f.fi_eid, prefix) &&
          f.fi_eid.find("__", prefix.size()) == std::string::npos)
        ++only_fi;
    }
    return only_sv + only_fi > 0 && only_sv - only_fi == static_cast<std::ptrdiff_t>(n_sv) -
                                                             static_cast<std::ptrdiff_t>(n_fi);
  }

  // The counts of the pair's kind; a difference that units in one language only account for is
  // not reported again.
  void counts() {
    // These are compared in finer grain above: per list, per recommendation, per section, as
    // sets of references.
    static const std::set<std::string> kFiner = {"recommendations", "follow-up-indicators",
                                                 "indicators", "law-references"};
    for (const PairCount& c : pair_counts(sv, fi)) {
      if (!c.sv || !c.fi || *c.sv == *c.fi || kFiner.count(c.key)) continue;
      std::ptrdiff_t only_sv = 0, only_fi = 0;
      for (const Finding& f : out.findings) {
        if (f.code != "check.only-in-sv" && f.code != "check.only-in-fi") continue;
        const bool in_sv = f.code == "check.only-in-sv";
        const PairSide& side = in_sv ? sv : fi;
        const std::string& eid = in_sv ? f.sv_eid : f.fi_eid;
        const std::size_t line = in_sv ? f.sv_line : f.fi_line;
        for (const AlignUnit& u : side.units)
          if (u.eid == eid && u.lines.first == line && describe(side, u).kind == c.unit_kind)
            ++(in_sv ? only_sv : only_fi);
      }
      if (only_sv + only_fi > 0 && only_sv - only_fi == static_cast<std::ptrdiff_t>(*c.sv) -
                                                            static_cast<std::ptrdiff_t>(*c.fi))
        continue;
      add("check.count", Severity::error,
          "The Swedish has " + std::to_string(*c.sv) + " " + c.name + ", the Finnish " +
              std::to_string(*c.fi),
          c.sv_line, c.fi_line, std::to_string(*c.sv), std::to_string(*c.fi), "", "check.count");
    }
  }
};

}  // namespace

std::vector<Finding> check_pair(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                                const Rules& rules) {
  // rules/align/check.tsv, read and compiled once per rules directory (Rules::derived).
  struct Loaded {
    Params params;
    std::vector<Finding> problems;
  };
  const Loaded& loaded = rules.derived->get<Loaded>("align/check.tsv " + rules.dir.string(), [&] {
    Loaded l;
    l.params = check::load_params(rules, l.problems);
    return l;
  });
  std::vector<Finding> problems = loaded.problems;
  const Params& params = loaded.params;
  Collector out{params, {}, {}, {}};
  for (Finding& p : problems) out.add(std::move(p), 0);
  const Places pl = places_of(sv, fi, alignment);
  const std::vector<Person> people = known_people(sv, fi);

  for (std::size_t k = 0; k < alignment.links.size(); ++k) {
    const AlignLink& l = alignment.links[k];
    if (!valid_link(l, sv, fi) || (l.sv.empty() && l.fi.empty())) continue;
    if (l.sv.empty() || l.fi.empty()) {
      check_one_sided(sv, fi, alignment, pl, k, out);
      continue;
    }
    const SideText s = side_text(sv, l.sv, true, rules, params);
    const SideText f = side_text(fi, l.fi, false, rules, params);
    check_values(s, f, k, out);
    check_names(sv, fi, l, k, people, out);
    check_length(s, f, k, rules, out);
  }

  ModelCheck model{sv, fi, rules, pl, out};
  if (sv.decision && fi.decision) model.decision(*sv.decision, *fi.decision);
  if (sv.protocol && fi.protocol) model.protocol(*sv.protocol, *fi.protocol);
  if (sv.publication && fi.publication) model.publication(*sv.publication, *fi.publication);
  model.counts();

  // Overlapping units (specificity()) give the same finding twice, at the same place with the
  // same values: the one on the more specific unit stays.
  std::vector<std::size_t> order;
  std::map<std::string, std::size_t> seen;  // place and values -> position in `order`
  for (std::size_t i = 0; i < out.findings.size(); ++i) {
    const Finding& f = out.findings[i];
    const bool only = starts(f.code, "check.only-in");
    const std::string key =
        f.code + "|" + std::to_string(f.sv_line) + "|" + std::to_string(f.fi_line) +
        (only || (!f.sv_line && !f.fi_line) ? "" : "|" + f.sv_value + "|" + f.fi_value) +
        (!f.sv_line && !f.fi_line ? "|" + f.message : "");
    auto [it, fresh] = seen.emplace(key, order.size());
    if (fresh) {
      order.push_back(i);
      continue;
    }
    const Finding& kept = out.findings[order[it->second]];
    if (specificity(f.sv_eid) + specificity(f.fi_eid) >
        specificity(kept.sv_eid) + specificity(kept.fi_eid))
      order[it->second] = i;
  }
  // Errors first, then warnings, then notes; within each, in the order of the Swedish text.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Finding& x = out.findings[a];
    const Finding& y = out.findings[b];
    if (x.severity != y.severity) return x.severity > y.severity;
    if (out.sv_order[a] != out.sv_order[b]) return out.sv_order[a] < out.sv_order[b];
    return x.fi_line < y.fi_line;
  });
  std::vector<Finding> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(out.findings[i]));
  return sorted;
}

}  // namespace tolk
