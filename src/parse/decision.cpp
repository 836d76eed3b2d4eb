// The Government decision parser. The structure is the Statute Book's: an optional masthead
// (collection, date, number), the document type and title, the enacting clause, objective groups
// with numbered objectives "N)", the entry into force, place and date, and the signatures. The
// words that mark each part are in rules/<lang>/decision.tsv.
#include <re2/re2.h>

#include <algorithm>

#include "core/unicode.h"
#include "parse/dates.h"
#include "parse/parse.h"

namespace tolk {

namespace {

bool matches(const Rules& rules, std::string_view field, std::string_view text,
             std::string* g1 = nullptr, std::string* g2 = nullptr) {
  for (const FieldPattern* p : patterns_for(rules.all.decision, field)) {
    const int groups = p->re->NumberOfCapturingGroups();
    bool ok = groups >= 2 && g2 ? RE2::PartialMatch(text, *p->re, g1, g2)
              : groups >= 1 && g1 ? RE2::PartialMatch(text, *p->re, g1)
                                  : RE2::PartialMatch(text, *p->re);
    if (ok) return true;
  }
  return false;
}

// "1)" -> 1; 0 when the label is not an objective number.
int objective_number(const Block& b) {
  static const RE2 kNum(R"((\d{1,3})\))");
  int n = 0;
  if (b.kind != BlockKind::list_item || !RE2::FullMatch(b.label, kNum, &n)) return 0;
  return n;
}

// At most `n` bytes of `s` for a message, cut at a character boundary so that the message stays
// UTF-8 (a JSON writer refuses anything else).
std::string clip(std::string_view s, std::size_t n = 60) {
  if (s.size() <= n) return std::string(s);
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut));
}

std::string after_label(const Block& b) {
  if (b.text.rfind(b.label, 0) == 0) return std::string(trim(std::string_view(b.text).substr(b.label.size())));
  return b.text;
}

Diagnostic diag(const Layout& l, std::size_t line, Severity s, std::string code, std::string msg) {
  Diagnostic d;
  d.file = l.file;
  d.line = line;
  d.severity = s;
  d.code = std::move(code);
  d.message = std::move(msg);
  return d;
}

// Law references in an enacting clause: "(611/2021)", "lag 468/2024"; a section "12 a §" goes
// to the nearest law reference.
std::vector<LawRef> law_refs(const Para& p) {
  std::vector<LawRef> refs;
  std::vector<std::size_t> at;
  re2::StringPiece in(p.text), whole;
  int num = 0, year = 0;
  static const RE2 kLawCapture(R"(((\d{1,4})/(\d{4})))");
  while (RE2::FindAndConsume(&in, kLawCapture, &whole, &num, &year)) {
    LawRef r;
    r.text = std::string(whole.data(), whole.size());
    r.number = num;
    r.year = year;
    r.lines = p.lines;
    refs.push_back(r);
    at.push_back(static_cast<std::size_t>(whole.data() - p.text.data()));
  }
  static const RE2 kSection(R"(((\d{1,3})(?:\s?([a-z]))?)\s*§)");
  re2::StringPiece sin(p.text), sec, secnum, letter;
  while (RE2::FindAndConsume(&sin, kSection, &sec, &secnum, &letter)) {
    if (refs.empty()) break;
    const std::size_t pos = static_cast<std::size_t>(sec.data() - p.text.data());
    std::size_t best = 0;
    for (std::size_t i = 1; i < refs.size(); ++i) {
      auto dist = [&](std::size_t k) { return at[k] > pos ? at[k] - pos : pos - at[k]; };
      if (dist(i) < dist(best)) best = i;
    }
    std::string s(secnum.data(), secnum.size());
    if (!letter.empty()) (s += ' ').append(letter.data(), letter.size());
    if (refs[best].section.empty()) refs[best].section = s;
  }
  return refs;
}

}  // namespace

Decision parse_decision(const Layout& layout, const Rules& rules, Diagnostics& diags) {
  Decision d;
  const auto& blocks = layout.blocks;
  const std::size_t first_line = blocks.empty() ? 1 : blocks.front().lines.first;
  std::size_t i = 0;

  // Preface: masthead, number, document type and title, up to the enacting clause.
  for (; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    std::string g1, g2;
    if (matches(rules, "legal-basis", b.text)) break;
    if (objective_number(b)) break;
    if (d.masthead.empty() && matches(rules, "masthead", b.text, &g1)) {
      d.masthead = b.text;
      d.collection = g1;
      d.masthead_lines = b.lines;
      d.publication_date = first_date(b.text, rules);
      continue;
    }
    static const RE2 kNumber(R"((\d{1,4}/\d{4}))");
    if (d.number.empty() && RE2::FullMatch(b.text, kNumber, &g1)) {
      d.number = g1;
      d.number_lines = b.lines;
      continue;
    }
    if (d.doc_type.empty() && matches(rules, "doc-type", b.text, &g1, &g2)) {
      d.doc_type = g1;
      d.title = g2;
      d.title_lines = b.lines;
      continue;
    }
    diags.push_back(diag(layout, b.lines.first, Severity::warning, "decision.unexpected-block",
                         "text before the enacting clause that is neither masthead, number nor "
                         "title: '" + clip(b.text) + "'"));
  }
  if (d.masthead.empty())
    diags.push_back(diag(layout, first_line, Severity::warning, "decision.no-masthead",
                         "no Statute Book masthead (collection, publication date)"));
  if (d.number.empty())
    diags.push_back(diag(layout, first_line, Severity::warning, "decision.no-number",
                         "no statute number such as 272/2025"));
  if (d.doc_type.empty())
    diags.push_back(diag(layout, first_line, Severity::warning, "decision.no-title",
                         "no document type and title such as 'Statsrådets beslut om …'"));

  // Enacting clause.
  if (i < blocks.size() && matches(rules, "legal-basis", blocks[i].text)) {
    d.legal_basis = {blocks[i].text, blocks[i].lines, false};
    d.law_refs = law_refs(d.legal_basis);
    if (d.law_refs.empty())
      diags.push_back(diag(layout, blocks[i].lines.first, Severity::warning, "decision.no-law-reference",
                           "the enacting clause cites no law by number"));
    ++i;
  } else {
    diags.push_back(diag(layout, i < blocks.size() ? blocks[i].lines.first : first_line,
                         Severity::error, "decision.no-legal-basis",
                         "no enacting clause ('Med stöd av …' / '… nojalla')"));
  }

  // Intro, groups and objectives, up to the entry into force.
  ObjectiveGroup* group = nullptr;
  Objective* objective = nullptr;
  for (; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (matches(rules, "entry-into-force", b.text) && b.kind == BlockKind::paragraph) break;
    if (int n = objective_number(b)) {
      if (!group) {
        d.groups.push_back({});
        group = &d.groups.back();
        group->lines = b.lines;
      }
      Objective o;
      o.num = b.label;
      o.number = n;
      o.statement = after_label(b);
      o.statement_lines = b.lines;
      o.lines = b.lines;
      group->objectives.push_back(std::move(o));
      objective = &group->objectives.back();
      group->lines.last = b.lines.last;
      continue;
    }
    // A heading ending in ':' followed by an objective opens a group.
    const bool opens_group = b.kind == BlockKind::heading && !b.text.empty() &&
                             b.text.back() == ':' && i + 1 < blocks.size() &&
                             objective_number(blocks[i + 1]);
    if (opens_group) {
      d.groups.push_back({b.text, b.lines, {}});
      group = &d.groups.back();
      objective = nullptr;
      continue;
    }
    Para p{b.text, b.lines, b.kind == BlockKind::heading};
    if (objective) {
      objective->body.push_back(p);
      objective->lines.last = b.lines.last;
      group->lines.last = b.lines.last;
    } else {
      d.intro.push_back(p);
    }
  }

  // Entry into force, place and date, signatures.
  if (i < blocks.size()) {
    d.entry_into_force = {blocks[i].text, blocks[i].lines, false};
    d.entry_into_force_date = first_date(blocks[i].text, rules);
    if (!d.entry_into_force_date)
      diags.push_back(diag(layout, blocks[i].lines.first, Severity::warning, "decision.no-date",
                           "the entry into force gives no date"));
    ++i;
  } else {
    diags.push_back(diag(layout, blocks.empty() ? 1 : blocks.back().lines.last, Severity::error,
                         "decision.no-entry-into-force", "no entry-into-force sentence"));
  }
  for (; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    std::string g1, g2;
    if (d.place.empty() && matches(rules, "place-date", b.text, &g1, &g2)) {
      d.place_date = b.text;
      d.place = g1;
      d.signing_date = first_date(g2, rules);
      d.signing_lines = b.lines;
      if (!d.signing_date)
        diags.push_back(diag(layout, b.lines.first, Severity::warning, "decision.bad-date",
                             "'" + g2 + "' is not a date"));
      continue;
    }
    if (matches(rules, "signatory", b.text, &g1, &g2)) {
      d.signatories.push_back({g1, g2, b.lines});
      continue;
    }
    diags.push_back(diag(layout, b.lines.first, Severity::warning, "decision.unexpected-block",
                         "text after the entry into force that is neither place and date nor a "
                         "signature: '" + clip(b.text) + "'"));
  }
  if (d.place.empty())
    diags.push_back(diag(layout, blocks.empty() ? 1 : blocks.back().lines.last, Severity::warning,
                         "decision.no-place-date", "no place and date of signing"));
  if (d.signatories.empty())
    diags.push_back(diag(layout, blocks.empty() ? 1 : blocks.back().lines.last, Severity::warning,
                         "decision.no-signatory", "no signatures"));

  // Objectives are numbered 1, 2, 3, … across the groups.
  int expected = 1;
  std::size_t count = 0;
  for (const auto& g : d.groups) {
    for (const auto& o : g.objectives) {
      ++count;
      if (o.number != expected)
        diags.push_back(diag(layout, o.lines.first, Severity::warning, "decision.numbering",
                             "objective " + o.num + " where " + std::to_string(expected) +
                                 ") was expected"));
      expected = o.number + 1;
    }
  }
  if (count == 0)
    diags.push_back(diag(layout, first_line, Severity::error, "decision.no-objectives",
                         "no numbered objectives 1), 2), …"));
  return d;
}

}  // namespace tolk
