#include "batch/document.h"

#include <sstream>
#include <stdexcept>

#include "core/hash.h"
#include "core/io.h"
#include "core/version.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "parse/parse.h"

namespace tolk {

namespace {

// What classify() could not tell, said where the text starts: a document that is read as generic
// paragraphs must not pass through a batch unremarked.
void report_classification(const Classification& c, const Layout& l, const Rules& rules,
                           const std::string& file, Diagnostics& diags) {
  const std::size_t line = l.blocks.empty() ? 0 : l.blocks.front().lines.first;
  if (c.kind == DocKind::unknown) {
    std::string scores;
    for (const auto& [kind, score] : c.kind_scores) {
      std::ostringstream s;
      s << kind << ' ' << score;
      scores += (scores.empty() ? "" : ", ") + s.str();
    }
    diags.push_back(
        {file, line, 0, std::nullopt, Severity::warning, "classify.unknown-kind",
         "not read as a decision, a publication or a protocol: no kind has enough marker "
         "evidence (" +
             scores + "; " + std::to_string(static_cast<int>(kKindThreshold)) +
             " needed); written as generic paragraphs"});
  }
  if (c.lang.empty()) {
    std::string langs;
    for (const auto& [lang, lr] : rules.languages)
      if (!lr.function_words.empty()) langs += (langs.empty() ? "" : ", ") + lang;
    diags.push_back({file, line, 0, std::nullopt, Severity::warning, "classify.unknown-language",
                     "the language could not be told: no paragraph has enough function words of a "
                     "language tolk knows (" +
                         langs + ")"});
  }
}

// What the two versions print differently of what identifies a document: a decision's number
// and signing date, a publication's series and number, a protocol's meeting date and hours.
// Only what both print is compared (the Finnish decision of the corpus has no number). Empty when
// nothing differs. Protocols of two meetings share their whole structure, so that the alignment
// alone cannot tell them apart.
std::string identity_conflict(const Document& sv, const Document& fi) {
  auto differ = [](const std::string& what, const std::string& a, const std::string& b) {
    return a.empty() || b.empty() || a == b ? std::string()
                                            : what + " " + a + " in Swedish, " + b + " in Finnish";
  };
  auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
  std::vector<std::string> found;
  if (sv.decision && fi.decision) {
    found.push_back(differ("number", sv.decision->number, fi.decision->number));
    found.push_back(
        differ("signed", date(sv.decision->signing_date), date(fi.decision->signing_date)));
  }
  if (sv.publication && fi.publication)
    found.push_back(differ("publication", sv.publication->series + " " + sv.publication->number,
                           fi.publication->series + " " + fi.publication->number));
  if (sv.protocol && fi.protocol) {
    found.push_back(
        differ("meeting", date(sv.protocol->meeting_date), date(fi.protocol->meeting_date)));
    found.push_back(differ("beginning", sv.protocol->start_time, fi.protocol->start_time));
  }
  std::string out;
  for (const std::string& f : found)
    if (!f.empty()) out += (out.empty() ? "" : "; ") + f;
  return out;
}

}  // namespace

Document load_document(const std::string& path, const Rules& rules) {
  Document doc;
  doc.path = path;
  doc.display = path == "-" ? "<stdin>" : path;
  std::string bytes;
  std::uintmax_t size = 0;
  try {
    bytes = read_file_bytes(path, kMaxDecodeBytes, &size);
  } catch (const std::exception& e) {
    doc.diagnostics.push_back(
        {doc.display, 0, 0, std::nullopt, Severity::error, "io.read", e.what()});
    return doc;
  }
  if (size > kMaxDecodeBytes) {  // refused before it is read whole: memory stays bounded
    doc.diagnostics.push_back(too_large_diagnostic(size, doc.display, path != "-"));
    return doc;
  }
  return load_document_bytes(bytes, std::move(doc), rules);
}

Document load_document_bytes(std::string_view bytes, Document doc, const Rules& rules) {
  doc.sha256 = sha256_hex(bytes);
  DecodeResult decoded = decode(bytes, doc.display);
  doc.diagnostics.insert(doc.diagnostics.end(), decoded.diagnostics.begin(),
                         decoded.diagnostics.end());
  if (!decoded.text) return doc;
  doc.text = std::move(decoded.text);
  Layout l = layout(*doc.text, rules);
  doc.diagnostics.insert(doc.diagnostics.end(), l.diagnostics.begin(), l.diagnostics.end());
  doc.layout = std::move(l);
  if (doc.layout->blocks.empty()) return doc;
  doc.classification = classify(*doc.layout, rules);
  report_classification(*doc.classification, *doc.layout, rules, doc.display, doc.diagnostics);
  switch (doc.classification->kind) {
    case DocKind::decision:
      doc.decision = parse_decision(*doc.layout, rules, doc.diagnostics);
      break;
    case DocKind::publication:
      doc.publication = parse_publication(*doc.layout, rules, doc.diagnostics);
      break;
    case DocKind::protocol:
      doc.protocol = parse_protocol(*doc.layout, rules, doc.diagnostics);
      break;
    case DocKind::unknown:
      break;  // generic paragraphs; an unknown kind is not an error
  }
  return doc;
}

void document_akn(const Document& doc, const Rules& rules, pugi::xml_document& out,
                  Diagnostics& diags) {
  const SourceInfo src{doc.display, doc.lang(), doc.sha256, kVersion};
  if (doc.decision)
    akn_decision(*doc.decision, src, rules, out);
  else if (doc.publication)
    akn_publication(*doc.publication, src, rules, out);
  else if (doc.protocol)
    akn_protocol(*doc.protocol, src, rules, out);
  else if (doc.layout)
    akn_generic(*doc.layout, src, out);
  else
    akn_generic(Layout{}, src, out);
  Diagnostics unresolved = check_references(out, doc.display);
  diags.insert(diags.end(), unresolved.begin(), unresolved.end());
}

std::vector<AlignUnit> document_units(const Document& doc) {
  if (doc.decision) return align_units(*doc.decision);
  if (doc.publication) return align_units(*doc.publication);
  if (doc.protocol) return align_units(*doc.protocol);
  if (doc.layout) return align_units(*doc.layout);
  return {};
}

PairSide pair_side(const Document& doc, bool generic) {
  PairSide s;
  s.file = doc.display;
  s.lang = doc.lang();
  s.layout = doc.layout ? &*doc.layout : nullptr;
  if (generic) {
    s.units = doc.layout ? align_units(*doc.layout) : std::vector<AlignUnit>{};
    return s;
  }
  s.kind = doc.kind();
  s.decision = doc.decision ? &*doc.decision : nullptr;
  s.publication = doc.publication ? &*doc.publication : nullptr;
  s.protocol = doc.protocol ? &*doc.protocol : nullptr;
  s.units = document_units(doc);
  return s;
}

Alignment align_pair(const Document& sv, const Document& fi, const Rules& rules,
                     Diagnostics& diags) {
  auto problem = [&](Severity sev, const std::string& code, const std::string& msg) {
    Diagnostic d;
    d.file = sv.display + " + " + fi.display;
    d.severity = sev;
    d.code = code;
    d.message = msg;
    diags.push_back(std::move(d));
  };
  if (!sv.text || !fi.text) {
    problem(Severity::error, "align.unreadable", "a side of the pair could not be read");
    return {};
  }
  if (sv.kind() != fi.kind())
    problem(Severity::warning, "align.kinds-differ",
            std::string("the Swedish file is a ") + doc_kind_name(sv.kind()) + ", the Finnish a " +
                doc_kind_name(fi.kind()) + ": aligned as generic paragraphs");
  if (sv.lang() != "sv")
    problem(Severity::warning, "align.language",
            sv.display + " reads as '" + sv.lang() + "', not Swedish");
  if (fi.lang() != "fi")
    problem(Severity::warning, "align.language",
            fi.display + " reads as '" + fi.lang() + "', not Finnish");
  const std::string conflict = identity_conflict(sv, fi);
  if (!conflict.empty())
    problem(Severity::error, "align.unrelated",
            "the two documents are not versions of each other: " + conflict);
  const bool generic = sv.kind() != fi.kind();
  const std::vector<AlignUnit> su = pair_side(sv, generic).units;
  const std::vector<AlignUnit> fu = pair_side(fi, generic).units;
  Alignment al = align(su, fu, rules);
  std::size_t alone = 0, total = su.size() + fu.size(), shared = 0, with_tokens = 0;
  for (const AlignLink& l : al.links) {
    if (l.sv.empty() || l.fi.empty()) alone += l.sv.size() + l.fi.size();
    if (l.similarity >= 0) {
      ++with_tokens;
      if (l.similarity > 0) ++shared;
    }
  }
  // Versions of one document share most of their anchors (numbers, names, terms); unrelated texts
  // share few, whatever their lengths.
  if (conflict.empty() && total > 0 &&
      (2 * alone > total || (with_tokens >= 4 && 2 * shared < with_tokens)))
    problem(Severity::error, "align.unrelated",
            "the two documents do not look like versions of each other: " + std::to_string(alone) +
                " of " + std::to_string(total) + " units have no counterpart, " +
                std::to_string(shared) + " of " + std::to_string(with_tokens) +
                " links share an anchor");
  return al;
}

}  // namespace tolk
