// The document model: what the parsers produce and the emitters and the alignment read.
//
// Plain structs. Every unit made from source text carries the 1-based source line span it came
// from (the file is the Document's); text is as written, cleaned by the layout stage. A part the
// parser could not find is left empty (an empty string, an empty optional) and reported as a
// diagnostic, never guessed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/text.h"

namespace tolk {

enum class DocKind { unknown, decision, publication, protocol };
const char* doc_kind_name(DocKind k);  // "unknown", "decision", "publication", "protocol"

// A calendar date. Only full dates are dates; "hösten 2023" is not.
struct Date {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // "2025-05-28"
  friend bool operator==(const Date&, const Date&) = default;
};

// A paragraph of running text.
struct Para {
  std::string text;
  LineSpan lines;
  bool subheading = false;  // a short heading inside an objective ("Informationshantering")
};

// A reference to a statute ("611/2021", "lag 468/2024") and, when given, its section ("12 a §").
struct LawRef {
  std::string text;     // as written: "lagen om välfärdsområden (611/2021)" or "468/2024"
  int number = 0;       // 611
  int year = 0;         // 2021
  std::string section;  // "12 a" (without §), empty when none is cited
  LineSpan lines;
};

struct Signatory {
  std::string role;  // "Kommun- och regionminister", "Regeringsråd"
  std::string name;  // "Anna-Kaisa Ikonen"
  LineSpan lines;
};

// ---- Government decision ----------------------------------------------------------------------

struct Objective {
  std::string num;        // "1)" as printed
  int number = 0;         // 1
  std::string statement;  // the objective itself, without its number
  LineSpan statement_lines;
  std::vector<Para> body; // explanatory paragraphs and sub-headings
  LineSpan lines;         // the whole objective
};

struct ObjectiveGroup {
  std::string heading;  // "Mål för verksamheten:"
  LineSpan lines;
  std::vector<Objective> objectives;
};

struct Decision {
  // Masthead: "Finlands författningssamling Utgiven i Helsingfors den 30 maj 2025" and "272/2025".
  std::string masthead;    // as printed; empty when there is no masthead
  std::string collection;  // "Finlands författningssamling"
  LineSpan masthead_lines;
  std::optional<Date> publication_date;
  std::string number;  // "272/2025"; empty when not printed
  LineSpan number_lines;
  std::string doc_type;  // "Statsrådets beslut"
  std::string title;     // "om riksomfattande mål för välfärdsområdenas uppgifter 2025–2029"
  LineSpan title_lines;
  Para legal_basis;  // the enacting clause
  std::vector<LawRef> law_refs;
  std::vector<Para> intro;  // paragraphs between the enacting clause and the first group
  std::vector<ObjectiveGroup> groups;
  Para entry_into_force;
  std::optional<Date> entry_into_force_date;
  std::string place_date;  // as printed: "Helsingfors den 28 maj 2025"
  std::string place;       // "Helsingfors"
  std::optional<Date> signing_date;
  LineSpan signing_lines;
  std::vector<Signatory> signatories;
};

// ---- Ministry publication ---------------------------------------------------------------------

struct DescriptionSheet {
  std::string lang;   // "sv", "fi", "en": the language the sheet is written in
  LineSpan lines;
  std::string date_text;
  std::optional<Date> date;
  std::string title;
  std::string series;     // "Social- och hälsovårdsministeriets publikationer 2024:6"
  std::string publisher;
  std::string author;     // "Utarbetad av" / "Yhteisötekijä" / "Group author"
  std::string language;   // the publication's language, as the sheet says it: "svenska", "ruotsi"
  std::string pages;
  std::vector<Para> abstract;
  std::vector<std::string> keywords;
  LineSpan keywords_lines;
};

struct TocEntry {
  std::string num;    // "2.1", empty for an unnumbered entry
  std::string title;
  std::string page;
  LineSpan lines;
};

struct Indicator {
  std::string group;            // "Tillgång", "Kontinuitet", ...; empty when the list has none
  std::string text;             // the indicator, its source in parentheses included
  std::vector<int> sotkanet;    // Sotkanet indicator numbers: "(ind. 3332 och 4771)", "ind. 5 956"
  std::string assessment;       // "THL:s bedömning", "Arbetshälsoinstitutets uppskattning"
  std::string assessor;         // "THL", the body named in the assessment, when one is
  std::vector<std::string> footnotes;  // labels of footnotes referred to
  LineSpan lines;
};

struct PublicationObjective {
  std::string num;      // "2.1"
  std::string heading;
  LineSpan lines;       // the whole section
  LineSpan heading_lines;
  std::vector<Para> background;       // 2.N.1
  LineSpan background_lines;
  std::vector<Para> indicator_intro;  // "Målet följs upp med hjälp av följande mätare:"
  std::vector<Indicator> indicators;  // 2.N.2
  LineSpan indicators_lines;
};

struct Footnote {
  std::string label;
  std::string text;
  LineSpan lines;
};

struct Publication {
  std::string series;   // "STM"
  std::string number;   // "2024:6"
  std::string title;
  LineSpan title_lines;
  std::string isbn, issn, urn;
  std::vector<DescriptionSheet> sheets;
  std::vector<TocEntry> toc;
  std::vector<PublicationObjective> objectives;
  std::vector<Footnote> footnotes;
};

// ---- Negotiation protocol --------------------------------------------------------------------

struct Attendee {
  std::string name;          // "Andreas Blanco Sequeiros"
  std::string title;         // "direktör", "avdelningschef", "apulaiskaupunginjohtaja"
  std::string organisation;  // "SHM", "RFV i Södra Finland", "Vantaan kaupunki"; empty when none is given
  std::string role;          // meeting role: "chair", "first-vice-chair", "second-vice-chair", or ""
  std::string group;         // "area", "presidium", "ministries", "government"; "" when unknown
  std::string group_heading; // the group's heading as printed: "Presidiet på plats:"
  bool remote = false;       // "på distans" / "etänä"
  std::string present_from;  // "12:22" when a presence interval is given, else ""
  std::string present_to;    // "14:30"; "" when open-ended ("paikalla klo 9.09 lähtien")
  std::string text;          // the attendee as printed
  LineSpan lines;
};

struct AgendaItem {
  std::string num;        // "3.", "3.1", "5.1." as printed
  std::vector<int> path;  // {3}, {3, 1}
  std::string heading;    // without the number
  LineSpan heading_lines;
  LineSpan lines;         // the whole item, sub-items excluded
  std::vector<Para> body;
  std::vector<Para> decision;  // "Beslut: …" / "Päätös: …" and the paragraphs it runs over
  LineSpan decision_lines;
  bool closing = false;        // the item that closes the meeting ("Mötet avslutas")
};

struct FollowUp {
  std::string text;                     // "Uppföljning och utvärdering: …" as printed
  std::vector<std::string> indicators;  // the follow-up split into its indicators
  std::vector<std::string> sources;     // "(Källa: SK/THL)" gives "SK" and "THL"
  LineSpan lines;
};

struct Recommendation {
  std::string num;  // "2." as printed
  int number = 0;
  std::string text;
  LineSpan lines;
  std::optional<FollowUp> follow_up;
};

struct RecommendationList {
  std::string issuer;      // canonical code: "MIN" (the ministries together), "IM" (Interior), ...
  std::string list;        // "new", or "earlier" for recommendations given before and still valid
  std::string intro;       // the sentence that introduces the list, as printed
  int given_year = 0;      // 2023 for "hösten 2023"; 0 when not said
  int valid_from = 0;      // 2023
  int valid_to = 0;        // 2026
  LineSpan lines;
  std::vector<Recommendation> items;
};

struct ProtocolSignatory {
  std::string name, title, organisation;
  int column = 0;  // 0 for the left column, 1 for the right
  LineSpan lines;
};

struct Protocol {
  std::string title;   // "Förhandlingar med Kymmenedalens välfärdsområde"
  LineSpan title_lines;
  std::string county;  // normalised: "Kymmenedalens välfärdsområde", "Helsingfors stad"
  std::optional<Date> meeting_date;
  std::string start_time, end_time;  // "12:00", "15:00"
  std::string time_text;             // as printed
  LineSpan time_lines;
  std::string place;
  bool remote_link = false;          // "Teams-förbindelse", "Skype", "etäyhteys"
  LineSpan place_lines;
  std::optional<Date> protocol_date;
  std::string case_number;           // as printed, even when malformed
  std::size_t case_number_line = 0;
  std::vector<Attendee> attendees;
  std::vector<AgendaItem> agenda;    // in order; nesting by `path`
  std::vector<RecommendationList> recommendations;
  std::string closing_time;          // "14:57"
  LineSpan closing_lines;
  std::vector<ProtocolSignatory> signatories;
};

}  // namespace tolk
