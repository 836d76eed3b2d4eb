#include "emit/text_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace tolk {

std::vector<std::string> block_ids(const Layout& layout) {
  std::vector<std::string> ids;
  std::map<std::size_t, int> seen;
  for (const Block& b : layout.blocks) {
    int n = ++seen[b.lines.first];
    std::string id = std::string("b") += std::to_string(b.lines.first);
    if (n > 1) (id += '.') += std::to_string(n);
    ids.push_back(std::move(id));
  }
  return ids;
}

namespace {

std::string block_body(const Block& b) {
  std::string body;
  if (!b.label.empty() && b.kind != BlockKind::heading && b.text.rfind(b.label, 0) != 0)
    body += "[" + b.label + "] ";
  if (b.kind == BlockKind::table_row) {
    for (std::size_t i = 0; i < b.cells.size(); ++i) body += (i ? " | " : "") + b.cells[i].text;
  } else {
    body += b.text;
  }
  if (b.kind == BlockKind::toc_entry) body += " … " + b.page;
  for (const auto& f : b.footnote_refs) body += " [^" + f.label + "]";
  return body;
}

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

}  // namespace

std::string render_text(const Text& text, const Layout& layout, const Classification* cls,
                        const TextReportOptions& opts) {
  std::string out = "== " + text.file + " (";
  if (cls)
    out += std::string(doc_kind_name(cls->kind)) + ", " + (cls->lang.empty() ? "language unknown" : cls->lang) + ", ";
  out += std::string(encoding_name(text.encoding)) + ", " +
                    (layout.double_spaced ? "double-spaced" : "single-spaced") + ", wrap " +
                    std::to_string(layout.wrap_width) + ", " +
                    std::to_string(layout.blocks.size()) + " blocks, " +
                    std::to_string(layout.debris.size()) + " debris lines)\n";
  for (const auto& f : layout.header_fields)
    out += "   page header: " + f.field + " = " + f.value + " (line " + std::to_string(f.line) + ")\n";

  // Blocks and debris merged in line order; explanations after the entry whose span holds them.
  struct Entry {
    LineSpan lines;
    std::string kind, lang, body;
  };
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < layout.blocks.size(); ++i) {
    const Block& b = layout.blocks[i];
    std::string lang = cls && i < cls->block_langs.size() && !cls->block_langs[i].empty()
                           ? cls->block_langs[i] : "--";
    entries.push_back({b.lines, block_kind_name(b.kind), lang, block_body(b)});
  }
  for (const Debris& d : layout.debris)
    entries.push_back({d.lines, "page-debris", "--", "(" + d.reason + ") " + d.text});
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.lines.first < b.lines.first; });
  std::vector<Explanation> ex = opts.explain ? layout.explain : std::vector<Explanation>{};
  std::stable_sort(ex.begin(), ex.end(),
                   [](const Explanation& a, const Explanation& b) { return a.line < b.line; });
  std::size_t k = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    out += pad(format_span(e.lines), 9) + " " + pad(e.kind, 11) + " " + pad(e.lang, 3) + e.body + "\n";
    const std::size_t until = i + 1 < entries.size() ? entries[i + 1].lines.first : SIZE_MAX;
    for (; k < ex.size() && ex[k].line < until; ++k)
      out += "          ~ " + std::to_string(ex[k].line) + " " + ex[k].rule + ": " + ex[k].detail + "\n";
  }
  if (opts.explain && cls)
    for (const std::string& e : cls->evidence) out += "   classify: " + e + "\n";
  return out;
}

nlohmann::json to_json(const Diagnostic& d) {
  nlohmann::json j{{"file", d.file},
                   {"severity", severity_name(d.severity)},
                   {"code", d.code},
                   {"message", d.message}};
  if (d.line) j["line"] = d.line;
  if (d.column) j["column"] = d.column;
  if (d.byte_offset) j["byte_offset"] = *d.byte_offset;
  return j;
}

nlohmann::json to_json(const Text& text, const Layout& layout, const Classification* cls,
                       const TextReportOptions& opts) {
  using nlohmann::json;
  json doc{{"file", text.file},
           {"kind", cls ? doc_kind_name(cls->kind) : "unknown"},
           {"language", cls ? cls->lang : ""},
           {"encoding", encoding_name(text.encoding)},
           {"double_spaced", layout.double_spaced},
           {"wrap_width", layout.wrap_width}};
  json blocks = json::array();
  const auto ids = block_ids(layout);
  for (std::size_t i = 0; i < layout.blocks.size(); ++i) {
    const Block& b = layout.blocks[i];
    json jb{{"id", ids[i]},
            {"kind", block_kind_name(b.kind)},
            {"lines", {b.lines.first, b.lines.last}},
            {"text", b.text}};
    if (cls && i < cls->block_langs.size() && !cls->block_langs[i].empty())
      jb["language"] = cls->block_langs[i];
    if (!b.label.empty()) jb["label"] = b.label;
    if (b.level) jb["level"] = b.level;
    if (!b.page.empty()) jb["page"] = b.page;
    if (!b.cells.empty()) {
      json cells = json::array();
      for (const Cell& c : b.cells) cells.push_back({{"text", c.text}, {"column", c.column}});
      jb["cells"] = cells;
    }
    if (!b.footnote_refs.empty()) {
      json refs = json::array();
      for (const auto& f : b.footnote_refs) refs.push_back({{"label", f.label}, {"offset", f.offset}});
      jb["footnote_refs"] = refs;
    }
    blocks.push_back(std::move(jb));
  }
  doc["blocks"] = std::move(blocks);
  json debris = json::array();
  for (const Debris& d : layout.debris)
    debris.push_back({{"lines", {d.lines.first, d.lines.last}},
                      {"text", d.text},
                      {"reason", d.reason},
                      {"rule", d.rule}});
  doc["debris"] = std::move(debris);
  json fields = json::array();
  for (const auto& f : layout.header_fields)
    fields.push_back({{"field", f.field}, {"value", f.value}, {"line", f.line}, {"rule", f.rule}});
  doc["page_header_fields"] = std::move(fields);
  if (opts.explain) {
    if (cls) doc["classify_evidence"] = cls->evidence;
    json ex = json::array();
    for (const auto& e : layout.explain)
      ex.push_back({{"line", e.line}, {"rule", e.rule}, {"detail", e.detail}});
    doc["explain"] = std::move(ex);
  }
  return doc;
}

}  // namespace tolk
