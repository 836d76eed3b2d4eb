#include "emit/check_report.h"

#include "emit/html.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include <pugixml.hpp>

#include "align/check_counts.h"
#include "core/version.h"
#include "emit/akn_common.h"

namespace tolk {

namespace {

constexpr std::size_t kNoLink = static_cast<std::size_t>(-1);

std::string link_id(std::size_t k) {
  return std::string("l") += std::to_string(k + 1);
}

std::string count_text(const std::optional<std::size_t>& n) {
  return n ? std::to_string(*n) : std::string("–");
}

struct Totals {
  std::size_t error = 0, warning = 0, note = 0;
};

Totals totals(const std::vector<Finding>& findings) {
  Totals t;
  for (const Finding& f : findings) {
    if (f.severity == Severity::error)
      ++t.error;
    else if (f.severity == Severity::warning)
      ++t.warning;
    else
      ++t.note;
  }
  return t;
}

// ---- HTML ---------------------------------------------------------------------------------------


std::string plural(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Mark {
  std::size_t begin = 0, end = 0;
  std::size_t finding = 0;
};

// The values a finding names on one side, to be found in the text: an acronym finding lists
// several ("FUUIK, TKKIO").
std::vector<std::string> values_to_mark(const Finding& f, bool sv) {
  const std::string& v = sv ? f.sv_value : f.fi_value;
  if (v.empty() || f.code.rfind("check.only-in", 0) == 0 || f.code == "check.count" ||
      f.code == "check.length-ratio")
    return {};
  if (f.code.rfind("check.acronym", 0) != 0) return {v};
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= v.size()) {
    std::size_t at = v.find(", ", from);
    if (at == std::string::npos) at = v.size();
    if (at > from) out.push_back(v.substr(from, at - from));
    from = at + 2;
  }
  return out;
}

// `text` escaped, the marked ranges (not overlapping, sorted here) wrapped in <mark>.
std::string marked(const std::string& text, std::vector<Mark> marks,
                   const std::vector<Finding>& findings) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t at = 0;
  for (const Mark& m : marks) {
    if (m.begin < at) continue;  // overlaps one already marked
    const Finding& f = findings[m.finding];
    out += html_escape(std::string_view(text).substr(at, m.begin - at));
    out += "<mark class=\"" + std::string(severity_name(f.severity)) + "\" title=\"" +
           html_escape(f.code + ": " + f.message) + "\"><a href=\"#f" + std::to_string(m.finding + 1) +
           "\">" + html_escape(std::string_view(text).substr(m.begin, m.end - m.begin)) + "</a></mark>";
    at = m.end;
  }
  out += html_escape(std::string_view(text).substr(at));
  return out;
}

const char* kStyle = R"(
:root { --error: #b00020; --warning: #a15c00; --note: #2f5d8a; --line: #d0d4da; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
       max-width: 1400px; padding: 1em 1.5em; color: #1d2127; }
h1 { font-size: 1.5em; margin: 0.2em 0; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; border-bottom: 1px solid var(--line); }
dl.files { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.5em 0; }
dl.files dt { font-weight: 600; }
dl.files dd { margin: 0; font-family: ui-monospace, monospace; }
.badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 1em; color: #fff;
         font-weight: 600; margin-right: 0.4em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.note { background: var(--note); } .badge.none { background: #4b7a3a; }
table { border-collapse: collapse; }
table.counts td, table.counts th { border: 1px solid var(--line); padding: 0.2em 0.8em; }
table.counts td { text-align: right; }
table.counts tr.differs td { color: var(--error); font-weight: 600; }
ol.findings { padding-left: 2.2em; }
ol.findings li { margin: 0.25em 0; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 0.8em; }
.error .sev, .sev.error { color: var(--error); }
.warning .sev, .sev.warning { color: var(--warning); }
.note .sev, .sev.note { color: var(--note); }
code { font-size: 0.9em; background: #f1f3f5; padding: 0 0.25em; border-radius: 3px; }
table.aligned { width: 100%; table-layout: fixed; margin-top: 0.5em; }
table.aligned th, table.aligned td { border-top: 1px solid var(--line); vertical-align: top;
                                     padding: 0.4em 0.6em; }
table.aligned col.n { width: 3.5em; }
table.aligned td.n { color: #6a7380; font-size: 0.8em; }
.where { color: #6a7380; font-size: 0.8em; font-family: ui-monospace, monospace; }
.unit p { margin: 0.1em 0 0.5em; }
td.missing { background: repeating-linear-gradient(135deg, #fafafa, #fafafa 6px, #f0f0f0 6px,
             #f0f0f0 12px); color: #6a7380; font-style: italic; }
td.only.error { box-shadow: inset 4px 0 var(--error); background: #fdecee; }
td.only.warning { box-shadow: inset 4px 0 var(--warning); background: #fff4e5; }
td.only.note { box-shadow: inset 4px 0 var(--note); background: #eaf1f8; }
tr.finding td.n { box-shadow: inset 4px 0 #888; }
tr.finding.error td.n { box-shadow: inset 4px 0 var(--error); }
tr.finding.warning td.n { box-shadow: inset 4px 0 var(--warning); }
tr.finding.note td.n { box-shadow: inset 4px 0 var(--note); }
tr.notes td { border-top: none; padding-top: 0; }
tr.notes ul { margin: 0; padding-left: 1.2em; font-size: 0.9em; }
mark { padding: 0 0.1em; border-radius: 2px; }
mark a { color: inherit; text-decoration: none; }
mark.error { background: #ffc9d0; outline: 1px solid var(--error); }
mark.warning { background: #ffe2b3; outline: 1px solid var(--warning); }
mark.note { background: #d3e4f5; outline: 1px solid var(--note); }
#only-findings:checked ~ table.aligned tbody tr:not(.finding):not(.notes) { display: none; }
:target { scroll-margin-top: 1em; }
li:target, tr:target td { background: #fff8c5; }
@media print { #only-findings, label[for=only-findings] { display: none; } }
)";

struct Html {
  const PairSide& sv;
  const PairSide& fi;
  const Alignment& al;
  const std::vector<Finding>& findings;
  std::ostringstream out;

  std::vector<std::vector<std::size_t>> by_link() const {
    std::vector<std::vector<std::size_t>> v(al.links.size());
    for (std::size_t i = 0; i < findings.size(); ++i)
      if (findings[i].link < al.links.size()) v[findings[i].link].push_back(i);
    return v;
  }

  std::string place(const Finding& f) const {
    std::string s;
    if (f.sv_line) s += "Swedish line " + std::to_string(f.sv_line);
    if (f.fi_line)
      s += std::string(s.empty() ? "" : ", ") + "Finnish line " + std::to_string(f.fi_line);
    return s.empty() ? "the documents as a whole" : s;
  }

  void summary() {
    const Totals t = totals(findings);
    out << "<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"totals\">";
    if (findings.empty()) out << "<span class=\"badge none\">no findings</span>";
    out << "<span class=\"badge error\">" << plural(t.error, "error", "errors") << "</span>"
        << "<span class=\"badge warning\">" << plural(t.warning, "warning", "warnings") << "</span>"
        << "<span class=\"badge note\">" << plural(t.note, "note", "notes") << "</span> over "
        << plural(al.links.size(), "aligned row", "aligned rows") << "</p>\n";
    const std::vector<PairCount> counts = pair_counts(sv, fi);
    if (!counts.empty()) {
      out << "<table class=\"counts\">\n<thead><tr><th></th><th>Swedish</th><th>Finnish</th></tr>"
             "</thead>\n<tbody>\n";
      for (const PairCount& c : counts)
        out << "<tr" << (c.sv != c.fi ? " class=\"differs\"" : "") << "><th>" << html_escape(c.name)
            << "</th><td>" << count_text(c.sv) << "</td><td>" << count_text(c.fi) << "</td></tr>\n";
      out << "</tbody>\n</table>\n";
    }
    out << "<h2>Findings</h2>\n";
    if (findings.empty()) {
      out << "<p>The two versions say the same, as far as the check can tell.</p>\n";
    } else {
      out << "<ol class=\"findings\">\n";
      for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const std::string sev = severity_name(f.severity);
        out << "<li id=\"f" << i + 1 << "\" class=\"" << sev << "\"><span class=\"sev\">" << sev
            << "</span> <code>" << html_escape(f.code) << "</code> ";
        if (f.link < al.links.size())
          out << "<a href=\"#" << link_id(f.link) << "\">" << html_escape(place(f)) << "</a>";
        else
          out << html_escape(place(f));
        out << ": " << html_escape(f.message) << "</li>\n";
      }
      out << "</ol>\n";
    }
    out << "</section>\n";
  }

  void cell(const PairSide& side, bool is_sv, const std::vector<std::size_t>& units,
            const std::vector<std::size_t>& row_findings, std::size_t k) {
    const char* lang = is_sv ? "sv" : "fi";
    if (units.empty()) {
      out << "<td lang=\"" << lang << "\" class=\"missing\">nothing in the "
          << (is_sv ? "Swedish" : "Finnish") << "</td>\n";
      return;
    }
    // A unit present in this language only: the whole cell is the finding.
    std::string only;
    for (std::size_t i : row_findings)
      if (findings[i].code == (is_sv ? "check.only-in-sv" : "check.only-in-fi"))
        only = severity_name(findings[i].severity);
    out << "<td lang=\"" << lang << "\"" << (only.empty() ? "" : " class=\"only " + only + "\"")
        << ">";
    for (std::size_t u : units) {
      const AlignUnit& unit = side.units[u];
      std::vector<Mark> marks;
      for (std::size_t i : row_findings) {
        const Finding& f = findings[i];
        const std::string& eid = is_sv ? f.sv_eid : f.fi_eid;
        const std::size_t line = is_sv ? f.sv_line : f.fi_line;
        if (f.link != k || (!eid.empty() && (eid != unit.eid || line != unit.lines.first)))
          continue;
        for (const std::string& v : values_to_mark(f, is_sv))
          for (std::size_t at = unit.text.find(v); at != std::string::npos;
               at = unit.text.find(v, at + v.size()))
            marks.push_back({at, at + v.size(), i});
      }
      out << "<div class=\"unit\"><div class=\"where\">line"
          << (unit.lines.first == unit.lines.last ? " " : "s ") << html_escape(format_span(unit.lines))
          << (unit.eid.empty() ? "" : " · " + html_escape(unit.eid)) << "</div><p>"
          << marked(unit.text, std::move(marks), findings) << "</p></div>";
    }
    out << "</td>\n";
  }

  void rows() {
    out << "<section id=\"text\">\n<h2>The two versions side by side</h2>\n"
        << "<input type=\"checkbox\" id=\"only-findings\"/> <label for=\"only-findings\">Show only "
           "the rows with findings</label>\n"
        << "<table class=\"aligned\">\n<colgroup><col class=\"n\"/><col/><col/></colgroup>\n"
        << "<thead><tr><th>#</th><th lang=\"sv\">Swedish (" << html_escape(sv.file) << ")</th>"
        << "<th lang=\"fi\">Finnish (" << html_escape(fi.file) << ")</th></tr></thead>\n<tbody>\n";
    const auto links = by_link();
    for (std::size_t k = 0; k < al.links.size(); ++k) {
      const AlignLink& l = al.links[k];
      bool valid = true;
      for (std::size_t i : l.sv) valid = valid && i < sv.units.size();
      for (std::size_t j : l.fi) valid = valid && j < fi.units.size();
      if (!valid) continue;
      const std::vector<std::size_t>& fs = links[k];
      std::string cls;
      if (!fs.empty()) {
        Severity worst = Severity::note;
        for (std::size_t i : fs) worst = std::max(worst, findings[i].severity);
        cls = std::string(" class=\"finding ") + severity_name(worst) + "\"";
      }
      out << "<tr id=\"" << link_id(k) << "\"" << cls << ">\n<td class=\"n\">" << k + 1 << "<br/>"
          << html_escape(l.type()) << "</td>\n";
      cell(sv, true, l.sv, fs, k);
      cell(fi, false, l.fi, fs, k);
      out << "</tr>\n";
      if (fs.empty()) continue;
      out << "<tr class=\"notes\"><td></td><td colspan=\"2\"><ul>";
      for (std::size_t i : fs) {
        const std::string sev = severity_name(findings[i].severity);
        out << "<li class=\"" << sev << "\"><a href=\"#f" << i + 1 << "\"><span class=\"sev\">"
            << sev << "</span></a> " << html_escape(findings[i].message) << "</li>";
      }
      out << "</ul></td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
  }

  std::string page() {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        << "<meta name=\"generator\" content=\"tolk " << html_escape(kVersion) << "\"/>\n"
        << "<title>Consistency check: " << html_escape(sv.file) << " / " << html_escape(fi.file) << "</title>\n"
        << "<style>" << kStyle << "</style>\n</head>\n<body>\n<header>\n"
        << "<h1>Bilingual consistency check</h1>\n<dl class=\"files\">\n";
    for (const PairSide* s : {&sv, &fi})
      out << "<dt>" << (s == &sv ? "Swedish" : "Finnish") << "</dt><dd>" << html_escape(s->file) << " ("
          << doc_kind_name(s->kind) << ", " << plural(s->units.size(), "unit", "units")
          << ")</dd>\n";
    out << "</dl>\n</header>\n";
    summary();
    rows();
    out << "</body>\n</html>\n";
    return out.str();
  }
};

}  // namespace

std::string check_html(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                       const std::vector<Finding>& findings) {
  Html h{sv, fi, alignment, findings, {}};
  return h.page();
}

// ---- XML ----------------------------------------------------------------------------------------

std::string check_xml(const PairSide& sv, const PairSide& fi, const Alignment& alignment,
                      const std::vector<Finding>& findings) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = doc.append_child("check");
  root.append_attribute("xmlns") = kCheckNamespace;
  root.append_attribute("tolkVersion") = kVersion;
  const Totals t = totals(findings);
  root.append_attribute("errors") = static_cast<unsigned long long>(t.error);
  root.append_attribute("warnings") = static_cast<unsigned long long>(t.warning);
  root.append_attribute("notes") = static_cast<unsigned long long>(t.note);
  root.append_attribute("links") = static_cast<unsigned long long>(alignment.links.size());
  for (const PairSide* s : {&sv, &fi}) {
    pugi::xml_node d = root.append_child("document");
    d.append_attribute("lang") = s == &sv ? "sv" : "fi";
    d.append_attribute("file") = akn::xml_safe(s->file).c_str();
    d.append_attribute("kind") = doc_kind_name(s->kind);
    d.append_attribute("units") = static_cast<unsigned long long>(s->units.size());
  }
  const std::vector<PairCount> counts = pair_counts(sv, fi);
  if (!counts.empty()) {
    pugi::xml_node cs = root.append_child("counts");
    for (const PairCount& c : counts) {
      pugi::xml_node n = cs.append_child("count");
      n.append_attribute("name") = c.key.c_str();
      if (c.sv) n.append_attribute("sv") = static_cast<unsigned long long>(*c.sv);
      if (c.fi) n.append_attribute("fi") = static_cast<unsigned long long>(*c.fi);
    }
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    pugi::xml_node n = root.append_child("finding");
    n.append_attribute("id") = (std::string("f") += std::to_string(i + 1)).c_str();
    n.append_attribute("severity") = severity_name(f.severity);
    n.append_attribute("code") = akn::xml_safe(f.code).c_str();
    if (f.link != kNoLink && f.link < alignment.links.size())
      n.append_attribute("link") = link_id(f.link).c_str();
    n.append_child("message").text().set(akn::xml_safe(f.message).c_str());
    auto side = [&](const char* name, std::size_t line, const std::string& eid,
                    const std::string& value) {
      pugi::xml_node s = n.append_child(name);
      if (line) s.append_attribute("line") = static_cast<unsigned long long>(line);
      if (!eid.empty()) s.append_attribute("eId") = akn::xml_safe(eid).c_str();
      if (!value.empty()) s.append_child("value").text().set(akn::xml_safe(value).c_str());
    };
    side("sv", f.sv_line, f.sv_eid, f.sv_value);
    side("fi", f.fi_line, f.fi_eid, f.fi_value);
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace tolk
