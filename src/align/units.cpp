// The units each kind of document offers the alignment, with the eIds its XML writer gives them
// (core/eid.h), so that links can be reported by eId.
#include "align/align.h"

#include "core/eid.h"

namespace tolk {

namespace {

void add(std::vector<AlignUnit>& out, std::string eid, bool anchor, const std::string& text,
         LineSpan lines) {
  if (text.empty()) return;
  out.push_back({std::move(eid), anchor, text, lines});
}

}  // namespace

std::vector<AlignUnit> align_units(const Decision& d) {
  std::vector<AlignUnit> u;
  add(u, "preface__masthead", true, d.masthead, d.masthead_lines);
  add(u, "preface__docNumber", true, d.number, d.number_lines);
  add(u, "preface__longTitle", true, d.doc_type.empty() ? "" : d.doc_type + " " + d.title, d.title_lines);
  add(u, eid::kEnactingClause, true, d.legal_basis.text, d.legal_basis.lines);
  for (std::size_t k = 0; k < d.intro.size(); ++k)
    add(u, eid::paragraph(eid::kIntroduction, k + 1), false, d.intro[k].text, d.intro[k].lines);
  for (std::size_t g = 0; g < d.groups.size(); ++g) {
    const ObjectiveGroup& group = d.groups[g];
    // A group has no printed number: its place is aligned, not assumed.
    if (!group.heading.empty())
      add(u, eid::objective_group(g + 1), false, group.heading, {group.lines.first, group.lines.first});
    for (const Objective& o : group.objectives) {
      const std::string id = eid::objective(o.number);
      add(u, id, true, o.statement, o.statement_lines);
      for (std::size_t k = 0; k < o.body.size(); ++k)
        add(u, eid::paragraph(id, k + 2), false, o.body[k].text, o.body[k].lines);
    }
  }
  add(u, eid::kEntryIntoForce, true, d.entry_into_force.text, d.entry_into_force.lines);
  add(u, eid::kSignatures, true, d.place_date, d.signing_lines);
  for (std::size_t k = 0; k < d.signatories.size(); ++k)
    add(u, eid::paragraph(eid::kSignatures, k + 2), false,
        d.signatories[k].role + " " + d.signatories[k].name, d.signatories[k].lines);
  return u;
}

std::vector<AlignUnit> align_units(const Publication& p) {
  std::vector<AlignUnit> u;
  add(u, "preface__docTitle", true, p.title, p.title_lines);
  for (const DescriptionSheet& s : p.sheets) {
    const std::string sheet = "container_descriptionSheet_" + s.lang;
    add(u, sheet, true, s.title, s.lines);
    for (std::size_t k = 0; k < s.abstract.size(); ++k)
      add(u, eid::paragraph(sheet, k + 1), false, s.abstract[k].text, s.abstract[k].lines);
  }
  for (const PublicationObjective& o : p.objectives) {
    const std::string sec = eid::section(o.num);
    add(u, sec, true, o.num + " " + o.heading, o.heading_lines);
    for (std::size_t k = 0; k < o.background.size(); ++k)
      add(u, eid::paragraph(sec + "__subsec_background", k + 1), false, o.background[k].text,
          o.background[k].lines);
    for (const Para& intro : o.indicator_intro) add(u, "", false, intro.text, intro.lines);
    for (std::size_t k = 0; k < o.indicators.size(); ++k)
      add(u, sec + "__subsec_indicators__point_" + std::to_string(k + 1), false,
          o.indicators[k].text, o.indicators[k].lines);
  }
  return u;
}

std::vector<AlignUnit> align_units(const Protocol& p) {
  std::vector<AlignUnit> u;
  add(u, "preface__docTitle", true, p.title, p.title_lines);
  add(u, "preface__time", true, p.time_text, p.time_lines);
  add(u, "preface__place", true, p.place, p.place_lines);
  for (const Attendee& a : p.attendees) add(u, "", false, a.text.empty() ? a.name : a.text, a.lines);
  for (const AgendaItem& item : p.agenda) {
    const std::string id = item.closing ? "adjournment_1" : eid::agenda_item(item.path);
    add(u, id, !item.path.empty() || item.closing, item.num + " " + item.heading, item.heading_lines);
    for (std::size_t k = 0; k < item.body.size(); ++k)
      add(u, eid::paragraph(id, k + 1), false, item.body[k].text, item.body[k].lines);
    for (std::size_t k = 0; k < item.decision.size(); ++k)
      add(u, eid::paragraph(id + "__container_decision", k + 1), false, item.decision[k].text,
          item.decision[k].lines);
  }
  for (const RecommendationList& list : p.recommendations) {
    const std::string l = "recommendations_" + list.list + "_" + list.issuer;
    for (const Recommendation& r : list.items) {
      const std::string id = l + "_" + std::to_string(r.number);
      add(u, id, true, r.text, r.lines);
      if (r.follow_up) add(u, id + "__followUp", false, r.follow_up->text, r.follow_up->lines);
    }
  }
  for (const ProtocolSignatory& s : p.signatories)
    add(u, "", false, s.name + " " + s.title + " " + s.organisation, s.lines);
  return u;
}

std::vector<AlignUnit> align_units(const Layout& l) {
  std::vector<AlignUnit> u;
  for (const Block& b : l.blocks) {
    // A printed number is the only structure a document of unknown kind offers.
    const bool numbered = !b.label.empty() && (b.kind == BlockKind::heading || b.kind == BlockKind::list_item) &&
                          std::isdigit(static_cast<unsigned char>(b.label[0]));
    add(u, numbered ? "num_" + b.label : "", numbered, b.text, b.lines);
  }
  return u;
}

}  // namespace tolk
