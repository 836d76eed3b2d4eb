#include "batch/track.h"

#include "batch/batch.h"

#include <cstdio>
#include <set>

#include "core/parallel.h"
#include "core/unicode.h"
#include "core/version.h"

namespace tolk {
namespace {

std::string two_digits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::optional<Date> meeting_date(const Protocol& p) {
  return p.meeting_date ? p.meeting_date : p.protocol_date;
}

// One meeting: the Swedish and the Finnish protocol of one county, date and beginning, either may
// be absent.
struct Meeting {
  const Document* sv = nullptr;
  const Document* fi = nullptr;
};

}  // namespace

CountyCodes load_county_codes(const std::filesystem::path& path, Diagnostics& diags) {
  CountyCodes out;
  for (const RuleLine& rl : read_rule_file(path, diags)) {
    if (rl.fields.size() < 2) {
      diags.push_back({path.string(), rl.line, 0, std::nullopt, Severity::error, "rules.fields",
                       "expected code <TAB> Swedish name <TAB> Finnish name"});
      continue;
    }
    for (std::size_t i = 1; i < rl.fields.size(); ++i)
      out.by_name[to_lower(rl.fields[i])] = rl.fields[0];
  }
  return out;
}

std::string county_code(const CountyCodes& codes, const std::string& county,
                        const std::string& file, Diagnostics& diags) {
  auto it = codes.by_name.find(to_lower(collapse_spaces(county)));
  if (it != codes.by_name.end()) return it->second;
  std::string code;
  for (std::size_t i = 0; i < county.size() && code.size() < 3;) {
    char32_t c = next_char(county, i);
    if (c < 0x80 && is_letter(c)) code += static_cast<char>(c >= 'a' ? c - 32 : c);
  }
  if (code.empty()) code = "XXX";
  diags.push_back({file, 0, 0, std::nullopt, Severity::warning, "track.county",
                   "county '" + county +
                       "' is not in rules/counties.tsv; its recommendations get " +
                       "the provisional code " + code + ", which will change when it is added"});
  return code;
}

std::string recommendation_id(const std::string& code, int year, const RecommendationList& list,
                              int number) {
  std::string l = "NEW";
  if (list.list != "new") {
    int y = list.given_year ? list.given_year : list.valid_from;
    l = y ? std::to_string(y) : "EARLIER";
  }
  return code + "-" + (year ? std::to_string(year) : std::string("0000")) + "-" + list.issuer +
         "-" + l + "-" + two_digits(number);
}

void trim_to_tracker(Document& doc) {
  if (doc.text) {
    std::string().swap(doc.text->utf8);
    std::vector<std::size_t>().swap(doc.text->form_feed_lines);
  }
  doc.layout.reset();
  if (doc.classification) {
    std::vector<std::string>().swap(doc.classification->evidence);
    std::vector<std::string>().swap(doc.classification->block_langs);
  }
  if (doc.decision) {
    Decision& d = *doc.decision;
    d.legal_basis = {};
    d.entry_into_force = {};
    std::vector<LawRef>().swap(d.law_refs);
    std::vector<Para>().swap(d.intro);
    for (ObjectiveGroup& g : d.groups)
      for (Objective& o : g.objectives) std::vector<Para>().swap(o.body);
  }
  if (doc.protocol) {
    Protocol& p = *doc.protocol;
    for (AgendaItem& item : p.agenda) std::vector<Para>().swap(item.body);
    std::vector<ProtocolSignatory>().swap(p.signatories);
    for (RecommendationList& list : p.recommendations)
      for (Recommendation& r : list.items)
        if (r.follow_up) std::string().swap(r.follow_up->text);
    // What stays is kept to the end of a batch: without the room a growing vector leaves.
    p.attendees.shrink_to_fit();
    p.agenda.shrink_to_fit();
  }
  if (doc.publication) {
    Publication& p = *doc.publication;
    std::vector<DescriptionSheet>().swap(p.sheets);
    std::vector<TocEntry>().swap(p.toc);
    std::vector<Footnote>().swap(p.footnotes);
    for (PublicationObjective& o : p.objectives) {
      std::vector<Para>().swap(o.background);
      std::vector<Para>().swap(o.indicator_intro);
    }
  }
}

std::map<std::string, std::string> finnish_recommendations(const Document& sv, const Document& fi,
                                                           const Alignment& a) {
  std::map<std::string, std::string> fi_text;
  const std::vector<AlignUnit> su = document_units(sv), fu = document_units(fi);
  for (const AlignLink& link : a.links) {
    for (std::size_t s : link.sv) {
      if (s >= su.size() || su[s].eid.rfind("recommendations_", 0) != 0) continue;
      std::vector<std::string> texts;
      for (std::size_t f : link.fi) {
        // A recommendation's own unit, not its follow-up joined into the same link.
        if (f < fu.size() && fu[f].eid.find("__followUp") == std::string::npos)
          texts.push_back(fu[f].text);
      }
      fi_text[su[s].eid] = join(texts, "\n");
    }
  }
  return fi_text;
}

TrackerData build_tracker(const std::vector<Document>& docs, const Rules& rules,
                          const CountyCodes& counties, const std::vector<FileFindings>& findings,
                          Diagnostics& diags, unsigned jobs, const MeetingTexts& texts) {
  TrackerData out;
  out.sources = {
      "sheet.sources",
      {"col.file", "col.language", "col.kind", "col.encoding", "col.sha256", "col.version"},
      {},
      -1};
  out.attendees = {
      "sheet.attendees",
      {"col.county", "col.meeting_date", "col.name", "col.title", "col.organisation", "col.role",
       "col.group", "col.remote", "col.present_from", "col.present_to", "col.file", "col.line"},
      {},
      -1};
  out.decisions = {"sheet.decisions",
                   {"col.county", "col.meeting_date", "col.item", "col.heading", "col.decision",
                    "col.file", "col.line"},
                   {},
                   -1};
  out.indicators = {"sheet.indicators",
                    {"col.recommendation", "col.objective", "col.indicator", "col.sotkanet",
                     "col.assessment", "col.data_sources", "col.file", "col.line"},
                    {},
                    -1};
  out.objectives = {"sheet.objectives",
                    {"col.number", "col.statement_sv", "col.statement_fi", "col.file", "col.line"},
                    {},
                    -1};
  out.consistency = {"sheet.consistency",
                     {"col.severity", "col.code", "col.message", "col.sv_line", "col.fi_line",
                      "col.sv_value", "col.fi_value", "col.file"},
                     {},
                     0};
  std::map<const Document*, int> source_row;
  for (const Document& d : docs) {
    source_row[&d] = static_cast<int>(out.sources.rows.size());
    out.sources.rows.push_back({tc_text(d.display), tc_text(d.lang()),
                                tc_text(doc_kind_name(d.kind())),
                                tc_text(d.text ? encoding_name(d.text->encoding) : ""),
                                tc_text(d.sha256), tc_text(kVersion)});
  }

  // Meetings by county code, date and beginning (a county can meet twice a day), in the order
  // first seen.
  std::vector<std::pair<std::string, Meeting>> meetings;
  std::map<std::string, std::size_t> meeting_index;
  for (const Document& d : docs) {
    if (!d.protocol) continue;
    const Protocol& p = *d.protocol;
    auto date = meeting_date(p);
    std::string key = county_code(counties, p.county, d.display, diags) + "|" +
                      (date ? date->iso() : std::string("?")) + "|" + p.start_time;
    auto [it, fresh] = meeting_index.emplace(key, meetings.size());
    if (fresh) meetings.push_back({key, {}});
    Meeting& m = meetings[it->second].second;
    const Document*& slot = d.lang() == "fi" ? m.fi : m.sv;
    if (slot != nullptr) {
      diags.push_back(
          {d.display, 0, 0, std::nullopt, Severity::warning, "track.duplicate-meeting",
           "a second protocol in the same language for this county, date and beginning (first: " +
               slot->display + "); it is left out"});
      continue;
    }
    slot = &d;
  }

  // The Finnish text of each Swedish recommendation, through the alignment of the meeting's two
  // protocols: the meetings on `jobs` threads, each into its own slot.
  struct FinnishTexts {
    std::map<std::string, std::string> by_eid;
    Diagnostics diags;
  };
  std::vector<FinnishTexts> finnish(meetings.size());
  parallel_for(meetings.size(), jobs, [&](std::size_t k) {
    const Meeting& m = meetings[k].second;
    if (!m.sv || !m.fi) return;
    Diagnostics pair_diags;
    if (texts) {
      finnish[k].by_eid = texts(*m.sv, *m.fi, pair_diags);
    } else {
      const Alignment a = align_pair(*m.sv, *m.fi, rules, pair_diags);
      finnish[k].by_eid = finnish_recommendations(*m.sv, *m.fi, a);
    }
    // Two protocols that are no versions of each other give no Finnish texts; that is the
    // workbook's warning, not an error that would keep it from being written.
    for (Diagnostic& d : pair_diags) {
      if (d.severity != Severity::error) continue;
      d.severity = Severity::warning;
      finnish[k].by_eid.clear();
    }
    finnish[k].diags = std::move(pair_diags);
  });

  for (std::size_t k = 0; k < meetings.size(); ++k) {
    const auto& [key, m] = meetings[k];
    const Document& main = m.sv ? *m.sv : *m.fi;
    const Protocol& p = *main.protocol;
    const std::string code = key.substr(0, key.find('|'));
    const auto date = meeting_date(p);
    const std::map<std::string, std::string>& fi_text = finnish[k].by_eid;
    diags.insert(diags.end(), finnish[k].diags.begin(), finnish[k].diags.end());
    for (const RecommendationList& list : p.recommendations) {
      for (const Recommendation& r : list.items) {
        TrackerRecommendation t;
        t.id = recommendation_id(code, date ? date->year : 0, list, r.number);
        t.county = p.county;
        t.meeting_date = date;
        t.issuer = list.issuer;
        t.list = list.list == "new" ? "new" : "earlier";
        t.valid_from = list.valid_from;
        t.valid_to = list.valid_to;
        t.number = r.number;
        const std::string eid =
            "recommendations_" + list.list + "_" + list.issuer + "_" + std::to_string(r.number);
        if (main.lang() == "fi") {
          t.text_fi = r.text;
        } else {
          t.text_sv = r.text;
          if (auto it = fi_text.find(eid); it != fi_text.end()) t.text_fi = it->second;
        }
        if (r.follow_up) {
          t.indicators = join(r.follow_up->indicators, "\n");
          t.data_sources = join(r.follow_up->sources, ", ");
          for (const auto& ind : r.follow_up->indicators) {
            out.indicators.rows.push_back({tc_text(t.id),
                                           {},
                                           tc_text(ind),
                                           {},
                                           {},
                                           tc_text(t.data_sources),
                                           tc_text(main.display),
                                           tc_number(double(r.follow_up->lines.first))});
          }
        }
        t.file = main.display;
        t.line = r.lines.first;
        t.source_row = source_row[&main];
        out.recommendations.push_back(std::move(t));
      }
    }
    for (const Document* d : {m.sv, m.fi}) {
      if (d == nullptr) continue;
      const Protocol& pp = *d->protocol;
      for (const Attendee& a : pp.attendees) {
        out.attendees.rows.push_back(
            {tc_text(pp.county), tc_date(meeting_date(pp)), tc_text(a.name), tc_text(a.title),
             tc_text(a.organisation), tc_text(a.role), tc_text(a.group),
             tc_label(a.remote ? "value.yes" : "value.no"), tc_text(a.present_from),
             tc_text(a.present_to), tc_text(d->display), tc_number(double(a.lines.first))});
      }
      for (const AgendaItem& item : pp.agenda) {
        if (item.decision.empty()) continue;
        std::vector<std::string> paras;
        for (const Para& para : item.decision) paras.push_back(para.text);
        out.decisions.rows.push_back({tc_text(pp.county), tc_date(meeting_date(pp)),
                                      tc_text(item.num), tc_text(item.heading),
                                      tc_text(join(paras, "\n")), tc_text(d->display),
                                      tc_number(double(item.decision_lines.first))});
      }
    }
  }

  // Decisions' objectives, Swedish and Finnish side by side by number; publications' indicators.
  // The two versions of one decision share its signing date (the Finnish text of the corpus has
  // no number); objectives of different decisions are different rows.
  std::map<std::pair<std::string, int>, std::vector<TrackerCell>> objectives;
  for (const Document& d : docs) {
    if (d.decision) {
      const Decision& dec = *d.decision;
      const std::string which = dec.signing_date      ? dec.signing_date->iso()
                                : !dec.number.empty() ? dec.number
                                                      : d.display;
      for (const ObjectiveGroup& g : dec.groups) {
        for (const Objective& o : g.objectives) {
          auto& row = objectives[{which, o.number}];
          if (row.empty())
            row = {
                tc_number(o.number), {}, {}, tc_text(d.display), tc_number(double(o.lines.first))};
          row[d.lang() == "fi" ? 2 : 1] = tc_text(o.statement);
        }
      }
    }
    if (d.publication) {
      for (const PublicationObjective& o : d.publication->objectives) {
        for (const Indicator& ind : o.indicators) {
          std::vector<std::string> nums;
          for (int n : ind.sotkanet) nums.push_back(std::to_string(n));
          out.indicators.rows.push_back({{},
                                         tc_text(o.num + " " + o.heading),
                                         tc_text(ind.text),
                                         tc_text(join(nums, ", ")),
                                         tc_text(ind.assessment),
                                         tc_text(ind.assessor),
                                         tc_text(d.display),
                                         tc_number(double(ind.lines.first))});
        }
      }
    }
  }
  for (auto& [n, row] : objectives) out.objectives.rows.push_back(std::move(row));

  for (const FileFindings& ff : findings) {
    for (const Finding& f : ff.findings) {
      auto line = [](std::size_t l) { return l ? tc_number(double(l)) : TrackerCell{}; };
      out.consistency.rows.push_back(
          {tc_label(std::string("severity.") + severity_name(f.severity)), tc_text(f.code),
           tc_text(f.message), line(f.sv_line), line(f.fi_line), tc_text(f.sv_value),
           tc_text(f.fi_value), tc_text(ff.sv_file + " / " + ff.fi_file)});
    }
  }
  return out;
}

int run_track(const std::vector<std::string>& files, const std::string& out, std::string lang,
              const Rules& rules, const std::vector<FileFindings>& findings, std::ostream& err) {
  if (!lang.empty() && lang != "sv" && lang != "fi" && lang != "en") {
    err << "tolk track: --lang must be sv, fi or en\n";
    return 2;
  }
  Diagnostics diags;
  std::vector<Document> docs;
  docs.reserve(files.size());
  bool doc_errors = false;
  for (const auto& f : files) {
    docs.push_back(load_document(f, rules));
    for (const auto& d : docs.back().diagnostics) err << format_diagnostic(d) << "\n";
    doc_errors = doc_errors || !docs.back().ok();
  }
  // The bilingual check of every pair among the documents fills the consistency sheet.
  std::vector<FileFindings> all = findings;
  for (const auto& p : pair_documents(docs).pairs) {
    Alignment al = align_pair(docs[p.sv], docs[p.fi], rules, diags);
    const bool generic = docs[p.sv].kind() != docs[p.fi].kind();
    all.push_back(
        {docs[p.sv].display, docs[p.fi].display,
         check_pair(pair_side(docs[p.sv], generic), pair_side(docs[p.fi], generic), al, rules)});
  }
  const bool ok = track_documents(std::move(docs), out, lang, rules, all, diags, /*jobs=*/0);
  for (const auto& d : diags) err << format_diagnostic(d) << "\n";
  return ok && !doc_errors ? 0 : 1;
}

bool track_documents(std::vector<Document> docs, const std::string& out, std::string lang,
                     const Rules& rules, const std::vector<FileFindings>& findings,
                     Diagnostics& diags, unsigned jobs, const MeetingTexts& texts) {
  if (lang.empty()) {
    for (const auto& d : docs) {
      if (!d.lang().empty()) {
        lang = d.lang();
        break;
      }
    }
    if (lang != "sv" && lang != "fi") lang = "en";
  }
  CountyCodes counties = load_county_codes(rules.dir / "counties.tsv", diags);
  TrackerLabels labels = load_tracker_labels(rules.dir, lang, diags);
  TrackerData data = build_tracker(docs, rules, counties, findings, diags, jobs, texts);
  std::vector<Document>().swap(docs);
  TrackerWriteOptions opts;
  opts.version = kVersion;
  return !has_errors(diags) &&
         write_tracker_file(out, std::move(data), rules.dir, labels, opts, diags);
}

}  // namespace tolk
