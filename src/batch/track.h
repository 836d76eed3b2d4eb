// tolk track: documents to the rows of the follow-up workbook (src/emit/tracker.h).
//
// Promise: a recommendation's id is `{county code}-{meeting year}-{issuer}-{list}-{number}`
// (KYM-2024-MIN-NEW-02, HEL-2024-IM-2023-03), made from the parsed protocol and the county table
// rules/counties.tsv only, so the same recommendation gets the same id every year it is read.
// A Swedish and a Finnish protocol of the same county, meeting date and beginning are one meeting:
// its recommendations are the Swedish ones, with the Finnish text of the unit the alignment links
// to each (none, with a warning, when the alignment finds that the two are no versions of each
// other). A county missing from the table is a warning and gets a provisional code from its name.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "align/check.h"
#include "batch/document.h"
#include "core/rules.h"
#include "emit/tracker.h"

namespace tolk {

// rules/counties.tsv: county name (either language, lower case) -> code.
struct CountyCodes {
  std::map<std::string, std::string> by_name;
};
CountyCodes load_county_codes(const std::filesystem::path& path, Diagnostics& diags);

// The code of `county`; a provisional one (first three letters, upper case) with a warning when
// the table lacks it.
std::string county_code(const CountyCodes& codes, const std::string& county,
                        const std::string& file, Diagnostics& diags);

// {county code}-{year}-{issuer}-{NEW | given year}-{number, two digits}
std::string recommendation_id(const std::string& county_code, int year,
                              const RecommendationList& list, int number);

// Everything the workbook shows. `findings` (from the bilingual check, with the files they are
// about) fill the consistency sheet.
struct FileFindings {
  std::string sv_file, fi_file;
  std::vector<Finding> findings;
};
// The Finnish text of each Swedish recommendation of a meeting, by the eId of its unit
// ("recommendations_new_MIN_2"): the Finnish units the alignment `a` of the meeting's two
// protocols links it to, its follow-up left out.
std::map<std::string, std::string> finnish_recommendations(const Document& sv, const Document& fi,
                                                           const Alignment& a);

// Where build_tracker() gets a meeting's Finnish recommendation texts (what
// finnish_recommendations() gives for the two whole protocols), problems with the pair going to
// `diags`. A caller whose protocols are trimmed (trim_to_tracker) supplies them; empty: the
// protocols given are whole and build_tracker() aligns them itself.
using MeetingTexts = std::function<std::map<std::string, std::string>(
    const Document& sv, const Document& fi, Diagnostics& diags)>;

// `jobs`: threads for the alignments of the meetings' two versions (0: one per core); the result
// does not depend on it.
TrackerData build_tracker(const std::vector<Document>& docs, const Rules& rules,
                          const CountyCodes& counties, const std::vector<FileFindings>& findings,
                          Diagnostics& diags, unsigned jobs = 1, const MeetingTexts& texts = {});

// Drops from `doc` what build_tracker() does not read: the text (its encoding stays), the layout,
// the classification's evidence, a decision's paragraphs and law references, a publication's
// description sheets, contents and background, a protocol's discussion of each item (its
// decisions stay), its signatories and the printed text of its follow-ups. A batch keeps its
// documents until the workbook is built; trimmed, they take memory for what the workbook shows,
// not for their whole text. build_tracker() cannot align trimmed protocols: give it MeetingTexts.
void trim_to_tracker(Document& doc);

// Builds the workbook of `docs` and writes it to `out`, keeping the users' edits of an existing
// `out`; `lang` as for run_track. Returns whether the workbook was written. The documents are
// let go once their rows are made, before the workbook is written.
bool track_documents(std::vector<Document> docs, const std::string& out, std::string lang,
                     const Rules& rules, const std::vector<FileFindings>& findings,
                     Diagnostics& diags, unsigned jobs = 1, const MeetingTexts& texts = {});

// The whole command: loads `files`, builds the workbook and writes it to `out`, keeping the
// users' edits of an existing `out`. `lang` is "sv", "fi", "en" or "" (the language of the first
// document). Diagnostics are printed to `err`. Returns the exit code: 0, 1 when a document had
// errors or the workbook could not be written, 2 for a usage error.
int run_track(const std::vector<std::string>& files, const std::string& out, std::string lang,
              const Rules& rules, const std::vector<FileFindings>& findings, std::ostream& err);

}  // namespace tolk
