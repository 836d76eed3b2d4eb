// What every fuzz target checks, shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and by
// the regression replay (tests/fuzz/regressions_test.cpp), so that an input the fuzzer once broke
// is checked the same way in every build, not only in the fuzz build.
//
// Each run_* function takes raw bytes through the stages it names and records every broken
// promise of those stages (src/*/…h) as a Failure; a crash, a hang or a sanitizer report is a
// failure too, found by the sanitizers and libFuzzer rather than here. The promises checked:
//   decode   Text is strict UTF-8, NFC, without CR, NUL, form feed or control characters; no text
//            means an error diagnostic; every diagnostic names the file.
//   layout   every non-blank line is in a block or in the debris; spans in range and in order;
//            block text non-empty, valid UTF-8, one line; classify gives one language per block;
//            the text report and its JSON serialise.
//   parsers  never throw; diagnostics name the file and a line of it; model text valid UTF-8.
//   XML      the writer's bytes are well-formed XML 1.0 (re-parsed with pugixml, plus the
//            character checks pugixml does not make: only XML characters, no character reference
//            to a forbidden one), eIds unique, no attribute twice, every reference resolves.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "batch/document.h"
#include "classify/classify.h"
#include "core/diagnostic.h"
#include "core/model.h"
#include "core/rules.h"
#include "core/text.h"
#include "core/unicode.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "emit/text_report.h"
#ifdef TOLK_FUZZ_ALIGN
#include "emit/alignment_xml.h"
#endif
#ifdef TOLK_FUZZ_WORKBOOK
#include "batch/track.h"
#include "emit/tracker.h"
#include "emit/xlsx_read.h"
#endif
#include "layout/layout.h"
#include "parse/parse.h"

namespace tolk::fuzz {

// The file name every input gets; diagnostics must carry it.
inline constexpr const char* kFile = "fuzz-input.txt";

struct Failures {
  std::vector<std::string> list;
  void add(std::string what) {
    if (list.size() < 20) list.push_back(std::move(what));
  }
  bool empty() const { return list.empty(); }
  // Runs `step`; an exception from it is a broken promise ("`what` threw: …") and gives false.
  template <class Step>
  bool returns_normally(const char* what, Step step) {
    try {
      step();
      return true;
    } catch (const std::exception& e) {
      add(std::string(what) + " threw: " + e.what());
      return false;
    }
  }
  std::string text() const {
    std::string out;
    for (const auto& f : list) out += "  " + f + "\n";
    return out;
  }
};

// The repository's rules ($TOLK_RULES overrides), loaded once.
inline const Rules& rules() {
  static const Rules r = [] {
    const char* env = std::getenv("TOLK_RULES");
    const std::filesystem::path dir = env != nullptr
                                          ? std::filesystem::path(env)
                                          : std::filesystem::path(TOLK_SOURCE_DIR) / "rules";
    Diagnostics diags;
    Rules loaded = load_rules(dir, diags);
    if (has_errors(diags) || loaded.languages.empty()) {
      for (const auto& d : diags) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
      std::fprintf(stderr, "tolk fuzz: rules at %s do not load\n", dir.c_str());
      std::abort();
    }
    return loaded;
  }();
  return r;
}

// ---- Small predicates ---------------------------------------------------------------------------

// Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF. Returns the offset of the
// first bad byte, or npos.
inline std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    const unsigned char c = b(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (b(i + 1) < lo || b(i + 1) > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (b(i + k) < 0x80 || b(i + k) > 0xBF) return i;
    i += len;
  }
  return std::string_view::npos;
}

inline bool valid_utf8(std::string_view s) {
  return invalid_utf8_at(s) == std::string_view::npos;
}

// XML 1.0's Char production.
inline bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// C0 other than tab, LF and CR, DEL, C1: what decode promises never to let through.
inline bool control_char(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

inline std::string show(std::string_view s, std::size_t max = 80) {
  std::string out;
  for (unsigned char c : s.substr(0, max)) {
    if (c >= 0x20 && c < 0x7F && c != '\\')
      out += static_cast<char>(c);
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

inline std::size_t line_count(std::string_view utf8) {
  return split_lines(utf8).size();
}

// ---- Diagnostics ------------------------------------------------------------------------------

// Every diagnostic names the file, has a code and a message, and a line (when given) of the file.
inline void check_diagnostics(const Diagnostics& diags, const std::string& file, std::size_t lines,
                              const char* stage, Failures& f) {
  for (const Diagnostic& d : diags) {
    const std::string where = std::string(stage) + " diagnostic [" + d.code + "]";
    if (d.file != file) f.add(where + " names file '" + show(d.file) + "', not '" + file + "'");
    if (d.code.empty()) f.add(where + " has no code: " + d.message);
    if (d.message.empty()) f.add(where + " has no message");
    if (lines > 0 && d.line > lines + 1)
      f.add(where + " points at line " + std::to_string(d.line) + " of a text of " +
            std::to_string(lines) + " lines");
    if (!valid_utf8(d.message)) f.add(where + " message is not UTF-8: " + show(d.message));
  }
}

// ---- XML --------------------------------------------------------------------------------------

// The serialised XML: what an XML 1.0 parser (xmllint, Excel, a browser) would accept and what
// pugixml does not check.
inline void check_xml_bytes(std::string_view xml, Failures& f) {
  if (std::size_t at = invalid_utf8_at(xml); at != std::string_view::npos) {
    f.add("XML is not UTF-8 at byte " + std::to_string(at) + ": ..." +
          show(xml.substr(at > 40 ? at - 40 : 0, 80)));
    return;
  }
  for (std::size_t i = 0; i < xml.size();) {
    const std::size_t at = i;
    const char32_t c = next_char(xml, i);
    if (!xml_char(c)) {
      f.add("XML has character U+" + std::to_string(static_cast<unsigned>(c)) +
            " (decimal), not allowed in XML 1.0, at byte " + std::to_string(at));
      return;
    }
  }
  // Character references: &#N; and &#xH; must name an XML character.
  for (std::size_t p = xml.find("&#"); p != std::string_view::npos; p = xml.find("&#", p + 2)) {
    std::size_t q = p + 2;
    const bool hex = q < xml.size() && xml[q] == 'x';
    if (hex) ++q;
    unsigned long v = 0;
    std::size_t digits = 0;
    while (q < xml.size() && digits < 8) {
      const char c = xml[q];
      int d = -1;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      if (d < 0) break;
      v = v * (hex ? 16 : 10) + static_cast<unsigned long>(d);
      ++q;
      ++digits;
    }
    if (digits == 0 || q >= xml.size() || xml[q] != ';' || !xml_char(static_cast<char32_t>(v))) {
      f.add("XML has a character reference to a character XML 1.0 forbids: " +
            show(xml.substr(p, 12)));
      return;
    }
  }
}

inline void check_xml_tree(const pugi::xml_document& doc, Failures& f) {
  if (std::string(doc.document_element().name()) != "akomaNtoso")
    f.add(std::string("XML root is <") + doc.document_element().name() + ">, not <akomaNtoso>");
  struct Walker : pugi::xml_tree_walker {
    Failures* f = nullptr;
    std::set<std::string> eids;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      std::set<std::string> names;
      for (pugi::xml_attribute a : n.attributes()) {
        if (!names.insert(a.name()).second)
          f->add(std::string("<") + n.name() + "> has attribute " + a.name() + " twice");
        if (std::string_view(a.name()) == "eId" && !eids.insert(a.value()).second)
          f->add(std::string("eId '") + show(a.value()) + "' is used twice (<" + n.name() + ">)");
      }
      return true;
    }
  } walker;
  walker.f = &f;
  const_cast<pugi::xml_document&>(doc).traverse(walker);
}

// The writer's output: serialised, re-parsed, checked. `doc` is what the writer built.
inline void check_xml(const pugi::xml_document& doc, Failures& f) {
  for (const Diagnostic& d : check_references(doc, kFile))
    f.add("before serialising: " + d.message);
  const std::string xml = xml_string(doc);
  check_xml_bytes(xml, f);
  pugi::xml_document back;
  const pugi::xml_parse_result r =
      back.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) {
    f.add(std::string("XML does not re-parse: ") + r.description() + " at byte " +
          std::to_string(r.offset) + ": " +
          show(std::string_view(xml).substr(static_cast<std::size_t>(r.offset), 60)));
    return;
  }
  check_xml_tree(back, f);
  for (const Diagnostic& d : check_references(back, kFile)) f.add("after re-parsing: " + d.message);
}

// ---- Stages -------------------------------------------------------------------------------------

inline void check_text(const Text& t, std::string_view input_file, Failures& f) {
  if (t.file != input_file) f.add("Text.file is '" + show(t.file) + "'");
  if (std::size_t at = invalid_utf8_at(t.utf8); at != std::string_view::npos) {
    f.add("decoded text is not strict UTF-8 at byte " + std::to_string(at));
    return;
  }
  for (std::size_t i = 0; i < t.utf8.size();) {
    const std::size_t at = i;
    const char32_t c = next_char(t.utf8, i);
    if (c == '\r' || c == 0 || c == '\f' || control_char(c)) {
      f.add("decoded text has U+" + std::to_string(static_cast<unsigned>(c)) +
            " (decimal) at byte " + std::to_string(at));
      return;
    }
  }
  if (nfc(t.utf8) != t.utf8) f.add("decoded text is not NFC");
  const std::size_t lines = line_count(t.utf8);
  std::size_t prev = 0;
  for (std::size_t l : t.form_feed_lines) {
    if (l <= prev || l > lines)
      f.add("form feed line " + std::to_string(l) + " out of order or beyond line " +
            std::to_string(lines));
    prev = l;
  }
}

// Bytes to text; nullopt (and no failure) when decode refuses them, as it should for bad bytes.
inline std::optional<Text> run_decode(const std::uint8_t* data, std::size_t size, Failures& f) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodeResult r = decode(bytes, kFile);
  check_diagnostics(r.diagnostics, kFile, 0, "decode", f);
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code.rfind("decode.", 0) != 0) f.add("decode diagnostic with code " + d.code);
    if (d.byte_offset && *d.byte_offset > size && d.code != "decode.too-large")
      f.add("decode diagnostic [" + d.code + "] at byte " + std::to_string(*d.byte_offset) +
            " of " + std::to_string(size));
  }
  if (!r.text) {
    if (!has_errors(r.diagnostics)) f.add("decode gave no text and no error");
    return std::nullopt;
  }
  if (has_errors(r.diagnostics)) f.add("decode gave text and an error");
  check_text(*r.text, kFile, f);
  return std::move(r.text);
}

inline void check_span(LineSpan s, std::size_t lines, const std::string& what, Failures& f) {
  if (s.first == 0 && s.last == 0) return;  // an empty span: "not found"
  if (s.first < 1 || s.first > s.last || s.last > lines)
    f.add(what + " has line span " + format_span(s) + " in a text of " + std::to_string(lines) +
          " lines");
}

inline void check_layout(const Text& t, const Layout& l, Failures& f) {
  const std::vector<std::string_view> lines = split_lines(t.utf8);
  const std::size_t n = lines.size();
  check_diagnostics(l.diagnostics, t.file, n, "layout", f);
  std::vector<char> owned(n + 2, 0);
  std::size_t prev_first = 0;
  for (std::size_t k = 0; k < l.blocks.size(); ++k) {
    const Block& b = l.blocks[k];
    const std::string what = "block " + std::to_string(k) + " (" + block_kind_name(b.kind) + ")";
    if (b.lines.first < 1 || b.lines.first > b.lines.last || b.lines.last > n) {
      f.add(what + " has line span " + format_span(b.lines) + " in a text of " + std::to_string(n) +
            " lines");
      continue;
    }
    if (b.lines.first < prev_first) f.add(what + " starts before the block before it");
    prev_first = b.lines.first;
    for (std::size_t i = b.lines.first; i <= b.lines.last; ++i) owned[i] = 1;
    if (b.text.empty()) f.add(what + " has no text");
    if (!valid_utf8(b.text)) f.add(what + " text is not UTF-8: " + show(b.text));
    if (!valid_utf8(b.label)) f.add(what + " label is not UTF-8: " + show(b.label));
    if (!valid_utf8(b.page)) f.add(what + " page is not UTF-8: " + show(b.page));
    if (b.text.find('\n') != std::string::npos) f.add(what + " text has a line break");
    for (const Cell& c : b.cells)
      if (!valid_utf8(c.text)) f.add(what + " cell is not UTF-8: " + show(c.text));
    for (const FootnoteRef& r : b.footnote_refs)
      if (r.offset > b.text.size()) f.add(what + " footnote ref beyond its text");
  }
  for (const Debris& d : l.debris) {
    if (d.lines.first < 1 || d.lines.first > d.lines.last || d.lines.last > n) {
      f.add("debris has line span " + format_span(d.lines) + " in a text of " + std::to_string(n) +
            " lines");
      continue;
    }
    for (std::size_t i = d.lines.first; i <= d.lines.last; ++i) owned[i] = 1;
  }
  for (std::size_t i = 1; i <= n; ++i) {
    if (trim(lines[i - 1]).empty() || owned[i]) continue;
    f.add("line " + std::to_string(i) +
          " is in no block and not in the debris: " + show(lines[i - 1]));
    break;
  }
  for (const HeaderField& h : l.header_fields)
    if (!valid_utf8(h.value)) f.add("header field " + h.field + " is not UTF-8");
}

struct Staged {
  std::optional<Text> text;
  std::optional<Layout> layout;
};

// Bytes through decode and layout, and with `report` classify and the text report too (the parser
// targets leave those to the layout target and spend their time in the parser).
inline Staged run_layout(const std::uint8_t* data, std::size_t size, Failures& f,
                         bool report = true) {
  Staged s;
  s.text = run_decode(data, size, f);
  if (!s.text) return s;
  s.layout = layout(*s.text, rules());
  check_layout(*s.text, *s.layout, f);
  if (!report || s.layout->blocks.empty()) return s;
  const Classification c = classify(*s.layout, rules());
  if (c.block_langs.size() != s.layout->blocks.size())
    f.add("classify gave " + std::to_string(c.block_langs.size()) + " languages for " +
          std::to_string(s.layout->blocks.size()) + " blocks");
  f.returns_normally("text report", [&] {
    TextReportOptions opts;
    opts.explain = true;
    (void)render_text(*s.text, *s.layout, &c, opts);
    (void)to_json(*s.text, *s.layout, &c, opts).dump(2);
  });
  return s;
}

inline void check_para(const Para& p, std::size_t lines, const std::string& what, Failures& f) {
  if (!valid_utf8(p.text)) f.add(what + " text is not UTF-8: " + show(p.text));
  check_span(p.lines, lines, what, f);
}

inline void check_parse_diags(const Diagnostics& diags, std::size_t before, const Text& t,
                              const char* stage, Failures& f) {
  check_diagnostics(Diagnostics(diags.begin() + static_cast<std::ptrdiff_t>(before), diags.end()),
                    t.file, line_count(t.utf8), stage, f);
}

inline SourceInfo source(const std::string& lang) {
  return SourceInfo{kFile, lang, std::string(64, '0'), "fuzz"};
}

inline void run_decision(const std::uint8_t* data, std::size_t size, Failures& f) {
  Staged s = run_layout(data, size, f, /*report=*/false);
  if (!s.layout) return;
  const std::size_t n = line_count(s.text->utf8);
  Diagnostics diags;
  Decision d;
  if (!f.returns_normally("parse_decision", [&] { d = parse_decision(*s.layout, rules(), diags); }))
    return;
  check_parse_diags(diags, 0, *s.text, "decision", f);
  for (const std::string* t :
       {&d.masthead, &d.collection, &d.number, &d.doc_type, &d.title, &d.place_date, &d.place})
    if (!valid_utf8(*t)) f.add("decision field is not UTF-8: " + show(*t));
  check_span(d.masthead_lines, n, "masthead", f);
  check_span(d.title_lines, n, "title", f);
  check_para(d.legal_basis, n, "legal basis", f);
  check_para(d.entry_into_force, n, "entry into force", f);
  for (const auto& g : d.groups)
    for (const auto& o : g.objectives) {
      check_span(o.lines, n, "objective " + o.num, f);
      for (const Para& p : o.body) check_para(p, n, "objective " + o.num + " body", f);
    }
  pugi::xml_document xml;
  if (!f.returns_normally("akn_decision", [&] { akn_decision(d, source("sv"), rules(), xml); }))
    return;
  check_xml(xml, f);
}

inline void run_publication(const std::uint8_t* data, std::size_t size, Failures& f) {
  Staged s = run_layout(data, size, f, /*report=*/false);
  if (!s.layout) return;
  const std::size_t n = line_count(s.text->utf8);
  Diagnostics diags;
  Publication p;
  if (!f.returns_normally("parse_publication",
                          [&] { p = parse_publication(*s.layout, rules(), diags); }))
    return;
  check_parse_diags(diags, 0, *s.text, "publication", f);
  for (const Diagnostic& d : diags)
    if (d.code == "publication.internal") f.add("publication parser caught: " + d.message);
  check_span(p.title_lines, n, "publication title", f);
  for (const auto& o : p.objectives) {
    check_span(o.lines, n, "objective " + o.num, f);
    for (const auto& ind : o.indicators) {
      check_span(ind.lines, n, "indicator", f);
      if (!valid_utf8(ind.text)) f.add("indicator text is not UTF-8: " + show(ind.text));
    }
    for (const Para& q : o.background) check_para(q, n, "objective " + o.num + " background", f);
  }
  for (const auto& sh : p.sheets) {
    check_span(sh.lines, n, "description sheet", f);
    for (const std::string& k : sh.keywords)
      if (!valid_utf8(k)) f.add("keyword is not UTF-8: " + show(k));
  }
  pugi::xml_document xml;
  if (!f.returns_normally("akn_publication",
                          [&] { akn_publication(p, source("sv"), rules(), xml); }))
    return;
  check_xml(xml, f);
}

inline void run_protocol(const std::uint8_t* data, std::size_t size, Failures& f) {
  Staged s = run_layout(data, size, f, /*report=*/false);
  if (!s.layout) return;
  const std::size_t n = line_count(s.text->utf8);
  Diagnostics diags;
  Protocol p;
  if (!f.returns_normally("parse_protocol", [&] { p = parse_protocol(*s.layout, rules(), diags); }))
    return;
  check_parse_diags(diags, 0, *s.text, "protocol", f);
  check_span(p.title_lines, n, "protocol title", f);
  for (const auto& a : p.attendees) check_span(a.lines, n, "attendee", f);
  for (const auto& item : p.agenda) {
    check_span(item.lines, n, "agenda item " + item.num, f);
    for (const Para& q : item.body) check_para(q, n, "agenda item " + item.num, f);
  }
  for (const auto& list : p.recommendations)
    for (const auto& r : list.items) check_span(r.lines, n, "recommendation " + r.num, f);
  pugi::xml_document xml;
  if (!f.returns_normally("akn_protocol", [&] { akn_protocol(p, source("sv"), rules(), xml); }))
    return;
  check_xml(xml, f);
}

#ifdef TOLK_FUZZ_ALIGN
// The input split in two (at the first "\n====\n", else in the middle), each half loaded as a
// document, the halves aligned as a Swedish and a Finnish version, and the alignment written as
// XML. `sv_path` and `fi_path` are scratch files.
inline void run_align(const std::uint8_t* data, std::size_t size, const std::string& sv_path,
                      const std::string& fi_path, Failures& f) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  std::size_t cut = all.find("\n====\n");
  std::size_t skip = cut == std::string_view::npos ? 0 : 6;
  if (cut == std::string_view::npos) cut = size / 2;
  const std::string_view parts[2] = {all.substr(0, cut), all.substr(std::min(size, cut + skip))};
  const std::string paths[2] = {sv_path, fi_path};
  for (int k = 0; k < 2; ++k) {
    std::FILE* out = std::fopen(paths[k].c_str(), "wb");
    if (out == nullptr) {
      f.add("cannot write the scratch file " + paths[k]);
      return;
    }
    if (!parts[k].empty()) std::fwrite(parts[k].data(), 1, parts[k].size(), out);
    std::fclose(out);
  }
  f.returns_normally("alignment", [&] {
    const Document sv = load_document(sv_path, rules());
    const Document fi = load_document(fi_path, rules());
    Diagnostics diags;
    const Alignment al = align_pair(sv, fi, rules(), diags);
    check_diagnostics(diags, sv.display + " + " + fi.display, 0, "align", f);
    if (!sv.text || !fi.text) return;
    const std::vector<AlignUnit> su =
        sv.kind() == fi.kind() ? document_units(sv) : align_units(*sv.layout);
    const std::vector<AlignUnit> fu =
        sv.kind() == fi.kind() ? document_units(fi) : align_units(*fi.layout);
    for (const AlignLink& l : al.links) {
      for (std::size_t i : l.sv)
        if (i >= su.size())
          f.add("alignment link to Swedish unit " + std::to_string(i) + " of " +
                std::to_string(su.size()));
      for (std::size_t i : l.fi)
        if (i >= fu.size())
          f.add("alignment link to Finnish unit " + std::to_string(i) + " of " +
                std::to_string(fu.size()));
    }
    const std::string xml =
        alignment_xml({"sv", sv.display, sv.sha256, sv.kind(), &su},
                      {"fi", fi.display, fi.sha256, fi.kind(), &fu}, al, "fuzz");
    check_xml_bytes(xml, f);
    pugi::xml_document back;
    const pugi::xml_parse_result r = back.load_buffer(xml.data(), xml.size());
    if (!r) f.add(std::string("alignment XML does not re-parse: ") + r.description());
  });
}
#endif

#ifdef TOLK_FUZZ_WORKBOOK
// The follow-up workbook (tolk track) of the document in the input: built, written with
// libxlsxwriter to `xlsx_path`, read back. Every cell must read back as written: text as text
// (a text that looks like a formula must not become one), every recommendation under its id.
inline void run_workbook(const std::uint8_t* data, std::size_t size, const std::string& path,
                         const std::string& xlsx_path, Failures& f) {
  {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (out == nullptr) {
      f.add("cannot write the scratch file " + path);
      return;
    }
    if (size > 0) std::fwrite(data, 1, size, out);
    std::fclose(out);
  }
  static const CountyCodes counties = [] {
    Diagnostics d;
    return load_county_codes(rules().dir / "counties.tsv", d);
  }();
  static const TrackerLabels labels = [] {
    Diagnostics d;
    return load_tracker_labels(rules().dir, "sv", d);
  }();
  f.returns_normally("workbook", [&] {
    std::vector<Document> docs;
    docs.push_back(load_document(path, rules()));
    if (!docs.front().text) return;
    Diagnostics diags;
    const TrackerData td = build_tracker(docs, rules(), counties, {}, diags);
    check_diagnostics(diags, path, 0, "workbook", f);
    std::remove(xlsx_path.c_str());
    TrackerWriteOptions opts;
    opts.version = "fuzz";
    if (!write_tracker(xlsx_path, td, {}, labels, opts, diags)) {
      for (const Diagnostic& d : diags) f.add("workbook not written: " + format_diagnostic(d));
      return;
    }
    std::string error;
    const auto sheets = read_xlsx(xlsx_path, error);
    if (!sheets) {
      f.add("the workbook written does not read back: " + error);
      return;
    }
    std::set<std::string> texts;
    for (const XlsxSheet& sheet : *sheets)
      for (const auto& row : sheet.rows)
        for (const XlsxCell& c : row) {
          if (!valid_utf8(c.text)) f.add("workbook cell is not UTF-8: " + show(c.text));
          if (!c.is_number) texts.insert(c.text);
        }
    for (const TrackerRecommendation& r : td.recommendations) {
      if (!r.text_sv.empty() && utf16_length(r.text_sv) < 32767 && !texts.count(r.text_sv))
        f.add("recommendation " + r.id + " does not read back as its text: " + show(r.text_sv));
    }
    Diagnostics read_diags;
    const auto previous = read_tracker(xlsx_path, rules().dir, read_diags);
    if (!previous) {
      f.add("the workbook written is no tracker when read back");
      return;
    }
    std::set<std::string> ids;
    for (const PreviousRecommendation& p : *previous) ids.insert(p.id);
    for (const TrackerRecommendation& r : td.recommendations)
      if (!ids.count(r.id)) f.add("recommendation " + r.id + " is not in the workbook read back");
  });
}
#endif

// The whole pipeline as `tolk parse` runs it: load_document on a file holding the bytes, then the
// XML of its kind. `path` is a file the caller lets this function overwrite.
inline void run_pipeline(const std::uint8_t* data, std::size_t size, const std::string& path,
                         Failures& f) {
  {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (out == nullptr) {
      f.add("cannot write the scratch file " + path);
      return;
    }
    if (size > 0) std::fwrite(data, 1, size, out);
    std::fclose(out);
  }
  Document doc;
  if (!f.returns_normally("load_document", [&] { doc = load_document(path, rules()); })) return;
  const std::size_t n = doc.text ? line_count(doc.text->utf8) : 0;
  check_diagnostics(doc.diagnostics, path, n, "pipeline", f);
  if (!doc.text) {
    if (!has_errors(doc.diagnostics)) f.add("no text and no error");
    return;
  }
  if (!doc.layout) f.add("text without layout");
  pugi::xml_document xml;
  Diagnostics diags;
  if (!f.returns_normally("document_akn", [&] { document_akn(doc, rules(), xml, diags); })) return;
  for (const Diagnostic& d : diags) f.add("document_akn: " + format_diagnostic(d));
  check_xml(xml, f);
}

}  // namespace tolk::fuzz

namespace tolk::fuzz {

// In a fuzz target: a broken promise is a crash, so that libFuzzer keeps the input.
inline void abort_on(const Failures& f) {
  if (f.empty()) return;
  std::fprintf(stderr, "tolk fuzz: broken promise:\n%s", f.text().c_str());
  std::abort();
}

// Scratch files for the targets that read files, one set per process, removed at exit.
inline std::string scratch_file(const std::string& suffix) {
  std::error_code ec;
  std::filesystem::path dir = "/dev/shm";
  if (!std::filesystem::is_directory(dir, ec)) dir = std::filesystem::temp_directory_path();
  return (dir / ("tolk-fuzz-" + std::to_string(::getpid()) + suffix)).string();
}

inline const std::string& scratch_path(int which = 0) {
  static const std::string paths[4] = {scratch_file(".txt"), scratch_file(".sv.txt"),
                                       scratch_file(".fi.txt"), scratch_file(".xlsx")};
  static const bool registered = [] {
    std::atexit([] {
      for (const std::string& p : paths) std::remove(p.c_str());
    });
    return true;
  }();
  (void)registered;
  return paths[which];
}

}  // namespace tolk::fuzz
