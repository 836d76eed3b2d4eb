#include "emit/akn.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "core/eid.h"
#include "core/unicode.h"
#include "emit/akn_common.h"
#include "emit/html.h"
#include "parse/dates.h"

namespace tolk {

std::string iso639_2(const std::string& lang) {
  if (lang == "sv") return "swe";
  if (lang == "fi") return "fin";
  if (lang == "en") return "eng";
  return "und";
}

namespace akn {

namespace {

// The character at byte `i` (< s.size()) of `s`, which `i` is moved past: whether XML 1.0 can
// carry it. A well-formed two-byte sequence (U+0080 to U+07FF, every one an XML character) is
// taken without decoding: most of what Swedish and Finnish text has outside ASCII.
bool xml_char_at(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {  // printable ASCII and tab, line feed, carriage return are XML characters
    ++i;
    return b >= 0x20 || b == 0x9 || b == 0xA || b == 0xD;
  }
  if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size() &&
      (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
    i += 2;
    return true;
  }
  // next_char() reads a byte that is not UTF-8 as U+FFFD too: the bytes must not be copied.
  const char32_t c = next_char(s, i);
  return (c >= 0x80 && c <= 0xD7FF) || (c >= 0xE000 && c < 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// The byte where the first character XML cannot carry begins, npos if there is none.
std::size_t first_unsafe(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (!xml_char_at(s, i)) return at;
  }
  return std::string_view::npos;
}

// `text` as XML can carry it: itself when it can carry it all (no copy made), else xml_safe()'s
// copy, kept in `replaced`.
std::string_view safe_text(std::string_view text, std::string& replaced) {
  if (first_unsafe(text) == std::string_view::npos) return text;
  replaced = xml_safe(text);
  return replaced;
}
void set_safe(pugi::xml_text t, std::string_view text) {
  std::string replaced;
  const std::string_view v = safe_text(text, replaced);
  t.set(v.data(), v.size());
}
void set_safe(pugi::xml_node pcdata, std::string_view text) {
  std::string replaced;
  const std::string_view v = safe_text(text, replaced);
  pcdata.set_value(v.data(), v.size());
}

}  // namespace

std::string xml_safe(std::string_view s) {
  std::size_t i = first_unsafe(s);
  if (i == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size() + 2);
  out.append(s, 0, i);
  while (i < s.size()) {
    const std::size_t at = i;
    if (xml_char_at(s, i))
      out.append(s, at, i - at);
    else
      out += "\uFFFD";
  }
  return out;
}

void append_marked(pugi::xml_node parent, std::string_view text, std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::size_t pos = 0;
  for (const Mark& m : marks) {
    if (m.begin < pos || m.end > text.size() || m.begin >= m.end) continue;  // overlapping: skip
    if (m.begin > pos)
      set_safe(parent.append_child(pugi::node_pcdata), text.substr(pos, m.begin - pos));
    pugi::xml_node e = parent.append_child(m.element.c_str());
    for (const auto& [k, v] : m.attrs) e.append_attribute(k.c_str()) = v.c_str();
    set_safe(e.text(), text.substr(m.begin, m.end - m.begin));
    pos = m.end;
  }
  if (pos < text.size()) set_safe(parent.append_child(pugi::node_pcdata), text.substr(pos));
}

void set_lines(pugi::xml_node n, LineSpan s) {
  if (s.first == 0) return;
  n.append_attribute("tolk:lines") = format_span(s).c_str();
}

pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text,
                        LineSpan lines) {
  pugi::xml_node n = parent.append_child(name);
  set_lines(n, lines);
  set_safe(n.text(), text);
  return n;
}

std::string slug(std::string_view s) {
  std::string lower = to_lower(s), out;
  for (std::size_t i = 0; i < lower.size();) {
    char32_t c = next_char(lower, i);
    switch (c) {
      case U'å':
      case U'ä':
      case U'à':
      case U'á':
        out += 'a';
        continue;
      case U'ö':
      case U'ø':
      case U'ó':
        out += 'o';
        continue;
      case U'é':
      case U'è':
        out += 'e';
        continue;
      case U'ü':
        out += 'u';
        continue;
      default:
        break;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "x-" + out;
  return out;
}

std::string References::add(const std::string& tlc, const std::string& eid,
                            const std::string& show_as) {
  if (std::none_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.eid == eid; }))
    entries_.push_back({tlc, eid, show_as});
  return "#" + eid;
}

void References::write(pugi::xml_node references) const {
  for (const Entry& e : entries_) {
    pugi::xml_node n = references.append_child(e.tlc.c_str());
    n.append_attribute("eId") = e.eid.c_str();
    std::string kind = e.tlc == "TLCOrganization" ? "organizations"
                       : e.tlc == "TLCPerson"     ? "persons"
                       : e.tlc == "TLCRole"       ? "roles"
                       : e.tlc == "TLCLocation"   ? "locations"
                                                  : "concepts";
    n.append_attribute("href") = ("/akn/ontology/" + kind + "/fi/" + e.eid).c_str();
    n.append_attribute("showAs") = xml_safe(e.show_as).c_str();
  }
}

pugi::xml_node begin_document(pugi::xml_document& out, const Identity& id, const SourceInfo& src,
                              References& refs) {
  out.reset();
  pugi::xml_node akn = out.append_child("akomaNtoso");
  akn.append_attribute("xmlns") = kAknNamespace;
  akn.append_attribute("xmlns:tolk") = kTolkNamespace;
  pugi::xml_node root = akn.append_child(id.root.c_str());
  root.append_attribute("name") = id.name.c_str();
  pugi::xml_node meta = root.append_child("meta");
  pugi::xml_node ident = meta.append_child("identification");
  ident.append_attribute("source") = refs.add("TLCOrganization", "tolk", "tolk").c_str();
  const std::string lang3 = iso639_2(src.lang);
  const std::string author = refs.add("TLCOrganization", id.author, id.author);
  auto frbr = [](pugi::xml_node parent, const char* name, const char* attr, const std::string& v) {
    pugi::xml_node n = parent.append_child(name);
    n.append_attribute(attr) = v.c_str();
    return n;
  };
  auto date = [&](pugi::xml_node parent, const std::string& iso, const std::string& name) {
    pugi::xml_node n = frbr(parent, "FRBRdate", "date", iso);
    n.append_attribute("name") = name.c_str();
  };
  pugi::xml_node work = ident.append_child("FRBRWork");
  frbr(work, "FRBRthis", "value", id.work_uri + "/!main");
  frbr(work, "FRBRuri", "value", id.work_uri);
  for (const auto& [name, value] : id.aliases)
    frbr(work, "FRBRalias", "value", value).append_attribute("name") = name.c_str();
  date(work, id.work_date, id.work_date_name);
  frbr(work, "FRBRauthor", "href", author);
  frbr(work, "FRBRcountry", "value", "fi");
  if (!id.number.empty()) frbr(work, "FRBRnumber", "value", id.number);
  const std::string expr_uri = id.work_uri + "/" + lang3 + "@";
  pugi::xml_node expr = ident.append_child("FRBRExpression");
  frbr(expr, "FRBRthis", "value", expr_uri + "/!main");
  frbr(expr, "FRBRuri", "value", expr_uri);
  date(expr, id.expr_date, id.expr_date_name);
  frbr(expr, "FRBRauthor", "href", author);
  frbr(expr, "FRBRlanguage", "language", lang3);
  pugi::xml_node manif = ident.append_child("FRBRManifestation");
  frbr(manif, "FRBRthis", "value", expr_uri + "/!main.xml");
  frbr(manif, "FRBRuri", "value", expr_uri + ".akn");
  // The Manifestation is dated by its Expression, not by the run, so that the same input always
  // gives the same bytes.
  date(manif, id.expr_date, "transformation");
  frbr(manif, "FRBRauthor", "href", "#tolk");
  return root;
}

pugi::xml_node finish_document(pugi::xml_node root, const SourceInfo& src, const References& refs) {
  pugi::xml_node meta = root.child("meta");
  pugi::xml_node references = meta.append_child("references");
  references.append_attribute("source") = "#tolk";
  refs.write(references);
  pugi::xml_node prop = meta.append_child("proprietary");
  prop.append_attribute("source") = "#tolk";
  pugi::xml_node prov = prop.append_child("tolk:provenance");
  prov.append_attribute("file") = xml_safe(src.file).c_str();
  prov.append_attribute("sha256") = src.sha256.c_str();
  prov.append_attribute("language") = src.lang.c_str();
  prov.append_attribute("tolkVersion") = src.tolk_version.c_str();
  return prop;
}

}  // namespace akn

using namespace akn;

namespace {

// Dates in `text` as <date> marks (or `element`, e.g. docDate).
std::vector<Mark> date_marks(std::string_view text, const Rules& rules, const char* element) {
  std::vector<Mark> marks;
  for (const DateMatch& m : find_dates(text, rules))
    marks.push_back({m.begin, m.end, element, {{"date", m.date.iso()}}});
  return marks;
}

std::string unique_eid(std::set<std::string>& used, std::string eid) {
  std::string candidate = eid;
  for (int n = 2; used.count(candidate); ++n) candidate = eid + "-" + std::to_string(n);
  used.insert(candidate);
  return candidate;
}

void write_para(pugi::xml_node parent, const Para& p, const std::string& eid) {
  pugi::xml_node n = add_text(parent, "p", p.text, p.lines);
  if (!eid.empty()) n.append_attribute("eId") = eid.c_str();
  if (p.subheading) n.append_attribute("class") = "subheading";
}

}  // namespace

void akn_decision(const Decision& d, const SourceInfo& src, const Rules& rules,
                  pugi::xml_document& out) {
  References refs;
  Identity id;
  id.root = "act";
  id.name = "decision";
  int num = 0, year = 0;
  const std::string date = d.signing_date       ? d.signing_date->iso()
                           : d.publication_date ? d.publication_date->iso()
                                                : "0001-01-01";
  if (std::sscanf(d.number.c_str(), "%d/%d", &num, &year) == 2) {
    id.work_uri = "/akn/fi/act/statute/" + std::to_string(year) + "/" + std::to_string(num);
    id.number = d.number;
  } else {
    // No statute number printed (the Finnish text has no masthead): the Work is named by its date.
    id.work_uri = "/akn/fi/act/decision/" + date + "/unnumbered";
  }
  id.work_date = date;
  id.work_date_name = d.signing_date ? "signature" : "publication";
  id.expr_date = d.publication_date ? d.publication_date->iso() : date;
  id.expr_date_name = d.publication_date ? "publication" : id.work_date_name;
  id.author = src.lang == "fi" ? "valtioneuvosto" : "statsradet";
  pugi::xml_node root = begin_document(out, id, src, refs);
  pugi::xml_node meta = root.child("meta");
  if (d.publication_date && !d.number.empty()) {
    pugi::xml_node pub = meta.append_child("publication");
    pub.append_attribute("date") = d.publication_date->iso().c_str();
    pub.append_attribute("name") = "ffs";
    pub.append_attribute("showAs") = xml_safe(d.collection).c_str();
    pub.append_attribute("number") = d.number.c_str();
  }

  // Preface: masthead, number, type and title.
  if (!d.masthead.empty() || !d.number.empty() || !d.doc_type.empty()) {
    pugi::xml_node preface = root.append_child("preface");
    if (!d.masthead.empty()) {
      pugi::xml_node p = preface.append_child("p");
      p.append_attribute("class") = "masthead";
      set_lines(p, d.masthead_lines);
      append_marked(p, d.masthead, date_marks(d.masthead, rules, "docDate"));
    }
    if (!d.number.empty()) {
      pugi::xml_node p = preface.append_child("p");
      set_lines(p, d.number_lines);
      p.append_child("docNumber").text().set(d.number.c_str());
    }
    if (!d.doc_type.empty()) {
      pugi::xml_node lt = preface.append_child("longTitle");
      set_lines(lt, d.title_lines);
      pugi::xml_node p = lt.append_child("p");
      p.append_child("docType").text().set(xml_safe(d.doc_type).c_str());
      if (!d.title.empty()) {
        p.append_child(pugi::node_pcdata).set_value(" ");
        p.append_child("docTitle").text().set(xml_safe(d.title).c_str());
      }
    }
  }

  // Preamble: the enacting clause with a <ref> per law cited.
  if (!d.legal_basis.text.empty()) {
    pugi::xml_node formula = root.append_child("preamble").append_child("formula");
    formula.append_attribute("name") = "enactingClause";
    formula.append_attribute("eId") = eid::kEnactingClause;
    set_lines(formula, d.legal_basis.lines);
    std::vector<Mark> marks;
    std::size_t from = 0;
    for (const LawRef& r : d.law_refs) {
      std::size_t at = d.legal_basis.text.find(r.text, from);
      if (at == std::string::npos) continue;
      marks.push_back({at,
                       at + r.text.size(),
                       "ref",
                       {{"href", "/akn/fi/act/statute/" + std::to_string(r.year) + "/" +
                                     std::to_string(r.number)}}});
      from = at + r.text.size();
    }
    append_marked(formula.append_child("p"), d.legal_basis.text, marks);
  }

  pugi::xml_node body = root.append_child("body");
  std::set<std::string> used;
  if (!d.intro.empty()) {
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "introduction";
    h.append_attribute("eId") = eid::kIntroduction;
    set_lines(h, {d.intro.front().lines.first, d.intro.back().lines.last});
    pugi::xml_node content = h.append_child("content");
    for (std::size_t k = 0; k < d.intro.size(); ++k)
      write_para(content, d.intro[k], eid::paragraph(eid::kIntroduction, k + 1));
  }
  const std::string objective = refs.add("TLCConcept", "objective", "objective");
  for (std::size_t g = 0; g < d.groups.size(); ++g) {
    const ObjectiveGroup& group = d.groups[g];
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "objectiveGroup";
    h.append_attribute("eId") = eid::objective_group(g + 1).c_str();
    set_lines(h, group.lines);
    if (!group.heading.empty())
      add_text(h, "heading", group.heading,
               group.lines.first ? LineSpan{group.lines.first, group.lines.first} : LineSpan{});
    for (const Objective& o : group.objectives) {
      const std::string id = unique_eid(used, eid::objective(o.number));
      pugi::xml_node para = h.append_child("paragraph");
      para.append_attribute("eId") = id.c_str();
      para.append_attribute("refersTo") = objective.c_str();
      set_lines(para, o.lines);
      add_text(para, "num", o.num);
      pugi::xml_node content = para.append_child("content");
      write_para(content, {o.statement, o.statement_lines, false}, eid::paragraph(id, 1));
      for (std::size_t k = 0; k < o.body.size(); ++k)
        write_para(content, o.body[k], eid::paragraph(id, k + 2));
    }
  }
  if (!d.entry_into_force.text.empty()) {
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "entryIntoForce";
    h.append_attribute("eId") = eid::kEntryIntoForce;
    set_lines(h, d.entry_into_force.lines);
    pugi::xml_node p = h.append_child("content").append_child("p");
    set_lines(p, d.entry_into_force.lines);
    append_marked(p, d.entry_into_force.text, date_marks(d.entry_into_force.text, rules, "date"));
  }
  if (!d.place_date.empty() || !d.signatories.empty()) {
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "signatures";
    h.append_attribute("eId") = eid::kSignatures;
    LineSpan all = d.signing_lines;
    for (const auto& s : d.signatories) {
      if (!all.first) all.first = s.lines.first;
      all.last = std::max(all.last, s.lines.last);
    }
    set_lines(h, all);
    pugi::xml_node content = h.append_child("content");
    if (!d.place_date.empty()) {
      pugi::xml_node p = content.append_child("p");
      set_lines(p, d.signing_lines);
      std::vector<Mark> marks = date_marks(d.place_date, rules, "date");
      if (d.place_date.rfind(d.place, 0) == 0 && !d.place.empty())
        marks.push_back({0,
                         d.place.size(),
                         "location",
                         {{"refersTo", refs.add("TLCLocation", slug(d.place), d.place)}}});
      append_marked(p, d.place_date, marks);
    }
    for (const Signatory& s : d.signatories) {
      pugi::xml_node p = content.append_child("p");
      set_lines(p, s.lines);
      pugi::xml_node sig = p.append_child("signature");
      const std::string role = refs.add("TLCRole", slug(s.role), s.role);
      add_text(sig, "role", s.role).append_attribute("refersTo") = role.c_str();
      sig.append_child(pugi::node_pcdata).set_value(" ");
      pugi::xml_node person = add_text(sig, "person", s.name);
      person.append_attribute("refersTo") = refs.add("TLCPerson", slug(s.name), s.name).c_str();
      person.append_attribute("as") = role.c_str();
    }
  }
  if (!body.first_child()) {
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name") = "empty";
    h.append_attribute("eId") = "hcontainer_empty";
    h.append_child("content").append_child("p");
  }
  finish_document(root, src, refs);
}

void akn_generic(const Layout& l, const SourceInfo& src, pugi::xml_document& out) {
  References refs;
  Identity id;
  id.root = "doc";
  id.name = "document";
  id.work_uri = "/akn/fi/doc/document/0001-01-01/" +
                (src.sha256.empty() ? std::string("x") : src.sha256.substr(0, 16));
  id.work_date = id.expr_date = "0001-01-01";
  id.work_date_name = id.expr_date_name = "unknown";
  id.author = "unknown";
  pugi::xml_node root = begin_document(out, id, src, refs);
  pugi::xml_node body = root.append_child("mainBody");
  const auto ids = [&] {
    std::vector<std::string> v;
    std::set<std::string> used;
    for (const Block& b : l.blocks)
      v.push_back(unique_eid(used, "p_" + std::to_string(b.lines.first)));
    return v;
  }();
  for (std::size_t i = 0; i < l.blocks.size(); ++i) {
    const Block& b = l.blocks[i];
    pugi::xml_node p = add_text(body, "p", b.text, b.lines);
    p.append_attribute("eId") = ids[i].c_str();
    p.append_attribute("class") = block_kind_name(b.kind);
  }
  if (l.blocks.empty()) body.append_child("p");
  finish_document(root, src, refs);
}

namespace {

// Appends what pugixml writes to a string.
struct StringWriter : pugi::xml_writer {
  std::string& out;
  explicit StringWriter(std::string& o) : out(o) {}
  void write(const void* data, std::size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

// Indents elements that hold only elements; an element with text in it is written on one line
// exactly as it is, so that indentation never adds white space to the text of a document.
void write_node(std::string& out, StringWriter& writer, pugi::xml_node n, std::size_t depth) {
  out.append(depth * 2, ' ');
  bool mixed = !n.first_child();
  for (pugi::xml_node c = n.first_child(); c && !mixed; c = c.next_sibling())
    mixed = c.type() != pugi::node_element;
  if (mixed) {
    n.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
    out += '\n';
    return;
  }
  out += '<';
  out += n.name();
  for (pugi::xml_attribute a : n.attributes()) {
    out += ' ';
    out += a.name();
    out += "=\"";
    append_xml_attribute_escaped(out, a.value());
    out += '"';
  }
  out += ">\n";
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    write_node(out, writer, c, depth + 1);
  out.append(depth * 2, ' ');
  out += "</";
  out += n.name();
  out += ">\n";
}

}  // namespace

std::string xml_string(const pugi::xml_document& doc) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  StringWriter writer(out);
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling()) write_node(out, writer, n, 0);
  return out;
}

Diagnostics check_references(const pugi::xml_document& doc, const std::string& file) {
  // Views of the tree's own attribute values: the tree outlives this function.
  std::unordered_set<std::string_view> ids;
  std::vector<std::pair<pugi::xml_node, std::string_view>> uses;
  struct Walker : pugi::xml_tree_walker {
    std::unordered_set<std::string_view>* ids;
    std::vector<std::pair<pugi::xml_node, std::string_view>>* uses;
    bool for_each(pugi::xml_node& n) override {
      for (pugi::xml_attribute a : n.attributes()) {
        const std::string_view name = a.name(), v = a.value();
        if (name == "eId") ids->insert(v);
        if (name != "refersTo" && name != "as" && name != "source" && name != "href") continue;
        static constexpr ByteSet kBlank(" \t\n\v\f\r");
        for (std::size_t i = 0; i < v.size();) {  // tokens separated by ASCII white space
          while (i < v.size() && kBlank.has(v[i])) ++i;
          const std::size_t start = i;
          while (i < v.size() && !kBlank.has(v[i])) ++i;
          const std::string_view tok = v.substr(start, i - start);
          if (tok.size() > 1 && tok[0] == '#') uses->push_back({n, tok.substr(1)});
        }
      }
      return true;
    }
  } walker;
  walker.ids = &ids;
  walker.uses = &uses;
  const_cast<pugi::xml_document&>(doc).traverse(walker);
  Diagnostics out;
  for (const auto& [node, id] : uses) {
    if (ids.count(id)) continue;
    Diagnostic d;
    d.file = file;
    d.severity = Severity::error;
    d.code = "akn.unresolved-reference";
    d.message = std::string("<") + node.name() + "> refers to #" + std::string(id) +
                ", which is not in the document";
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace tolk
