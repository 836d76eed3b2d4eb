// Akoma Ntoso for a ministry publication (doc name="ministryPublication"), following
// ../shared/design/akn-profile.md: description sheets in the preface, objectives as sections,
// indicators as points in indicator groups, Sotkanet numbers as entities, assessments as sources,
// footnotes as authorial notes.

#include <algorithm>
#include <map>
#include <set>

#include "core/eid.h"
#include "core/unicode.h"
#include "emit/akn.h"
#include "emit/akn_common.h"
#include "parse/dates.h"

namespace tolk {

using namespace akn;

namespace {

void add_sheet_field(pugi::xml_node c, const char* cls, const std::string& value) {
  if (value.empty()) return;
  add_text(c, "p", value).append_attribute("class") = cls;
}

// The length of the digit separator at `text[i]` (a space, tab, line break, no-break space, thin
// space or narrow no-break space), 0 if none.
std::size_t digit_separator(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (rest.empty()) return 0;
  if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\f' || rest[0] == '\r')
    return 1;
  for (std::string_view s : {"\u00A0", "\u2009", "\u202F"})
    if (rest.substr(0, s.size()) == s) return s.size();
  return 0;
}

bool is_ascii_digit(std::string_view text, std::size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// The byte range of Sotkanet number `n` in `text` ("5 956" for 5956), the first that stands
// apart from other digits, or npos.
std::pair<std::size_t, std::size_t> find_number(std::string_view text, int n) {
  const std::string digits = std::to_string(n);
  for (std::size_t s = text.find(digits[0]); s != std::string_view::npos;
       s = text.find(digits[0], s + 1)) {
    if (s > 0 && is_ascii_digit(text, s - 1)) continue;
    std::size_t i = s + 1;
    bool ok = true;
    for (std::size_t d = 1; d < digits.size() && ok; ++d) {
      if (!is_ascii_digit(text, i)) i += digit_separator(text, i);
      ok = i < text.size() && text[i] == digits[d];
      ++i;
    }
    if (ok && !is_ascii_digit(text, i)) return {s, i};
  }
  return {std::string::npos, 0};
}

// A footnote goes, as an authorialNote, where it is first cited; a later citation of the same
// footnote refers to that note (`written` holds the labels already placed), since an eId is unique.
void write_indicator(pugi::xml_node point_content, const Indicator& ind, References& refs,
                     const std::map<std::string, const Footnote*>& notes,
                     std::set<std::string>& written) {
  pugi::xml_node p = point_content.append_child("p");
  set_lines(p, ind.lines);
  std::vector<Mark> marks;
  for (int n : ind.sotkanet) {
    auto [b, e] = find_number(ind.text, n);
    if (b == std::string::npos) continue;
    const std::string id = "sotkanet-" + std::to_string(n);
    marks.push_back({b,
                     e,
                     "entity",
                     {{"name", "sotkanetIndicator"},
                      {"refersTo", refs.add("TLCConcept", id, "Sotkanet " + std::to_string(n))}}});
  }
  std::size_t src_at = ind.assessment.empty() ? std::string::npos : ind.text.rfind(ind.assessment);
  bool overlaps = false;
  for (const Mark& m : marks)
    overlaps = overlaps || (src_at != std::string::npos && m.end > src_at &&
                            m.begin < src_at + ind.assessment.size());
  if (src_at == std::string::npos || overlaps) {
    append_marked(p, ind.text, marks);
  } else {
    // The text before the assessment (with its entities), the assessment as a source span with
    // the assessing body inside, and the rest.
    std::vector<Mark> before;
    for (const Mark& m : marks)
      if (m.end <= src_at) before.push_back(m);
    append_marked(p, std::string_view(ind.text).substr(0, src_at), before);
    pugi::xml_node span = p.append_child("span");
    span.append_attribute("class") = "source";
    const std::string& a = ind.assessment;
    if (!ind.assessor.empty() && a.rfind(ind.assessor, 0) == 0) {
      pugi::xml_node org = span.append_child("organization");
      org.append_attribute("refersTo") =
          refs.add("TLCOrganization", slug(ind.assessor), ind.assessor).c_str();
      org.text().set(xml_safe(ind.assessor).c_str());
      span.append_child(pugi::node_pcdata)
          .set_value(xml_safe(a.substr(ind.assessor.size())).c_str());
    } else {
      span.text().set(xml_safe(a).c_str());
    }
    std::vector<Mark> after;
    const std::size_t end = src_at + a.size();
    for (Mark m : marks)
      if (m.begin >= end) {
        m.begin -= end;
        m.end -= end;
        after.push_back(m);
      }
    append_marked(p, std::string_view(ind.text).substr(end), after);
  }
  for (const std::string& label : ind.footnotes) {
    auto it = notes.find(label);
    if (it == notes.end()) continue;
    const std::string eid = "authorialNote_" + label;
    if (!written.insert(label).second) {
      pugi::xml_node ref = p.append_child("noteRef");
      ref.append_attribute("href") = ("#" + eid).c_str();
      ref.append_attribute("marker") = label.c_str();
      continue;
    }
    pugi::xml_node note = p.append_child("authorialNote");
    note.append_attribute("marker") = label.c_str();
    note.append_attribute("placement") = "bottom";
    note.append_attribute("eId") = eid.c_str();
    set_lines(note, it->second->lines);
    add_text(note, "p", it->second->text);
  }
}

}  // namespace

void akn_publication(const Publication& pub, const SourceInfo& src, const Rules& rules,
                     pugi::xml_document& out) {
  (void)rules;
  References refs;
  Identity id;
  id.root = "doc";
  id.name = "ministryPublication";
  std::string date = "0001-01-01";
  for (const auto& s : pub.sheets)
    if (s.date) {
      date = s.date->iso();
      break;
    }
  std::string number = pub.number;
  for (char& c : number)
    if (c == ':') c = '-';
  const std::string series = pub.series.empty() ? std::string("publication") : to_lower(pub.series);
  id.work_uri = "/akn/fi/doc/ministryPublication/" + date + "/" + series + "-" +
                (number.empty() ? std::string("unnumbered") : number);
  id.work_date = id.expr_date = date;
  id.work_date_name = id.expr_date_name = "publication";
  id.author = pub.series.empty() ? std::string("publisher") : slug(pub.series);
  id.number =
      pub.series.empty() || pub.number.empty() ? std::string() : pub.series + " " + pub.number;
  if (!pub.isbn.empty()) id.aliases.push_back({"ISBN", pub.isbn});
  if (!pub.issn.empty()) id.aliases.push_back({"ISSN", pub.issn});
  if (!pub.urn.empty()) id.aliases.push_back({"URN", pub.urn});
  pugi::xml_node root = begin_document(out, id, src, refs);

  // Keywords of every sheet, in the sheet's language.
  bool any_keywords = false;
  for (const auto& s : pub.sheets) any_keywords = any_keywords || !s.keywords.empty();
  if (any_keywords) {
    pugi::xml_node cl = root.child("meta").append_child("classification");
    cl.append_attribute("source") = "#tolk";
    for (const auto& s : pub.sheets) {
      const std::string dict =
          refs.add("TLCConcept", "keywords-" + (s.lang.empty() ? std::string("und") : s.lang),
                   "keywords (" + s.lang + ")");
      for (const auto& k : s.keywords) {
        pugi::xml_node kw = cl.append_child("keyword");
        kw.append_attribute("value") = xml_safe(k).c_str();
        kw.append_attribute("showAs") = xml_safe(k).c_str();
        kw.append_attribute("dictionary") = dict.c_str();
        if (!s.lang.empty()) kw.append_attribute("xml:lang") = s.lang.c_str();
      }
    }
  }

  pugi::xml_node preface = root.append_child("preface");
  if (!pub.title.empty()) {
    pugi::xml_node p = preface.append_child("p");
    set_lines(p, pub.title_lines);
    p.append_child("docTitle").text().set(xml_safe(pub.title).c_str());
  }
  if (!pub.series.empty() || !pub.number.empty()) {
    pugi::xml_node p = preface.append_child("p");
    p.append_child("docNumber").text().set(xml_safe(pub.series + " " + pub.number).c_str());
  }
  std::set<std::string> sheet_ids;
  for (const DescriptionSheet& s : pub.sheets) {
    pugi::xml_node c = preface.append_child("container");
    c.append_attribute("name") = "descriptionSheet";
    std::string eid =
        "container_descriptionSheet_" + (s.lang.empty() ? std::string("und") : s.lang);
    for (int n = 2; sheet_ids.count(eid); ++n) eid += "-" + std::to_string(n);
    sheet_ids.insert(eid);
    c.append_attribute("eId") = eid.c_str();
    if (!s.lang.empty()) c.append_attribute("xml:lang") = s.lang.c_str();
    set_lines(c, s.lines);
    if (!s.date_text.empty()) {
      pugi::xml_node p = c.append_child("p");
      p.append_attribute("class") = "date";
      if (s.date) {
        pugi::xml_node d = p.append_child("docDate");
        d.append_attribute("date") = s.date->iso().c_str();
        d.text().set(xml_safe(s.date_text).c_str());
      } else {
        p.text().set(xml_safe(s.date_text).c_str());
      }
    }
    add_sheet_field(c, "title", s.title);
    add_sheet_field(c, "series", s.series);
    add_sheet_field(c, "publisher", s.publisher);
    add_sheet_field(c, "author", s.author);
    add_sheet_field(c, "language", s.language);
    add_sheet_field(c, "pages", s.pages);
    for (const Para& a : s.abstract)
      add_text(c, "p", a.text, a.lines).append_attribute("class") = "abstract";
    if (!s.keywords.empty()) {
      std::string all;
      for (const auto& k : s.keywords) all += (all.empty() ? "" : ", ") + k;
      add_text(c, "p", all, s.keywords_lines).append_attribute("class") = "keywords";
    }
    if (!c.first_child()) c.append_child("p");
  }
  if (!pub.toc.empty()) {
    pugi::xml_node c = preface.append_child("container");
    c.append_attribute("name") = "tableOfContents";
    c.append_attribute("eId") = "container_tableOfContents";
    set_lines(c, {pub.toc.front().lines.first, pub.toc.back().lines.last});
    for (const TocEntry& t : pub.toc) {
      pugi::xml_node p =
          add_text(c, "p", (t.num.empty() ? "" : t.num + " ") + t.title + " … " + t.page, t.lines);
      p.append_attribute("class") = "tocEntry";
    }
  }
  if (!preface.first_child()) root.remove_child(preface);

  std::map<std::string, const Footnote*> notes;
  for (const Footnote& f : pub.footnotes) notes[f.label] = &f;
  std::set<std::string> notes_written;

  pugi::xml_node body = root.append_child("mainBody");
  const std::string objective = refs.add("TLCConcept", "objective", "objective");
  const std::string indicator = refs.add("TLCConcept", "indicator", "indicator");
  std::set<std::string> used;
  for (const PublicationObjective& o : pub.objectives) {
    std::string sec_id = eid::section(o.num);
    for (int n = 2; used.count(sec_id); ++n) sec_id = eid::section(o.num) + "-" + std::to_string(n);
    used.insert(sec_id);
    pugi::xml_node sec = body.append_child("section");
    sec.append_attribute("eId") = sec_id.c_str();
    sec.append_attribute("refersTo") = objective.c_str();
    set_lines(sec, o.lines);
    add_text(sec, "num", o.num);
    add_text(sec, "heading", o.heading, o.heading_lines);
    pugi::xml_node bg = sec.append_child("subsection");
    // The schema gives hierarchy elements no @name, so the profile's name="background" is a class.
    bg.append_attribute("class") = "background";
    bg.append_attribute("eId") = (sec_id + "__subsec_background").c_str();
    set_lines(bg, o.background_lines);
    pugi::xml_node bgc = bg.append_child("content");
    for (std::size_t k = 0; k < o.background.size(); ++k) {
      pugi::xml_node p = add_text(bgc, "p", o.background[k].text, o.background[k].lines);
      p.append_attribute("eId") =
          (sec_id + "__subsec_background__p_" + std::to_string(k + 1)).c_str();
    }
    if (!bgc.first_child()) bgc.append_child("p");
    pugi::xml_node ind = sec.append_child("subsection");
    ind.append_attribute("class") = "indicators";
    const std::string ind_id = sec_id + "__subsec_indicators";
    ind.append_attribute("eId") = ind_id.c_str();
    set_lines(ind, o.indicators_lines);
    if (!o.indicator_intro.empty()) {
      pugi::xml_node intro = ind.append_child("intro");
      for (const Para& p : o.indicator_intro) add_text(intro, "p", p.text, p.lines);
    }
    // Indicators grouped by their group, in order of first appearance.
    std::vector<std::string> groups;
    for (const Indicator& i : o.indicators)
      if (std::find(groups.begin(), groups.end(), i.group) == groups.end())
        groups.push_back(i.group);
    int point = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      pugi::xml_node h = ind.append_child("hcontainer");
      h.append_attribute("name") = "indicatorGroup";
      const std::string h_id = ind_id + "__hcontainer_" + std::to_string(g + 1);
      h.append_attribute("eId") = h_id.c_str();
      if (!groups[g].empty()) add_text(h, "heading", groups[g]);
      for (const Indicator& i : o.indicators) {
        if (i.group != groups[g]) continue;
        pugi::xml_node pt = h.append_child("point");
        pt.append_attribute("eId") = (ind_id + "__point_" + std::to_string(++point)).c_str();
        pt.append_attribute("refersTo") = indicator.c_str();
        set_lines(pt, i.lines);
        write_indicator(pt.append_child("content"), i, refs, notes, notes_written);
      }
    }
    if (groups.empty()) ind.append_child("content").append_child("p");
  }
  if (!body.first_child()) {
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "empty";
    h.append_attribute("eId") = "hcontainer_empty";
    h.append_child("content").append_child("p");
  }
  finish_document(root, src, refs);
}

}  // namespace tolk
