#include "align/check_counts.h"

#include <functional>

namespace tolk {

namespace {

// How many things a model has of one kind, and the line of the first.
struct Tally {
  std::size_t n = 0;
  std::size_t line = 0;
  void add(std::size_t count, std::size_t first_line) {
    if (count && !line) line = first_line;
    n += count;
  }
};

Tally objectives(const Decision& d) {
  Tally t;
  for (const ObjectiveGroup& g : d.groups)
    for (const Objective& o : g.objectives) t.add(1, o.statement_lines.first);
  return t;
}

Tally groups(const Decision& d) {
  Tally t;
  for (const ObjectiveGroup& g : d.groups) t.add(1, g.lines.first);
  return t;
}

Tally signatories(const Decision& d) {
  Tally t;
  for (const Signatory& s : d.signatories) t.add(1, s.lines.first);
  return t;
}

Tally law_refs(const Decision& d) {
  Tally t;
  for (const LawRef& r : d.law_refs) t.add(1, r.lines.first);
  return t;
}

Tally attendees(const Protocol& p) {
  Tally t;
  for (const Attendee& a : p.attendees) t.add(1, a.lines.first);
  return t;
}

Tally agenda_items(const Protocol& p) {
  Tally t;
  for (const AgendaItem& i : p.agenda) t.add(1, i.heading_lines.first);
  return t;
}

Tally recommendations(const Protocol& p) {
  Tally t;
  for (const RecommendationList& l : p.recommendations)
    for (const Recommendation& r : l.items) t.add(1, r.lines.first);
  return t;
}

Tally follow_up_indicators(const Protocol& p) {
  Tally t;
  for (const RecommendationList& l : p.recommendations)
    for (const Recommendation& r : l.items)
      if (r.follow_up) t.add(r.follow_up->indicators.size(), r.follow_up->lines.first);
  return t;
}

Tally signatories(const Protocol& p) {
  Tally t;
  for (const ProtocolSignatory& s : p.signatories) t.add(1, s.lines.first);
  return t;
}

Tally objectives(const Publication& p) {
  Tally t;
  for (const PublicationObjective& o : p.objectives) t.add(1, o.heading_lines.first);
  return t;
}

Tally indicators(const Publication& p) {
  Tally t;
  for (const PublicationObjective& o : p.objectives)
    for (const Indicator& i : o.indicators) t.add(1, i.lines.first);
  return t;
}

Tally sheets(const Publication& p) {
  Tally t;
  for (const DescriptionSheet& s : p.sheets) t.add(1, s.lines.first);
  return t;
}

template <typename Model>
void row(std::vector<PairCount>& out, std::string key, std::string name, std::string unit_kind,
         const Model* sv, const Model* fi, const std::function<Tally(const Model&)>& tally) {
  PairCount c;
  c.key = std::move(key);
  c.name = std::move(name);
  c.unit_kind = std::move(unit_kind);
  if (sv) {
    const Tally t = tally(*sv);
    c.sv = t.n;
    c.sv_line = t.line;
  }
  if (fi) {
    const Tally t = tally(*fi);
    c.fi = t.n;
    c.fi_line = t.line;
  }
  out.push_back(std::move(c));
}

}  // namespace

std::vector<PairCount> pair_counts(const PairSide& sv, const PairSide& fi) {
  std::vector<PairCount> out;
  const bool decision = sv.decision || (!sv.publication && !sv.protocol && fi.decision);
  const bool protocol = sv.protocol || (!sv.decision && !sv.publication && fi.protocol);
  const bool publication = sv.publication || (!sv.decision && !sv.protocol && fi.publication);
  if (decision) {
    using F = std::function<Tally(const Decision&)>;
    const Decision *s = sv.decision, *f = fi.decision;
    row(out, "objectives", "objectives", "objective", s, f,
        F([](const Decision& d) { return objectives(d); }));
    row(out, "objective-groups", "objective groups", "objective-group", s, f, F(groups));
    row(out, "signatories", "signatories", "signatory", s, f,
        F([](const Decision& d) { return signatories(d); }));
    row(out, "law-references", "law references in the enacting clause", "", s, f, F(law_refs));
  } else if (protocol) {
    using F = std::function<Tally(const Protocol&)>;
    const Protocol *s = sv.protocol, *f = fi.protocol;
    row(out, "attendees", "attendees", "attendee", s, f, F(attendees));
    row(out, "agenda-items", "agenda items", "agenda-item", s, f, F(agenda_items));
    row(out, "recommendations", "recommendations", "recommendation", s, f, F(recommendations));
    row(out, "follow-up-indicators", "follow-up indicators", "", s, f, F(follow_up_indicators));
    row(out, "signatories", "signatories", "signatory", s, f,
        F([](const Protocol& p) { return signatories(p); }));
  } else if (publication) {
    using F = std::function<Tally(const Publication&)>;
    const Publication *s = sv.publication, *f = fi.publication;
    row(out, "objectives", "objectives", "section", s, f,
        F([](const Publication& p) { return objectives(p); }));
    row(out, "indicators", "indicators", "indicator", s, f, F(indicators));
    row(out, "description-sheets", "description sheets", "description-sheet", s, f, F(sheets));
  }
  return out;
}

}  // namespace tolk
