#include "emit/alignment_xml.h"

#include <cstdio>

#include <pugixml.hpp>

#include "emit/akn.h"
#include "emit/akn_common.h"

namespace tolk {

std::string unit_lines(const std::vector<AlignUnit>& units, const std::vector<std::size_t>& indices) {
  std::string out;
  for (std::size_t i : indices) {
    if (!out.empty()) out += ',';
    out += format_span(units[i].lines);
  }
  return out;
}

std::string alignment_xml(const AlignedDocument& sv, const AlignedDocument& fi,
                          const Alignment& alignment, const std::string& tolk_version) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("alignment");
  root.append_attribute("xmlns") = kAlignmentNamespace;
  root.append_attribute("tolkVersion") = tolk_version.c_str();
  for (const AlignedDocument* d : {&sv, &fi}) {
    pugi::xml_node n = root.append_child("document");
    n.append_attribute("lang") = d->lang.c_str();
    n.append_attribute("file") = akn::xml_safe(d->file).c_str();
    n.append_attribute("sha256") = d->sha256.c_str();
    n.append_attribute("kind") = doc_kind_name(d->kind);
    n.append_attribute("units") = static_cast<unsigned long long>(d->units->size());
  }
  auto join = [](const std::vector<AlignUnit>& units, const std::vector<std::size_t>& idx,
                 bool eids) {
    std::string out;
    for (std::size_t i : idx) {
      std::string v = eids ? units[i].eid : std::to_string(i + 1);
      if (v.empty()) v.push_back('-');
      out += (out.empty() ? "" : " ") + v;
    }
    return out;
  };
  std::size_t n = 0;
  for (const AlignLink& l : alignment.links) {
    pugi::xml_node e = root.append_child("link");
    e.append_attribute("id") = (std::string("l") += std::to_string(++n)).c_str();
    e.append_attribute("type") = l.type().c_str();
    e.append_attribute("anchored") = l.anchored ? "true" : "false";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", l.cost);
    e.append_attribute("score") = buf;
    if (l.similarity >= 0) {
      std::snprintf(buf, sizeof buf, "%.3f", l.similarity);
      e.append_attribute("similarity") = buf;
    }
    e.append_attribute("sv-units") = join(*sv.units, l.sv, false).c_str();
    e.append_attribute("fi-units") = join(*fi.units, l.fi, false).c_str();
    const std::string sv_eids = join(*sv.units, l.sv, true), fi_eids = join(*fi.units, l.fi, true);
    if (!sv_eids.empty()) e.append_attribute("sv-eids") = akn::xml_safe(sv_eids).c_str();
    if (!fi_eids.empty()) e.append_attribute("fi-eids") = akn::xml_safe(fi_eids).c_str();
    e.append_attribute("sv-lines") = unit_lines(*sv.units, l.sv).c_str();
    e.append_attribute("fi-lines") = unit_lines(*fi.units, l.fi).c_str();
  }
  return xml_string(doc);
}

}  // namespace tolk
