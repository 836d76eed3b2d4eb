// Akoma Ntoso for a negotiation protocol (debate name="negotiationProtocol"), following
// ../shared/design/akn-profile.md: the record data in the preface, attendee groups as roll calls,
// agenda items as nested debate sections with their decisions, recommendation lists inside the
// decision that gives them, signatures in the conclusions, and in <proprietary> the machine-readable
// twins of attendance and recommendations.
#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/eid.h"
#include "core/unicode.h"
#include "emit/akn.h"
#include "emit/akn_common.h"
#include "parse/dates.h"

namespace tolk {

using namespace akn;

namespace {

// Finnish time: EET (+02:00), EEST (+03:00) from the last Sunday of March to the last Sunday of
// October (the switch hours do not matter for meetings held in office hours).
std::string helsinki_offset(const Date& d) {
  auto last_sunday = [](int year, int month) {
    // Zeller-free: day of week of the 31st by Sakamoto's method, then back to Sunday.
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = year - (month < 3);
    int dow = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + 31) % 7;  // 0 = Sunday
    return 31 - dow;
  };
  const int start = last_sunday(d.year, 3), end = last_sunday(d.year, 10);
  const bool summer = (d.month > 3 && d.month < 10) || (d.month == 3 && d.day >= start) ||
                      (d.month == 10 && d.day < end);
  return summer ? "+03:00" : "+02:00";
}

// "12:22" on `date` as an xsd:dateTime with Finland's offset.
std::string date_time(const std::optional<Date>& date, const std::string& hhmm) {
  if (!date || hhmm.size() != 5) return "";
  return date->iso() + "T" + hhmm + ":00" + helsinki_offset(*date);
}

// Byte ranges of the clock times "12.22" / "12:22" in `text`, in order.
std::vector<std::pair<std::size_t, std::size_t>> find_times(std::string_view text) {
  static const RE2 kTime(R"((?:^|[^\d.])((?:[01]?\d|2[0-3])[.:][0-5]\d)(?:$|[^\d.]|\.(?:\D|$)))");
  std::vector<std::pair<std::size_t, std::size_t>> out;
  re2::StringPiece rest(text.data(), text.size()), m;
  while (RE2::PartialMatch(rest, kTime, &m)) {
    std::size_t b = static_cast<std::size_t>(m.data() - text.data());
    out.push_back({b, b + m.size()});
    rest = re2::StringPiece(m.data() + m.size(), text.size() - (b + m.size()));
  }
  return out;
}

std::string hhmm(std::string_view t) {
  std::string s(t);
  for (char& c : s)
    if (c == '.') c = ':';
  if (s.size() == 4) s = "0" + s;
  return s;
}

// Marks `parts` (element, text, attrs) where they stand, in order, in `text`; parts not found
// are skipped.
std::vector<Mark> find_parts(std::string_view text,
                             const std::vector<std::pair<std::string, Mark>>& parts) {
  std::vector<Mark> marks;
  std::size_t from = 0;
  for (const auto& [needle, proto] : parts) {
    if (needle.empty()) continue;
    std::size_t at = text.find(needle, from);
    if (at == std::string_view::npos) continue;
    Mark m = proto;
    m.begin = at;
    m.end = at + needle.size();
    marks.push_back(m);
    from = m.end;
  }
  return marks;
}

}  // namespace

void akn_protocol(const Protocol& pr, const SourceInfo& src, const Rules& rules,
                  pugi::xml_document& out) {
  References refs;
  Identity id;
  id.root = "debate";
  id.name = "negotiationProtocol";
  const std::string meeting = pr.meeting_date ? pr.meeting_date->iso() : "0001-01-01";
  id.work_uri = "/akn/fi/debate/negotiation/" + meeting + "/" +
                (pr.county.empty() ? std::string("unknown") : slug(pr.county));
  id.work_date = meeting;
  id.work_date_name = "meeting";
  id.expr_date = pr.protocol_date ? pr.protocol_date->iso() : meeting;
  id.expr_date_name = pr.protocol_date ? "protocol" : "meeting";
  id.author = "ministries";
  if (!pr.case_number.empty()) id.aliases.push_back({"caseNumber", pr.case_number});
  pugi::xml_node root = begin_document(out, id, src, refs);

  // Preface: title, time, place, record data.
  pugi::xml_node preface = root.append_child("preface");
  if (!pr.title.empty()) {
    pugi::xml_node p = preface.append_child("p");
    set_lines(p, pr.title_lines);
    p.append_child("docTitle").text().set(xml_safe(pr.title).c_str());
  }
  if (!pr.time_text.empty()) {
    pugi::xml_node p = preface.append_child("p");
    p.append_attribute("class") = "time";
    set_lines(p, pr.time_lines);
    std::vector<Mark> marks;
    for (const DateMatch& m : find_dates(pr.time_text, rules))
      marks.push_back({m.begin, m.end, "docDate", {{"date", m.date.iso()}}});
    for (auto [b, e] : find_times(pr.time_text)) {
      const std::string t = date_time(pr.meeting_date, hhmm(std::string_view(pr.time_text).substr(b, e - b)));
      if (!t.empty()) marks.push_back({b, e, "time", {{"time", t}}});
    }
    append_marked(p, pr.time_text, marks);
  }
  if (!pr.place.empty()) {
    pugi::xml_node p = preface.append_child("p");
    p.append_attribute("class") = "place";
    set_lines(p, pr.place_lines);
    if (pr.remote_link) p.append_attribute("tolk:remoteLink") = "true";
    pugi::xml_node loc = p.append_child("location");
    loc.append_attribute("refersTo") = refs.add("TLCLocation", slug(pr.place), pr.place).c_str();
    loc.text().set(xml_safe(pr.place).c_str());
  }
  if (!pr.case_number.empty()) {
    pugi::xml_node p = preface.append_child("p");
    p.append_attribute("class") = "caseNumber";
    if (pr.case_number_line) set_lines(p, {pr.case_number_line, pr.case_number_line});
    p.append_child("docNumber").text().set(xml_safe(pr.case_number).c_str());
  }
  if (pr.protocol_date) {
    pugi::xml_node p = preface.append_child("p");
    p.append_attribute("class") = "protocolDate";
    pugi::xml_node d = p.append_child("docDate");
    d.append_attribute("date") = pr.protocol_date->iso().c_str();
    d.text().set((std::to_string(pr.protocol_date->day) + "." + std::to_string(pr.protocol_date->month) +
                  "." + std::to_string(pr.protocol_date->year)).c_str());
  }
  if (!preface.first_child()) root.remove_child(preface);

  pugi::xml_node body = root.append_child("debateBody");
  std::vector<std::pair<std::string, const Attendee*>> attendee_ids;
  std::vector<std::string> list_ids, rec_ids;  // eIds, in model order, for <proprietary>

  // Roll calls: consecutive attendees under one heading.
  int roll = 0;
  for (std::size_t i = 0; i < pr.attendees.size();) {
    std::size_t j = i;
    while (j < pr.attendees.size() && pr.attendees[j].group_heading == pr.attendees[i].group_heading &&
           pr.attendees[j].remote == pr.attendees[i].remote && pr.attendees[j].group == pr.attendees[i].group)
      ++j;
    const Attendee& first = pr.attendees[i];
    pugi::xml_node rc = body.append_child("rollCall");
    const std::string rc_id = "rollCall_" + std::to_string(++roll);
    rc.append_attribute("eId") = rc_id.c_str();
    std::string refers = refs.add("TLCConcept", "group-" + (first.group.empty() ? std::string("unknown") : first.group),
                                  first.group.empty() ? "unknown group" : first.group);
    refers += " " + refs.add("TLCConcept", first.remote ? "remote" : "onSite", first.remote ? "remote" : "on site");
    rc.append_attribute("refersTo") = refers.c_str();
    set_lines(rc, {first.lines.first, pr.attendees[j - 1].lines.last});
    if (!first.group_heading.empty()) add_text(rc, "heading", first.group_heading);
    for (std::size_t k = i; k < j; ++k) {
      const Attendee& a = pr.attendees[k];
      pugi::xml_node p = rc.append_child("p");
      const std::string pid = rc_id + "__p_" + std::to_string(k - i + 1);
      p.append_attribute("eId") = pid.c_str();
      set_lines(p, a.lines);
      attendee_ids.push_back({pid, &a});
      Mark person{0, 0, "person", {{"refersTo", refs.add("TLCPerson", slug(a.name), a.name)}}};
      if (!a.role.empty()) person.attrs.push_back({"as", refs.add("TLCRole", a.role, a.role)});
      std::vector<std::pair<std::string, Mark>> parts{{a.name, person}};
      if (!a.title.empty())
        parts.push_back({a.title, {0, 0, "role", {{"refersTo", refs.add("TLCRole", slug(a.title), a.title)}}}});
      if (!a.organisation.empty())
        parts.push_back({a.organisation, {0, 0, "organization",
                                          {{"refersTo", refs.add("TLCOrganization", slug(a.organisation), a.organisation)}}}});
      const std::string& text = a.text.empty() ? a.name : a.text;
      std::vector<Mark> marks = find_parts(text, parts);
      if (!a.present_from.empty()) {
        auto times = find_times(text);
        std::size_t after = marks.empty() ? 0 : marks.back().end;
        std::vector<std::pair<std::size_t, std::size_t>> later;
        for (auto t : times)
          if (t.first >= after) later.push_back(t);
        if (!later.empty())
          marks.push_back({later[0].first, later[0].second, "recordedTime",
                           {{"type", "startEvent"}, {"time", date_time(pr.meeting_date, a.present_from)}}});
        if (later.size() > 1 && !a.present_to.empty())
          marks.push_back({later[1].first, later[1].second, "recordedTime",
                           {{"type", "endEvent"}, {"time", date_time(pr.meeting_date, a.present_to)}}});
        // recordedTime needs a dateTime: without a meeting date the marks are left out.
        if (!pr.meeting_date)
          marks.erase(std::remove_if(marks.begin(), marks.end(), [](const Mark& m) { return m.element == "recordedTime"; }), marks.end());
      }
      append_marked(p, text, marks);
    }
    i = j;
  }

  // Agenda: nested debate sections; the closing item is the adjournment.
  std::vector<std::pair<std::vector<int>, pugi::xml_node>> open;  // path -> section
  std::vector<std::pair<const AgendaItem*, pugi::xml_node>> item_nodes;
  std::set<std::string> used;
  int adjournments = 0;
  for (const AgendaItem& item : pr.agenda) {
    pugi::xml_node parent = body;
    std::string id;
    if (item.closing) {
      id = "adjournment_" + std::to_string(++adjournments);
    } else {
      // The parent is the open section whose path is this one's prefix.
      for (auto it = open.rbegin(); it != open.rend(); ++it) {
        const auto& p = it->first;
        if (p.size() < item.path.size() && std::equal(p.begin(), p.end(), item.path.begin())) {
          parent = it->second;
          break;
        }
      }
      id = eid::agenda_item(item.path.empty() ? std::vector<int>{static_cast<int>(item_nodes.size() + 1)} : item.path);
    }
    std::string unique = id;
    for (int n = 2; used.count(unique); ++n) unique = id + "-" + std::to_string(n);
    used.insert(unique);
    pugi::xml_node sec = parent.append_child(item.closing ? "adjournment" : "debateSection");
    if (!item.closing) sec.append_attribute("name") = "agendaItem";
    sec.append_attribute("eId") = unique.c_str();
    set_lines(sec, item.lines);
    if (!item.num.empty()) add_text(sec, "num", item.num);
    if (!item.heading.empty()) add_text(sec, "heading", item.heading, item.heading_lines);
    for (const Para& para : item.body) add_text(sec, "p", para.text, para.lines);
    if (!item.decision.empty()) {
      pugi::xml_node c = sec.append_child("container");
      c.append_attribute("name") = "decision";
      c.append_attribute("eId") = (unique + "__container_decision").c_str();
      c.append_attribute("refersTo") = refs.add("TLCConcept", "decision", "decision").c_str();
      set_lines(c, item.decision_lines);
      for (const Para& para : item.decision) add_text(c, "p", para.text, para.lines);
    }
    if (!sec.child("p") && !sec.child("container") && !sec.child("debateSection"))
      sec.append_child("p");
    if (!item.closing) open.push_back({item.path, sec});
    item_nodes.push_back({&item, sec});
  }

  // Recommendation lists go into the decision of the item they stand in.
  int list_no = 0;
  for (const RecommendationList& list : pr.recommendations) {
    pugi::xml_node sec;
    std::string sec_id = "debateBody";
    for (const auto& [item, node] : item_nodes)
      if (item->lines.first && item->lines.first <= list.lines.first) {
        sec = node;
        sec_id = node.attribute("eId").value();
      }
    pugi::xml_node decision = sec ? sec.find_child_by_attribute("container", "name", "decision") : pugi::xml_node();
    if (!decision) {
      pugi::xml_node host = sec ? sec : body;
      if (!sec) {
        host = body.append_child("debateSection");
        host.append_attribute("name") = "recommendations";
        host.append_attribute("eId") = ("dbsect_recommendations_" + std::to_string(list_no + 1)).c_str();
        sec_id = host.attribute("eId").value();
      }
      decision = host.append_child("container");
      decision.append_attribute("name") = "decision";
      decision.append_attribute("eId") = (sec_id + "__container_decision").c_str();
      decision.append_attribute("refersTo") = refs.add("TLCConcept", "decision", "decision").c_str();
    }
    pugi::xml_node c = decision.append_child("container");
    c.append_attribute("name") = "recommendationList";
    const std::string list_id = sec_id + "__container_" + std::to_string(++list_no);
    c.append_attribute("eId") = list_id.c_str();
    c.append_attribute("refersTo") =
        refs.add("TLCConcept", "recommendations-" + (list.list.empty() ? std::string("unknown") : list.list),
                 list.list + " recommendations").c_str();
    set_lines(c, list.lines);
    list_ids.push_back(list_id);
    if (!list.intro.empty()) add_text(c, "p", list.intro).append_attribute("class") = "intro";
    for (std::size_t k = 0; k < list.items.size(); ++k) {
      const Recommendation& r = list.items[k];
      pugi::xml_node tb = c.append_child("tblock");
      tb.append_attribute("class") = "recommendation";
      tb.append_attribute("refersTo") = refs.add("TLCConcept", "recommendation", "recommendation").c_str();
      rec_ids.push_back(list_id + "__tblock_" + std::to_string(k + 1));
      tb.append_attribute("eId") = rec_ids.back().c_str();
      set_lines(tb, r.lines);
      if (!r.num.empty()) add_text(tb, "num", r.num);
      add_text(tb, "p", r.text, r.lines);
      if (r.follow_up) {
        const FollowUp& f = *r.follow_up;
        pugi::xml_node p = tb.append_child("p");
        p.append_attribute("class") = "followUp";
        set_lines(p, f.lines);
        // Each source as an organization inside one source span, where the text names them.
        std::size_t at = std::string::npos;
        if (!f.sources.empty()) {
          at = f.text.rfind('(');
          if (at != std::string::npos && f.text.find(f.sources.front(), at) == std::string::npos) at = std::string::npos;
        }
        if (at == std::string::npos) {
          append_marked(p, f.text, {});
        } else {
          append_marked(p, std::string_view(f.text).substr(0, at), {});
          std::size_t close = f.text.find(')', at);
          std::size_t end = close == std::string::npos ? f.text.size() : close + 1;
          pugi::xml_node span = p.append_child("span");
          span.append_attribute("class") = "source";
          std::string_view inner = std::string_view(f.text).substr(at, end - at);
          std::vector<std::pair<std::string, Mark>> parts;
          for (const std::string& s : f.sources)
            parts.push_back({s, {0, 0, "organization", {{"refersTo", refs.add("TLCOrganization", slug(s), s)}}}});
          append_marked(span, inner, find_parts(inner, parts));
          append_marked(p, std::string_view(f.text).substr(end), {});
        }
      }
    }
  }
  if (!body.first_child()) {
    pugi::xml_node s = body.append_child("debateSection");
    s.append_attribute("name") = "empty";
    s.append_attribute("eId") = "dbsect_empty";
    s.append_child("p");
  }

  if (!pr.signatories.empty()) {
    pugi::xml_node conclusions = root.append_child("conclusions");
    for (const ProtocolSignatory& s : pr.signatories) {
      pugi::xml_node p = conclusions.append_child("p");
      set_lines(p, s.lines);
      p.append_attribute("tolk:column") = std::to_string(s.column).c_str();
      pugi::xml_node sig = p.append_child("signature");
      add_text(sig, "person", s.name).append_attribute("refersTo") =
          refs.add("TLCPerson", slug(s.name), s.name).c_str();
      if (!s.title.empty()) {
        sig.append_child(pugi::node_pcdata).set_value(", ");
        add_text(sig, "role", s.title).append_attribute("refersTo") = refs.add("TLCRole", slug(s.title), s.title).c_str();
      }
      if (!s.organisation.empty()) {
        sig.append_child(pugi::node_pcdata).set_value(", ");
        add_text(sig, "organization", s.organisation).append_attribute("refersTo") =
            refs.add("TLCOrganization", slug(s.organisation), s.organisation).c_str();
      }
    }
  }

  pugi::xml_node prop = finish_document(root, src, refs);
  pugi::xml_node att = prop.append_child("tolk:attendance");
  for (const auto& [pid, a] : attendee_ids) {
    pugi::xml_node e = att.append_child("tolk:attendee");
    e.append_attribute("href") = ("#" + pid).c_str();
    e.append_attribute("person") = xml_safe(a->name).c_str();
    e.append_attribute("group") = a->group.c_str();
    e.append_attribute("presence") = a->remote ? "remote" : "onSite";
    if (!a->role.empty()) e.append_attribute("role") = a->role.c_str();
    if (!a->present_from.empty()) e.append_attribute("from") = a->present_from.c_str();
    if (!a->present_to.empty()) e.append_attribute("to") = a->present_to.c_str();
  }
  pugi::xml_node recs = prop.append_child("tolk:recommendations");
  std::size_t li = 0, ri = 0;
  for (const RecommendationList& list : pr.recommendations) {
    pugi::xml_node l = recs.append_child("tolk:list");
    l.append_attribute("href") = ("#" + list_ids.at(li++)).c_str();
    l.append_attribute("issuer") = list.issuer.c_str();
    l.append_attribute("list") = list.list.c_str();
    if (list.given_year) l.append_attribute("given") = list.given_year;
    if (list.valid_from) l.append_attribute("validFrom") = list.valid_from;
    if (list.valid_to) l.append_attribute("validTo") = list.valid_to;
    for (const Recommendation& r : list.items) {
      pugi::xml_node e = l.append_child("tolk:recommendation");
      e.append_attribute("href") = ("#" + rec_ids.at(ri++)).c_str();
      e.append_attribute("number") = r.number;
      if (r.follow_up) {
        std::string sources;
        for (const auto& s : r.follow_up->sources) sources += (sources.empty() ? "" : " ") + s;
        if (!sources.empty()) e.append_attribute("sources") = xml_safe(sources).c_str();
        for (const auto& ind : r.follow_up->indicators) add_text(e, "tolk:indicator", ind);
      }
    }
  }
  if (!pr.closing_time.empty()) prop.append_child("tolk:closing").append_attribute("time") = pr.closing_time.c_str();
}

}  // namespace tolk
