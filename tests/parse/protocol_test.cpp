// The negotiation protocol parser: the two corpus protocols (Swedish) in full, Finnish fixtures in
// the modern and the 2020 style (tests/fixtures/protocols/README.md), the vocabulary loader, and
// robustness on truncated, empty and wrong-kind input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "parse/parse.h"
#include "parse/protocol_internal.h"
#include "test_support.h"

namespace tolk {
namespace {

constexpr const char* kKymmenedalen = "corpus/protocols/kymmenedalen-2024-11-27.sv.txt";
constexpr const char* kHelsingfors = "corpus/protocols/helsingfors-stad-2024-12-10.sv.txt";
constexpr const char* kFinnishModern = "tests/fixtures/protocols/neuvottelu-2024.fi.txt";
constexpr const char* kFinnishOld = "tests/fixtures/protocols/neuvottelu-2020.fi.txt";

struct Parsed {
  Protocol p;
  Diagnostics diags;
};

Parsed parse_layout(const Layout& l) {
  Parsed r;
  r.p = parse_protocol(l, test::repo_rules(), r.diags);
  return r;
}

Parsed parse_file(const std::string& path) {
  return parse_layout(test::layout_of_file(path));
}

// Lines with a blank line after each, as the protocols' PDF extraction writes them.
Parsed parse_lines(std::initializer_list<std::string_view> lines) {
  std::string text;
  for (auto l : lines) text += std::string(l) + "\n\n";
  return parse_layout(test::layout_of(text));
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

const Diagnostic* find_diag(const Diagnostics& diags, const std::string& code,
                            std::size_t line = 0) {
  for (const auto& d : diags)
    if (d.code == code && (line == 0 || d.line == line)) return &d;
  return nullptr;
}

std::string all_diags(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags) out += format_diagnostic(d) + "\n";
  return out;
}

// Warnings and errors only: notes report harmless oddities.
std::size_t problems(const Diagnostics& diags) {
  return static_cast<std::size_t>(
      std::count_if(diags.begin(), diags.end(),
                    [](const Diagnostic& d) { return d.severity != Severity::note; }));
}

// ---- Expectations ------------------------------------------------------------------------------

struct ExpAttendee {
  std::string name, title, organisation, role, group;
  bool remote;
  std::string from, to;
  std::size_t line;
};

void expect_attendees(const Protocol& p, const std::vector<ExpAttendee>& want) {
  ASSERT_EQ(p.attendees.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Attendee& a = p.attendees[i];
    const ExpAttendee& w = want[i];
    SCOPED_TRACE("attendee " + std::to_string(i) + " " + w.name);
    EXPECT_EQ(a.name, w.name);
    EXPECT_EQ(a.title, w.title);
    EXPECT_EQ(a.organisation, w.organisation);
    EXPECT_EQ(a.role, w.role);
    EXPECT_EQ(a.group, w.group);
    EXPECT_EQ(a.remote, w.remote);
    EXPECT_EQ(a.present_from, w.from);
    EXPECT_EQ(a.present_to, w.to);
    EXPECT_EQ(a.lines.first, w.line);
    EXPECT_FALSE(a.group_heading.empty());
    EXPECT_NE(a.text.find(a.name), std::string::npos) << a.text;
  }
}

struct ExpItem {
  std::string num, heading;
  std::size_t body, decision;
  std::string decision_start;
};

void expect_agenda(const Protocol& p, const std::vector<ExpItem>& want) {
  ASSERT_EQ(p.agenda.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const AgendaItem& it = p.agenda[i];
    const ExpItem& w = want[i];
    SCOPED_TRACE("item " + w.num);
    EXPECT_EQ(it.num, w.num);
    EXPECT_EQ(it.heading, w.heading);
    EXPECT_EQ(it.body.size(), w.body);
    EXPECT_EQ(it.decision.size(), w.decision);
    if (w.decision > 0) {
      ASSERT_FALSE(it.decision.empty());
      EXPECT_TRUE(starts_with(it.decision.front().text, w.decision_start))
          << it.decision.front().text;
      EXPECT_EQ(it.decision_lines.first, it.decision.front().lines.first);
      EXPECT_EQ(it.decision_lines.last, it.decision.back().lines.last);
    }
    EXPECT_EQ(it.closing, i + 1 == want.size());
  }
}

struct ExpRec {
  std::string num, text;
  bool follow_up;
  std::vector<std::string> indicators, sources;
};

void expect_list(const RecommendationList& l, const std::string& issuer, const std::string& list,
                 int given, int from, int to, const std::string& intro,
                 const std::vector<ExpRec>& want) {
  SCOPED_TRACE("list " + issuer + " " + list);
  EXPECT_EQ(l.issuer, issuer);
  EXPECT_EQ(l.list, list);
  EXPECT_EQ(l.given_year, given);
  EXPECT_EQ(l.valid_from, from);
  EXPECT_EQ(l.valid_to, to);
  EXPECT_EQ(l.intro, intro);
  ASSERT_EQ(l.items.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Recommendation& r = l.items[i];
    const ExpRec& w = want[i];
    SCOPED_TRACE("recommendation " + w.num);
    EXPECT_EQ(r.num, w.num);
    EXPECT_EQ(r.number, static_cast<int>(i) + 1);
    EXPECT_EQ(r.text, w.text);
    ASSERT_EQ(r.follow_up.has_value(), w.follow_up);
    if (!w.follow_up) continue;
    EXPECT_EQ(r.follow_up->indicators, w.indicators);
    EXPECT_EQ(r.follow_up->sources, w.sources);
    // The follow-up as printed, with its marker ("Uppföljning och utvärdering:", "Seuranta:").
    EXPECT_TRUE(starts_with(r.follow_up->text, "Uppföljning") ||
                starts_with(r.follow_up->text, "Seuranta"))
        << r.follow_up->text;
  }
}

struct ExpSignatory {
  std::string name, title, organisation;
  int column;
  std::size_t first_line;
};

void expect_signatories(const Protocol& p, const std::vector<ExpSignatory>& want) {
  ASSERT_EQ(p.signatories.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const ProtocolSignatory& s = p.signatories[i];
    SCOPED_TRACE("signatory " + want[i].name);
    EXPECT_EQ(s.name, want[i].name);
    EXPECT_EQ(s.title, want[i].title);
    EXPECT_EQ(s.organisation, want[i].organisation);
    EXPECT_EQ(s.column, want[i].column);
    EXPECT_EQ(s.lines.first, want[i].first_line);
  }
}

// What a parse may never produce, whatever the input: an empty string where the model claims a
// value, a time not in HH:MM, a diagnostic without a line or code.
void expect_sound(const Parsed& r) {
  const Protocol& p = r.p;
  auto time_ok = [](const std::string& t) {
    if (t.empty()) return true;
    auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    return t.size() == 5 && digit(0) && digit(1) && t[2] == ':' && digit(3) && digit(4) &&
           t.compare(0, 2, "24") < 0 && t[3] < '6';
  };
  EXPECT_TRUE(time_ok(p.start_time) && time_ok(p.end_time) && time_ok(p.closing_time));
  if (!p.title.empty()) {
    EXPECT_TRUE(!p.county.empty() || find_diag(r.diags, "protocol.no-county"));
  }
  for (const auto& a : p.attendees) {
    EXPECT_FALSE(a.name.empty());
    EXPECT_FALSE(a.text.empty());
    EXPECT_TRUE(time_ok(a.present_from) && time_ok(a.present_to)) << a.text;
    EXPECT_GE(a.lines.first, 1u);
  }
  for (const auto& it : p.agenda) {
    EXPECT_FALSE(it.num.empty());
    EXPECT_FALSE(it.path.empty());
    EXPECT_TRUE(!it.heading.empty() ||
                find_diag(r.diags, "protocol.empty-heading", it.heading_lines.first));
    for (const auto& para : it.body) EXPECT_FALSE(para.text.empty());
    for (const auto& para : it.decision) EXPECT_FALSE(para.text.empty());
    EXPECT_LE(it.lines.first, it.lines.last);
  }
  for (const auto& l : p.recommendations) {
    EXPECT_TRUE(!l.issuer.empty() || find_diag(r.diags, "protocol.no-issuer") ||
                find_diag(r.diags, "protocol.list-without-intro"));
    for (const auto& rec : l.items) {
      EXPECT_FALSE(rec.num.empty());
      EXPECT_FALSE(rec.text.empty());
      if (!rec.follow_up) continue;
      EXPECT_FALSE(rec.follow_up->text.empty());
      for (const auto& s : rec.follow_up->indicators) EXPECT_FALSE(s.empty());
      for (const auto& s : rec.follow_up->sources) EXPECT_FALSE(s.empty());
    }
  }
  for (const auto& s : p.signatories) {
    EXPECT_FALSE(s.name.empty());
    EXPECT_GE(s.column, 0);
  }
  for (const auto& d : r.diags) {
    EXPECT_GE(d.line, 1u) << format_diagnostic(d);
    EXPECT_FALSE(d.code.empty());
    EXPECT_FALSE(d.message.empty());
  }
}

// ---- Vocabulary --------------------------------------------------------------------------------

TEST(ProtocolRules, RepositoryFilesLoadCleanly) {
  Diagnostics diags;
  const auto pr = protocol::load_protocol_rules(test::repo_rules(), diags);
  EXPECT_TRUE(diags.empty()) << all_diags(diags);
  EXPECT_EQ(pr.files, 2u);  // sv and fi; en has none
  for (const char* field :
       {"title",        "county",    "time",         "place",           "time-range",
        "remote-link",  "record",    "case-number",  "group",           "presence",
        "role",         "present",   "organisation", "decision",        "decision-phrase",
        "closing-item", "closing",   "list-intro",   "issuer",          "given-year",
        "validity",     "follow-up", "source",       "source-separator"})
    EXPECT_GE(pr.of(field).size(), 2u) << field;  // in both languages
  EXPECT_TRUE(pr.name_particles.count("von"));
  // The codes are shared: a Swedish and a Finnish list compare.
  for (const char* code : {"MIN", "IM", "FM", "SHM"}) {
    int langs = 0;
    for (const char* lang : {"sv", "fi"})
      for (const auto& e : pr.of("issuer"))
        if (e.arg == code && e.lang == lang) {
          ++langs;
          break;
        }
    EXPECT_EQ(langs, 2) << code;
  }
}

TEST(ProtocolRules, BadLinesAreReportedWithTheirLine) {
  const auto dir = std::filesystem::temp_directory_path() / "tolk_protocol_rules_test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "protocol.tsv";
  {
    std::ofstream out(file);
    out << "# comment\n"                        // 1
        << "title\t^Förhandlingar med (.+)$\n"  // 2: fine
        << "colour\tred\n"                      // 3: unknown field
        << "group\tguests\t(?i)gäster:\n"       // 4: unknown code
        << "role\tchair\n"                      // 5: missing pattern
        << "closing\tavslutade mötet\n"         // 6: no group
        << "time-range\t(kl\n"                  // 7: does not compile
        << "present\tnärvarande kl (\\d+)\n"    // 8: no named group
        << "county\t\\2\t^(.+)$\n"              // 9: rewrite needs group 2
        << "issuer\tinrikes\t(?i)inrikes\n"     // 10: not a capital code
        << "name-particle\tvon\n";              // 11: fine
  }
  protocol::ProtocolRules pr;
  Diagnostics diags;
  protocol::read_protocol_rules(file, "rules/xx/protocol.tsv", "xx", pr, diags);
  std::filesystem::remove_all(dir);
  const std::vector<std::pair<std::size_t, std::string>> want = {
      {3, "rules.unknown-field"}, {4, "rules.bad-code"},    {5, "rules.bad-line"},
      {6, "rules.bad-pattern"},   {7, "rules.bad-pattern"}, {8, "rules.bad-pattern"},
      {9, "rules.bad-pattern"},   {10, "rules.bad-code"}};
  ASSERT_EQ(diags.size(), want.size()) << all_diags(diags);
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(diags[i].line, want[i].first);
    EXPECT_EQ(diags[i].code, want[i].second);
    EXPECT_EQ(diags[i].file, "rules/xx/protocol.tsv");
    EXPECT_EQ(diags[i].severity, Severity::error);
  }
  EXPECT_EQ(pr.of("title").size(), 1u);
  EXPECT_EQ(pr.of("title").front().source, "rules/xx/protocol.tsv:2");
  EXPECT_TRUE(pr.name_particles.count("von"));
}

TEST(ProtocolRules, MissingVocabularyIsAnErrorNotACrash) {
  Rules rules = test::repo_rules();
  rules.dir = std::filesystem::temp_directory_path() / "tolk_no_such_rules_dir";
  Diagnostics diags;
  Protocol p = parse_protocol(test::layout_of_file(kKymmenedalen), rules, diags);
  EXPECT_TRUE(find_diag(diags, "protocol.no-rules"));
  EXPECT_TRUE(find_diag(diags, "protocol.no-agenda") == nullptr);  // the shape is still read
  EXPECT_FALSE(p.agenda.empty());
}

// ---- Helpers -----------------------------------------------------------------------------------

TEST(ProtocolHelpers, TimesOfDay) {
  EXPECT_EQ(protocol::normalise_time("12.22"), "12:22");
  EXPECT_EQ(protocol::normalise_time("9"), "09:00");
  EXPECT_EQ(protocol::normalise_time("9.09"), "09:09");
  EXPECT_EQ(protocol::normalise_time("14:57"), "14:57");
  EXPECT_EQ(protocol::normalise_time("25.00"), std::nullopt);
  EXPECT_EQ(protocol::normalise_time("12.5"), std::nullopt);
  EXPECT_EQ(protocol::normalise_time("kl"), std::nullopt);
  EXPECT_EQ(protocol::normalise_time(""), std::nullopt);
}

TEST(ProtocolHelpers, ListsSplitAtCommasButNotInsideBracketsOrCompounds) {
  auto texts = [](std::string_view s) {
    std::vector<std::string> out;
    for (const auto& p : protocol::split_list(s)) out.push_back(p.text);
    return out;
  };
  EXPECT_EQ(texts("avdelningschef, FM, ordförande"),
            (std::vector<std::string>{"avdelningschef", "FM", "ordförande"}));
  EXPECT_EQ(
      texts("direktör för sjukhus-, rehabiliterings- och omsorgstjänster"),
      (std::vector<std::string>{"direktör för sjukhus-, rehabiliterings- och omsorgstjänster"}));
  EXPECT_EQ(texts("Lapinjärvi (paikalla klo 9.09, lähtien), VM"),
            (std::vector<std::string>{"Lapinjärvi (paikalla klo 9.09, lähtien)", "VM"}));
  const auto pieces = protocol::split_list("a, b");
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[1].offset, 3u);
}

TEST(ProtocolHelpers, FollowUpIndicatorsAndSources) {
  Diagnostics diags;
  const auto pr = protocol::load_protocol_rules(test::repo_rules(), diags);
  auto split = [&](std::string_view body) {
    FollowUp f;
    protocol::split_follow_up(body, pr, test::repo_rules(), f);
    return f;
  };
  // Sentences: one indicator each, commas inside a sentence kept.
  FollowUp f = split("Indikatorer för barn, unga och familjer. Utfallet av målen.");
  EXPECT_EQ(f.indicators, (std::vector<std::string>{"Indikatorer för barn, unga och familjer",
                                                    "Utfallet av målen"}));
  EXPECT_TRUE(f.sources.empty());
  // One phrase: a list.
  f = split("uppföljning av förändringsprogrammet, kostnadsutvecklingen (Källa: SK/THL)");
  EXPECT_EQ(f.indicators, (std::vector<std::string>{"uppföljning av förändringsprogrammet",
                                                    "kostnadsutvecklingen"}));
  EXPECT_EQ(f.sources, (std::vector<std::string>{"SK", "THL"}));
  // Sources separated by a conjunction, a comma; an abbreviation ends no sentence.
  f = split("t.ex. Väntetider i vården (Källa: THL och SK)");
  EXPECT_EQ(f.indicators, (std::vector<std::string>{"t.ex. Väntetider i vården"}));
  EXPECT_EQ(f.sources, (std::vector<std::string>{"THL", "SK"}));
  f = split("henkilöstömäärä, vuokratyövoiman käyttö (Lähde: THL, VK)");
  EXPECT_EQ(f.indicators, (std::vector<std::string>{"henkilöstömäärä", "vuokratyövoiman käyttö"}));
  EXPECT_EQ(f.sources, (std::vector<std::string>{"THL", "VK"}));
  EXPECT_TRUE(split("").indicators.empty());
}

// ---- 004: Kymmenedalen, 27.11.2024 ------------------------------------------------------------

TEST(ProtocolKymmenedalen, Header) {
  const Parsed r = parse_file(kKymmenedalen);
  const Protocol& p = r.p;
  EXPECT_EQ(p.title, "Förhandlingar med Kymmenedalens välfärdsområde");
  EXPECT_EQ(p.title_lines, (LineSpan{1, 1}));
  EXPECT_EQ(p.county, "Kymmenedalens välfärdsområde");
  ASSERT_TRUE(p.meeting_date);
  EXPECT_EQ(p.meeting_date->iso(), "2024-11-27");
  EXPECT_EQ(p.start_time, "12:00");
  EXPECT_EQ(p.end_time, "15:00");
  EXPECT_EQ(p.time_text, "onsdag 27.11.2024 kl. 12.00–15.00");
  EXPECT_EQ(p.time_lines, (LineSpan{3, 3}));
  EXPECT_EQ(p.place,
            "Inrikesministeriets mötesrum Aleksanteri, Kyrkogatan 12, Helsingfors och "
            "Teams-förbindelse");
  EXPECT_TRUE(p.remote_link);
  EXPECT_EQ(p.place_lines, (LineSpan{5, 5}));
  ASSERT_TRUE(p.protocol_date);
  EXPECT_EQ(p.protocol_date->iso(), "2025-01-29");
  EXPECT_EQ(p.case_number, "VN/29738/2024");
  EXPECT_EQ(p.case_number_line, 83u);
  EXPECT_EQ(p.closing_time, "15:00");
  EXPECT_EQ(p.closing_lines, (LineSpan{418, 418}));
  // A well-formed protocol: nothing to report.
  EXPECT_TRUE(r.diags.empty()) << all_diags(r.diags);
  expect_sound(r);
}

TEST(ProtocolKymmenedalen, EveryAttendee) {
  const Parsed r = parse_file(kKymmenedalen);
  expect_attendees(
      r.p,
      {
          {"Nina Brask", "ordförande för områdesstyrelsen", "", "", "area", false, "", "", 11},
          {"Harri Hagman", "välfärdsområdesdirektör", "", "", "area", false, "", "", 13},
          {"Kati Kälviäinen", "ekonomidirektör", "", "", "area", false, "", "", 15},
          {"Tuula Rajaniemi", "chefsöverläkare, sektordirektör", "", "", "area", false, "", "", 17},
          {"Anu Salonen", "socialservicedirektör, sektordirektör", "", "", "area", false, "", "",
           19},
          {"Juhani Carlson", "räddningsdirektör, sektordirektör", "", "", "area", false, "", "",
           21},
          {"Ismo Korhonen", "sektordirektör, koncerntjänster", "", "", "area", false, "", "", 23},
          {"Lauri Lehto", "sektordirektör, strategi- och integrationstjänster", "", "", "area",
           false, "", "", 25},
          {"Mari Kuusisto", "ledande överskötare", "", "", "area", true, "", "", 31},
          {"Marjut Nieminen", "personaldirektör", "", "", "area", true, "", "", 33},
          {"Anni Björklund", "kommunikationsdirektör", "", "", "area", true, "", "", 35},
          {"Ville-Veikko Ahonen", "avdelningschef", "FM", "chair", "presidium", false, "", "", 41},
          {"Kari Hakari", "avdelningschef", "SHM", "first-vice-chair", "presidium", false, "", "",
           43},
          // The title wraps onto line 47: "… IM, andra vice" + "ordförande".
          {"Tiina Snellman", "direktör för strategi- och styrningsenheten", "IM",
           "second-vice-chair", "presidium", false, "", "", 45},
          {"Timo Ukkola", "specialsakkunnig", "FM", "", "ministries", false, "", "", 53},
          {"Anna-Liisa Pasanen", "ledande specialsakkunnig", "FM", "", "ministries", false, "", "",
           55},
          {"Heli Parikka", "sakkunnig", "SHM", "", "ministries", false, "", "", 57},
          {"Taru Syrjänen", "utvärderingschef", "THL", "", "ministries", false, "", "", 59},
          {"Eero Nyman", "räddningsöverinspektör", "RFV i Södra Finland", "", "ministries", false,
           "", "", 61},
          {"Hanna-Maija Perttola", "projektassistent", "FM", "", "ministries", false, "", "", 63},
          {"Anna Cantell-Forsbom", "avdelningschef", "SHM", "", "government", true, "", "", 69},
          {"Andreas Blanco Sequeiros", "direktör", "SHM", "", "government", true, "12:22", "14:30",
           71},
          {"Kirsi Kaikko", "direktör", "SHM", "", "government", true, "", "", 73},
      });
  EXPECT_EQ(r.p.attendees[13].lines, (LineSpan{45, 47}));
  EXPECT_EQ(r.p.attendees[0].group_heading, "Områdets representanter på plats:");
  EXPECT_EQ(r.p.attendees[8].group_heading, "Områdets representanter på distans:");
  EXPECT_EQ(r.p.attendees[14].group_heading,
            "Representanter för ministerierna, THL & RFV på plats:");
  EXPECT_EQ(r.p.attendees[21].text,
            "Andreas Blanco Sequeiros direktör, SHM, närvarande kl. 12.22–14.30");
}

TEST(ProtocolKymmenedalen, EveryAgendaItemAndDecision) {
  const Parsed r = parse_file(kKymmenedalen);
  expect_agenda(
      r.p,
      {
          {"1.", "Mötet öppnas", 1, 0, ""},
          {"2.", "Konstaterande av deltagarna, presentation och godkännande av ärendelistan", 0, 1,
           "Beslut: Konstaterades deltagarna som presenterade sig"},
          {"3.", "Allmän översikt över läget i välfärdsområdet", 0, 0, ""},
          {"3.1", "Överblick över nuläget, utvärderingschefen vid Institutet för hälsa och välfärd",
           3, 1, "Beslut: THL:s observationer och diskussionen kring informationsunderlaget"},
          {"3.2",
           "Överblick över nuläget, representanten för regionförvaltningsverkets ansvarsområde "
           "för räddningsväsendet",
           2, 1, "Beslut: RFV:s observationer antecknades för kännedom"},
          {"4.", "Välfärdsområdets förändrings- och reformprogram samt det ekonomiska läget", 0, 0,
           ""},
          {"4.1", "Överblick över nuläget, välfärdsområdets representanter", 3, 1,
           "Beslut: Den allmänna översikten över läget i området"},
          {"4.2", "Uppföljning av tidigare åtgärdsrekommendationer", 1, 1,
           "Beslut: Genomförandet av åtgärdsrekommendationerna antecknades för kännedom."},
          {"4.3", "Förändrings- och reformprogrammet och det ekonomiska läget", 4, 1,
           "Beslut: Läget i fråga om områdets förändrings- och reformprogram"},
          {"5.", "Särskilda frågor inom social- och hälsovården och räddningsväsendet", 0, 0, ""},
          {"5.1", "Ministeriernas egna teman", 6, 1,
           "Beslut: Diskussionen kring ministeriernas teman antecknades för kännedom."},
          {"5.2", "Välfärdsområdets eget tema", 1, 1, "Beslut: Diskussionen kring temat"},
          // The decision runs over both recommendation lists: intro, items, follow-ups.
          {"6.", "Ministeriernas åtgärdsrekommendationer", 1, 13,
           "Beslut: De nya rekommendationerna är följande:"},
          {"7.", "Mötet avslutas", 1, 0, ""},
      });
  const auto& items = r.p.agenda;
  EXPECT_EQ(items[3].path, (std::vector<int>{3, 1}));
  EXPECT_EQ(items[4].heading_lines, (LineSpan{142, 144}));
  EXPECT_EQ(items[4].lines, (LineSpan{142, 167}));
  EXPECT_EQ(items[12].decision_lines, (LineSpan{350, 415}));
  EXPECT_TRUE(starts_with(items[12].decision[7].text,
                          "Det antecknades för kännedom att inrikesministeriets"));
  EXPECT_EQ(items[12].decision.back().text,
            "5. Välfärdsområdena ska fästa särskild uppmärksamhet vid välbefinnandet i arbetet "
            "och arbetssäkerheten vid räddningsverken.");
  EXPECT_EQ(items[13].body.front().text,
            "Ordföranden tackade deltagarna för mötet och avslutade mötet kl. 15.00.");
}

TEST(ProtocolKymmenedalen, EveryRecommendation) {
  const Parsed r = parse_file(kKymmenedalen);
  ASSERT_EQ(r.p.recommendations.size(), 2u);
  expect_list(
      r.p.recommendations[0], "MIN", "new", 0, 0, 0, "De nya rekommendationerna är följande:",
      {
          {"1.",
           "Området ska målmedvetet fortsätta med åtgärderna, särskilt reformen av de "
           "förebyggande tjänsterna och basservicen samt balanseringen av ekonomin. Man ska "
           "särskilt fokusera på att förbättra servicen för barn, unga och familjer.",
           true,
           {"Indikatorer för tjänsterna för barn och unga, tillgången till tjänster och vård samt "
            "kostnadsutvecklingen i ledningens strategiska lägesbild",
            "Välfärdsområdets utredning av genomförandet av välfärdsplanen",
            "Andelen hälso- och sjukvårdskostnader på basnivå av de totala hälso- och "
            "sjukvårdskostnaderna",
            "Utfallet av produktivitetsprogrammets mål"},
           {}},
          {"2.",
           "Området ska målmedvetet fortsätta att använda digitala tjänster i alla servicekedjor.",
           true,
           {"Indikator som beskriver digitaliseringen i ledningens strategiska lägesbild",
            "Välfärdsområdets utredning av användningen av digitala tjänster i servicekedjorna"},
           {}},
          {"3.",
           "Området måste konkretisera personalprogrammet för att förbättra dragnings- och "
           "hållkraften samt öka den egna serviceproduktionen.",
           true,
           {"Personalprogrammets mål och utfall", "Bedömning av andelen egen produktion"},
           {}},
      });
  expect_list(
      r.p.recommendations[1], "IM", "earlier", 2023, 2023, 2026,
      "Det antecknades för kännedom att inrikesministeriets åtgärdsrekommendationer från hösten "
      "2023 gäller 2023–2026.",
      {
          {"1.", "Området ska fortsätta att reformera verksamheten.", false, {}, {}},
          {"2.",
           "Antalet olyckor ska minskas effektivt och antalet eldsvådor ska halveras före 2030. I "
           "arbetet med att förebygga olyckor ska välfärdsområdena fästa uppmärksamhet vid att "
           "förbättra kvaliteten och verkningsfullheten.",
           false,
           {},
           {}},
          {"3.",
           "Välfärdsområdena ska förbättra aktionsberedskapen i regionen så att den motsvarar "
           "riskerna i verksamhetsmiljön.",
           false,
           {},
           {}},
          {"4.",
           "Välfärdsområdenas räddningsväsenden ska säkerställa att de resurser och det kunnande "
           "som anvisats beredskapen för befolkningsskydd är tillräckliga och inriktas på "
           "genomförandet av lagstadgade uppgifter.",
           false,
           {},
           {}},
          {"5.",
           "Välfärdsområdena ska fästa särskild uppmärksamhet vid välbefinnandet i arbetet och "
           "arbetssäkerheten vid räddningsverken.",
           false,
           {},
           {}},
      });
  const auto& first = r.p.recommendations[0].items[0];
  EXPECT_EQ(first.lines, (LineSpan{351, 367}));  // with its follow-up
  EXPECT_EQ(first.follow_up->lines, (LineSpan{359, 367}));
  EXPECT_EQ(r.p.recommendations[1].lines, (LineSpan{391, 415}));
}

TEST(ProtocolKymmenedalen, Signatures) {
  const Parsed r = parse_file(kKymmenedalen);
  expect_signatories(
      r.p, {
               {"Ville-Veikko Ahonen", "Avdelningschef", "Finansministeriet", 0, 422},
               {"Kari Hakari", "Avdelningschef", "Social- och hälsovårdsministeriet", 1, 422},
               {"Tiina Snellman", "Direktör för strategi- och styrningsenheten",
                "Inrikesministeriet", 0, 430},
               {"Harri Hagman", "Välfärdsområdesdirektör", "Kymmenedalens välfärdsområde", 1, 430},
           });
  EXPECT_EQ(r.p.signatories[3].lines, (LineSpan{430, 434}));
}

// ---- 003: Helsingfors stad, 10.12.2024 --------------------------------------------------------

TEST(ProtocolHelsingfors, HeaderKeepsTheTruncatedCaseNumberAndReportsIt) {
  const Parsed r = parse_file(kHelsingfors);
  const Protocol& p = r.p;
  EXPECT_EQ(p.title,
            "Förhandlingar med social-, hälsovårds- och räddningssektorn i Helsingfors stad");
  EXPECT_EQ(p.title_lines, (LineSpan{1, 2}));
  EXPECT_EQ(p.county, "Helsingfors stad");
  ASSERT_TRUE(p.meeting_date);
  EXPECT_EQ(p.meeting_date->iso(), "2024-12-10");
  EXPECT_EQ(p.start_time, "12:00");
  EXPECT_EQ(p.end_time, "14:57");
  EXPECT_TRUE(p.remote_link);
  ASSERT_TRUE(p.protocol_date);
  EXPECT_EQ(p.protocol_date->iso(), "2025-01-24");
  EXPECT_EQ(p.case_number, "VN/29738/202");
  EXPECT_EQ(p.case_number_line, 72u);
  const Diagnostic* d = find_diag(r.diags, "protocol.malformed-case-number");
  ASSERT_TRUE(d) << all_diags(r.diags);
  EXPECT_EQ(d->line, 72u);
  EXPECT_EQ(d->file, kHelsingfors);
  EXPECT_EQ(d->severity, Severity::warning);
  EXPECT_NE(d->message.find("VN/29738/202"), std::string::npos);
  EXPECT_EQ(p.closing_time, "14:57");
  EXPECT_EQ(p.closing_lines, (LineSpan{453, 453}));
  // The source's two flaws, and nothing else.
  const Diagnostic* style = find_diag(r.diags, "protocol.item-label-style");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->line, 300u);  // "5.1." among "5.2", "4.1", …
  EXPECT_EQ(style->severity, Severity::note);
  EXPECT_EQ(r.diags.size(), 2u) << all_diags(r.diags);
  expect_sound(r);
}

TEST(ProtocolHelsingfors, EveryAttendee) {
  const Parsed r = parse_file(kHelsingfors);
  expect_attendees(
      r.p,
      {
          {"Juha Jolkkonen", "sektordirektör", "", "", "area", false, "", "", 10},
          {"Jani Pitkänen", "räddningskommendör", "", "", "area", false, "", "", 12},
          {"Maarit Sulavuori", "direktör för familje- och socialtjänster", "", "", "area", false,
           "", "", 14},
          {"Leena Turpeinen", "direktör för hälso- och missbrukartjänster", "", "", "area", false,
           "", "", 16},
          {"Seija Meripaasi", "direktör för sjukhus-, rehabiliterings- och omsorgstjänster", "", "",
           "area", false, "", "", 18},
          {"Tiina Mäki", "direktör för gemensamma tjänster", "", "", "area", false, "", "", 20},
          {"Daniel Sazonov", "biträdande borgmästare", "", "", "area", false, "", "", 22},
          {"Tuula Saxholm", "finansdirektör", "", "", "area", false, "", "", 24},
          {"Hanna Laine", "kontaktchef", "", "", "area", false, "", "", 26},
          {"Irmeli Suvanto", "seniorkonsult", "", "", "area", false, "", "", 28},
          {"Sampo Pajari", "ekonomi- och strategichef", "", "", "area", false, "", "", 30},
          {"Ville-Veikko Ahonen", "avdelningschef", "FM", "chair", "presidium", false, "", "", 36},
          {"Kari Hakari", "avdelningschef", "SHM", "first-vice-chair", "presidium", false, "", "",
           38},
          {"Tiina Snellman", "direktör för strategi- och styrningsenheten", "IM",
           "second-vice-chair", "presidium", false, "", "", 40},
          {"Anna-Liisa Pasanen", "ledande specialsakkunnig", "FM", "", "ministries", false, "", "",
           44},
          {"Timo Ukkola", "specialsakkunnig", "SHM", "", "ministries", false, "", "", 46},
          // One space between name and title, and a two-word surname.
          {"Andreas Blanco Sequeiros", "direktör", "SHM", "", "ministries", false, "", "", 48},
          {"Nina Knape", "ledande expert", "THL", "", "ministries", false, "", "", 50},
          {"Mira Leinonen", "räddningsöverinspektör", "RFV i Södra Finland", "", "ministries",
           false, "", "", 52},
          {"Essi Taavitsainen", "projektassistent", "FM", "", "ministries", false, "", "", 54},
          {"Anna Cantell-Forsbom", "avdelningschef", "SHM", "", "government", true, "", "", 58},
          {"Taru Koivisto", "direktör", "SHM", "", "government", true, "", "", 60},
      });
}

TEST(ProtocolHelsingfors, EveryAgendaItemAndDecision) {
  const Parsed r = parse_file(kHelsingfors);
  expect_agenda(
      r.p,
      {
          {"1.", "Mötet öppnas", 1, 0, ""},
          {"2.", "Konstaterande av deltagarna, presentation och godkännande av ärendelistan", 0, 1,
           "Beslut: Konstaterades deltagarna som presenterade sig"},
          {"3.", "Allmän översikt över läget i Helsingfors stad", 0, 0, ""},
          {"3.1", "Överblick över nuläget, utvärderingschefen vid Institutet för hälsa och välfärd",
           2, 1, "Beslut: THL:s observationer, stadens genmäle"},
          {"3.2",
           "Överblick över nuläget, representanten för regionförvaltningsverkets ansvarsområde "
           "för räddningsväsendet",
           2, 1, "Beslut: Regionförvaltningsverkets observationer"},
          {"4.",
           "Helsingfors stads social-, hälsovårds- och räddningssektors förändrings- och "
           "reformprogram samt det ekonomiska läget",
           0, 0, ""},
          {"4.1", "Överblick över nuläget, stadens representanter", 4, 1,
           "Beslut: Den allmänna översikten över läget i fråga om Helsingfors stads"},
          {"4.2", "Uppföljning av tidigare åtgärdsrekommendationer", 2, 1,
           "Beslut: Genomförandet av åtgärdsrekommendationerna samt diskussionen"},
          {"4.3", "Förändrings- och reformprogrammet och det ekonomiska läget", 4, 1,
           "Beslut: Läget för Helsingfors stads"},
          {"5.", "Särskilda frågor inom social- och hälsovården och räddningsväsendet", 0, 0, ""},
          {"5.1.", "Ministeriernas egna frågor", 3, 1,
           "Beslut: Diskussionen kring ministeriernas teman samt"},
          {"5.2", "Helsingfors social-, hälsovårds- och räddningssektors eget tema", 1, 1,
           "Beslut: Diskussionen antecknades för kännedom."},
          {"6.", "Ministeriernas åtgärdsrekommendationer", 1, 11,
           "Beslut: De nya åtgärdsrekommendationerna är följande:"},
          {"7.", "Mötet avslutas", 1, 0, ""},
      });
  EXPECT_EQ(r.p.agenda[10].path, (std::vector<int>{5, 1}));
  // Item 2's heading follows the page header that the layout took out (lines 70-74).
  EXPECT_EQ(r.p.agenda[1].heading_lines, (LineSpan{75, 75}));
}

TEST(ProtocolHelsingfors, EveryRecommendation) {
  const Parsed r = parse_file(kHelsingfors);
  ASSERT_EQ(r.p.recommendations.size(), 2u);
  expect_list(
      r.p.recommendations[0], "MIN", "new", 0, 0, 0,
      "De nya åtgärdsrekommendationerna är följande:",
      {
          {"1.",
           "Helsingfors ska fortsätta att luckra upp servicestrukturen och hålla "
           "kostnadsutvecklingen under kontroll.",
           true,
           {"uppföljning av förändringsprogrammet", "kostnadsutvecklingen"},
           {"SK"}},
          {"2.",
           "De organiseringsansvariga i Nyland och HUS-sammanslutningen ska stärka integrationen "
           "och planeringen av primärvården och den specialiserade sjukvården samt förbinda sig "
           "till ett samordnat genomförande av planen för balansering av ekonomin.",
           true,
           {"uppföljning av förändringsprogrammet", "kostnadsutvecklingen",
            "hälso- och sjukvårdskostnadernas andel av de totala hälso- och "
            "sjukvårdskostnaderna på basnivå i Nyland"},
           {"SK", "THL"}},
      });
  expect_list(
      r.p.recommendations[1], "IM", "earlier", 2023, 2023, 2026,
      "Det antecknades för kännedom att inrikesministeriets åtgärdsrekommendationer från hösten "
      "2023 gäller 2023–2026.",
      {
          {"1.", "Området ska fortsätta att reformera verksamheten.", false, {}, {}},
          {"2.",
           "Antalet olyckor ska minskas effektivt och antalet eldsvådor ska halveras före 2030. I "
           "arbetet med att förebygga olyckor ska välfärdsområdena fästa uppmärksamhet vid att "
           "förbättra kvaliteten och verkningsfullheten.",
           false,
           {},
           {}},
          {"3.",
           "Välfärdsområdena ska förbättra aktionsberedskapen i regionen så att den motsvarar "
           "riskerna i verksamhetsmiljön.",
           false,
           {},
           {}},
          {"4.",
           "Välfärdsområdenas räddningsväsen ska säkerställa att de resurser och det kunnande som "
           "anvisats befolkningsskyddsberedskapen är tillräckliga och inriktas på genomförandet "
           "av lagstadgade uppgifter.",
           false,
           {},
           {}},
          {"5.",
           "Välfärdsområdena ska fästa särskild uppmärksamhet vid välbefinnandet i arbetet och "
           "arbetssäkerheten vid räddningsverken.",
           false,
           {},
           {}},
      });
  EXPECT_EQ(r.p.recommendations[0].items[1].follow_up->text,
            "Uppföljning och utvärdering: uppföljning av förändringsprogrammet, "
            "kostnadsutvecklingen, hälso- och sjukvårdskostnadernas andel av de totala hälso- och "
            "sjukvårdskostnaderna på basnivå i Nyland (Källa: SK/THL)");
}

TEST(ProtocolHelsingfors, SignaturesWithARowWhoseColumnsAreOneSpaceApart) {
  const Parsed r = parse_file(kHelsingfors);
  // Line 481 came as one cell: "Direktör för strategi- och styrningsenheten Direktör för …".
  expect_signatories(
      r.p, {
               {"Ville-Veikko Ahonen", "Avdelningschef", "Finansministeriet", 0, 463},
               {"Kari Hakari", "Avdelningschef", "Social- och hälsovårdsministeriet", 1, 463},
               {"Tiina Snellman", "Direktör för strategi- och styrningsenheten",
                "Inrikesministeriet", 0, 479},
               {"Juha Jolkkonen", "Direktör för social-, hälso- och räddningssektorn",
                "Helsingfors stad", 1, 479},
           });
}

// ---- Finnish fixtures --------------------------------------------------------------------------

TEST(ProtocolFinnishModern, Header) {
  const Parsed r = parse_file(kFinnishModern);
  const Protocol& p = r.p;
  EXPECT_EQ(p.title, "Neuvottelut Pohjois-Savon hyvinvointialueen kanssa");
  EXPECT_EQ(p.county, "Pohjois-Savon hyvinvointialue");
  ASSERT_TRUE(p.meeting_date);
  EXPECT_EQ(p.meeting_date->iso(), "2024-11-20");
  EXPECT_EQ(p.start_time, "12:00");
  EXPECT_EQ(p.end_time, "15:00");
  EXPECT_EQ(p.time_text, "keskiviikko 20.11.2024 klo 12.00–15.00");
  EXPECT_EQ(p.place,
            "Valtiovarainministeriön kokoushuone Pankkisali, Snellmaninkatu 1 A, Helsinki ja "
            "Teams-yhteys");
  EXPECT_TRUE(p.remote_link);
  ASSERT_TRUE(p.protocol_date);
  EXPECT_EQ(p.protocol_date->iso(), "2025-01-15");
  EXPECT_EQ(p.case_number, "VN/31245/2024");
  EXPECT_EQ(p.case_number_line, 73u);
  EXPECT_EQ(p.closing_time, "15:00");
  EXPECT_EQ(p.closing_lines, (LineSpan{200, 200}));
  EXPECT_TRUE(r.diags.empty()) << all_diags(r.diags);
  expect_sound(r);
}

TEST(ProtocolFinnishModern, EveryAttendeeForm) {
  const Parsed r = parse_file(kFinnishModern);
  expect_attendees(
      r.p,
      {
          // "puheenjohtaja" inside a title is no meeting role.
          {"Liisa Mäkelä", "aluehallituksen puheenjohtaja", "", "", "area", false, "", "", 11},
          {"Petri Kananen", "hyvinvointialuejohtaja", "", "", "area", false, "", "", 13},
          // One space between name and title, between two rows: a one-cell row.
          {"Sari Niskanen", "talousjohtaja", "", "", "area", false, "", "", 15},
          {"Mikko Heikkinen", "pelastusjohtaja, toimialajohtaja", "", "", "area", false, "", "",
           17},
          {"Eeva-Liisa Rautiainen", "sosiaalipalvelujohtaja, toimialajohtaja", "", "", "area",
           false, "12:40", "15:00", 19},
          {"Jari Toivanen", "toimialajohtaja, strategia- ja kehittämispalvelut", "", "", "area",
           false, "", "", 21},
          // One space, first under its heading: the layout makes it a heading block.
          {"Olli Kärkkäinen", "henkilöstöjohtaja", "", "", "area", true, "", "", 27},
          {"Hanna Tikka", "viestintäjohtaja", "", "", "area", true, "", "", 29},
          {"Ville Hämäläinen", "osastopäällikkö", "VM", "chair", "presidium", false, "", "", 35},
          {"Kaisa Ojala", "osastopäällikkö", "STM", "first-vice-chair", "presidium", false, "", "",
           37},
          // The role wraps onto the next line.
          {"Tiina Kettunen", "strategia- ja ohjausyksikön johtaja", "SM", "second-vice-chair",
           "presidium", false, "", "", 39},
          {"Jussi Korpela", "erityisasiantuntija", "VM", "", "ministries", false, "", "", 47},
          {"Maria José Garcia Ruiz", "johtava asiantuntija", "THL", "", "ministries", false, "", "",
           49},
          {"Leena Lindholm-Virta", "erityisasiantuntija", "STM", "", "ministries", false, "", "",
           51},
          {"Antti Toivonen", "pelastusylitarkastaja", "Itä-Suomen AVI", "", "ministries", false, "",
           "", 53},
          {"Paula Saarinen", "projektiavustaja", "VM", "", "ministries", false, "", "", 55},
          {"Riikka Laine", "osastopäällikkö", "STM", "", "government", true, "", "", 61},
          // One space, a four-word name, a presence interval.
          {"Juan Carlos Blanco Sequeiros", "johtaja", "STM", "", "government", true, "12:22",
           "14:30", 63},
          {"Minna Huttunen", "johtaja", "STM", "", "government", true, "", "", 65},
      });
  EXPECT_EQ(r.p.attendees[10].lines, (LineSpan{39, 41}));
  EXPECT_EQ(r.p.attendees[6].group_heading, "Alueen edustajat etänä:");
  EXPECT_EQ(r.p.attendees[11].group_heading,
            "Ministeriöiden, THL:n ja AVIn edustajat paikan päällä:");
}

TEST(ProtocolFinnishModern, AgendaAndDecisions) {
  const Parsed r = parse_file(kFinnishModern);
  expect_agenda(
      r.p,
      {
          {"1.", "Kokouksen avaus", 1, 0, ""},
          {"2.", "Osallistujien toteaminen, esittäytyminen ja asialistan hyväksyminen", 0, 1,
           "Päätös: Todettiin osallistujat"},
          {"3.", "Yleiskatsaus hyvinvointialueen tilanteeseen", 0, 0, ""},
          {"3.1", "Tilannekatsaus, Terveyden ja hyvinvoinnin laitoksen arviointipäällikkö", 1, 1,
           "Päätös: THL:n havainnot"},
          // The heading wraps; the decision begins inside a paragraph and runs over two more
          // (after "seuraavaa:", and "Merkittiin myös tiedoksi …").
          {"3.2", "Tilannekatsaus, aluehallintoviraston pelastustoimen vastuualueen edustaja", 1, 3,
           "Päätös: AVIn havainnot merkittiin tiedoksi. Lisäksi todettiin seuraavaa:"},
          {"4.", "Hyvinvointialueen muutos- ja uudistusohjelma sekä taloudellinen tilanne", 0, 0,
           ""},
          {"4.1", "Tilannekatsaus, hyvinvointialueen edustajat", 1, 1, "Päätös: Yleiskatsaus"},
          {"4.2", "Aiempien toimenpidesuositusten seuranta", 1, 1,
           "Päätös: Toimenpidesuositusten toimeenpano merkittiin tiedoksi."},
          {"4.3", "Muutos- ja uudistusohjelma ja taloudellinen tilanne", 1, 1,
           "Päätös: Alueen talouden tilanne"},
          {"5.", "Sosiaali- ja terveydenhuollon sekä pelastustoimen erityiskysymykset", 0, 0, ""},
          {"5.1", "Ministeriöiden omat teemat", 1, 1, "Päätös: Keskustelu ministeriöiden"},
          {"5.2", "Hyvinvointialueen oma teema", 1, 1, "Päätös: Keskustelu merkittiin tiedoksi."},
          {"6.", "Ministeriöiden toimenpidesuositukset", 1, 11,
           "Päätös: Uudet toimenpidesuositukset ovat seuraavat:"},
          {"7.", "Kokouksen päättäminen", 1, 0, ""},
      });
  const AgendaItem& it = r.p.agenda[4];
  EXPECT_EQ(it.heading_lines, (LineSpan{96, 98}));
  EXPECT_EQ(it.body.front().text,
            "Itä-Suomen AVI arvioi, että onnettomuuksien ehkäisyn valvonnan tavoitteet on "
            "pääosin saavutettu.");
  EXPECT_TRUE(starts_with(it.decision[1].text, "Pelastustoimen investointien perustelut"));
  EXPECT_TRUE(starts_with(it.decision[2].text, "Merkittiin myös tiedoksi"));
  EXPECT_EQ(it.decision_lines, (LineSpan{100, 110}));
  EXPECT_EQ(r.p.agenda[7].body.front().text,
            "Käsiteltiin syksyllä 2023 käydyissä neuvotteluissa annettujen toimenpidesuositusten "
            "tilanne.");
}

TEST(ProtocolFinnishModern, Recommendations) {
  const Parsed r = parse_file(kFinnishModern);
  ASSERT_EQ(r.p.recommendations.size(), 2u);
  expect_list(
      r.p.recommendations[0], "MIN", "new", 0, 0, 0, "Uudet toimenpidesuositukset ovat seuraavat:",
      {
          {"1.",
           "Alueen tulee jatkaa palvelurakenteen keventämistä ja pitää kustannuskehitys "
           "hallinnassa.",
           true,
           {"muutosohjelman seuranta", "kustannuskehitys"},
           {"VK"}},
          {"2.",
           "Alueen tulee vahvistaa perustason palveluja. Erityistä huomiota on kiinnitettävä "
           "lasten, nuorten ja perheiden palveluihin.",
           true,
           {"Hoitoon pääsyn indikaattorit johdon strategisessa tilannekuvassa",
            "Perustason terveydenhuollon kustannusten osuus kaikista terveydenhuollon "
            "kustannuksista"},
           {"VK", "THL"}},
          {"3.",
           "Alueen tulee vähentää vuokratyövoiman käyttöä ja lisätä omaa palvelutuotantoa.",
           true,
           {"sosiaali-, terveys- ja pelastustoimen henkilöstömäärä", "vuokratyövoiman käyttö",
            "oman tuotannon osuus"},
           {"THL", "VK"}},
      });
  expect_list(
      r.p.recommendations[1], "IM", "earlier", 2023, 2023, 2026,
      "Merkittiin tiedoksi, että sisäministeriön syksyllä 2023 antamat toimenpidesuositukset "
      "ovat voimassa vuosina 2023–2026.",
      {
          {"1.", "Alueen tulee jatkaa toiminnan uudistamista.", false, {}, {}},
          {"2.",
           "Onnettomuuksien määrää tulee vähentää tehokkaasti ja tulipalojen määrä puolittaa "
           "vuoteen 2030 mennessä.",
           false,
           {},
           {}},
          {"3.",
           "Hyvinvointialueiden tulee parantaa toimintavalmiutta niin, että se vastaa "
           "toimintaympäristön riskejä.",
           false,
           {},
           {}},
      });
}

TEST(ProtocolFinnishModern, Signatures) {
  const Parsed r = parse_file(kFinnishModern);
  expect_signatories(
      r.p, {
               {"Ville Hämäläinen", "Osastopäällikkö", "Valtiovarainministeriö", 0, 203},
               {"Kaisa Ojala", "Osastopäällikkö", "Sosiaali- ja terveysministeriö", 1, 203},
               {"Tiina Kettunen", "Strategia- ja ohjausyksikön johtaja", "Sisäministeriö", 0, 211},
               {"Petri Kananen", "Hyvinvointialuejohtaja", "Pohjois-Savon hyvinvointialue", 1, 211},
           });
}

TEST(ProtocolFinnishOld, RecordLineTitlePlaceAndTimeOnOneLine) {
  const Parsed r = parse_file(kFinnishOld);
  const Protocol& p = r.p;
  EXPECT_EQ(p.case_number, "VN/21358/2020");
  EXPECT_EQ(p.case_number_line, 1u);
  ASSERT_TRUE(p.protocol_date);
  EXPECT_EQ(p.protocol_date->iso(), "2020-12-23");
  EXPECT_EQ(p.title, "Itä-Uudenmaan hyvinvointialueneuvottelu");
  EXPECT_EQ(p.title_lines, (LineSpan{3, 3}));
  EXPECT_EQ(p.county, "Itä-Uudenmaan hyvinvointialue");
  EXPECT_EQ(p.place, "Skype");
  EXPECT_TRUE(p.remote_link);
  EXPECT_EQ(p.time_text, "3.12.2020 klo 9-12");
  ASSERT_TRUE(p.meeting_date);
  EXPECT_EQ(p.meeting_date->iso(), "2020-12-03");
  EXPECT_EQ(p.start_time, "09:00");
  EXPECT_EQ(p.end_time, "12:00");
  EXPECT_EQ(p.closing_time, "11:55");
  // The meeting ended earlier than the time line says: a note, not an error.
  const Diagnostic* d = find_diag(r.diags, "protocol.closing-time-mismatch", 32);
  ASSERT_TRUE(d) << all_diags(r.diags);
  EXPECT_EQ(d->severity, Severity::note);
  EXPECT_EQ(problems(r.diags), 0u) << all_diags(r.diags);
  expect_sound(r);
}

TEST(ProtocolFinnishOld, AttendeesRunTogetherTitleFirst) {
  const Parsed r = parse_file(kFinnishOld);
  expect_attendees(
      r.p,
      {
          {"Tiina Heikka", "kunnanjohtaja", "Lapinjärvi", "", "area", false, "09:09", "", 5},
          {"Jukka-Pekka Lindroos", "kaupunginjohtaja", "Porvoon kaupunki", "", "area", false, "",
           "", 5},
          // The name wraps over a line end: "Anna-Maria" + "Lindqvist-Sund".
          {"Anna-Maria Lindqvist-Sund", "perusturvajohtaja", "Loviisan kaupunki", "", "area", false,
           "09:00", "11:28", 5},
          {"Mikael de la Cruz", "sosiaalijohtaja", "Sipoon kunta", "", "area", false, "", "", 5},
          {"Ville Hämäläinen", "osastopäällikkö", "VM", "chair", "presidium", false, "", "", 10},
          {"Kaisa Ojala", "osastopäällikkö", "STM", "first-vice-chair", "presidium", false, "", "",
           10},
          {"Tiina Kettunen", "yksikön johtaja", "SM", "second-vice-chair", "presidium", false, "",
           "", 10},
          // A ministry written out in lower case is an organisation (rules: organisation).
          {"Pekka Ranta", "neuvotteleva virkamies", "sosiaali- ja terveysministeriö", "",
           "ministries", false, "", "", 14},
          {"Jussi Korpela", "erityisasiantuntija", "VM", "", "ministries", false, "09:38", "", 14},
          {"Maria José Garcia Ruiz", "johtava asiantuntija", "THL", "", "ministries", false, "", "",
           14},
      });
  EXPECT_EQ(r.p.attendees[0].text,
            "kunnanjohtaja Tiina Heikka, Lapinjärvi (paikalla klo 9.09 lähtien)");
  EXPECT_EQ(r.p.attendees[0].group_heading, "Alueen edustajat:");
  EXPECT_EQ(r.p.attendees[4].group_heading, "Puheenjohtajisto:");
}

TEST(ProtocolFinnishOld, ItemHeadingsRunIntoTheirText) {
  const Parsed r = parse_file(kFinnishOld);
  expect_agenda(
      r.p, {
               {"1.", "Tilaisuuden avaus ja osanottajien toteaminen", 1, 1,
                "Päätös: Merkittiin osanottajat tiedoksi."},
               {"2.", "Alueen tilannekatsaus", 1, 1, "Päätös: Tilannekatsaus merkittiin tiedoksi."},
               {"3.", "Ministeriöiden toimenpidesuositukset", 1, 3,
                "Päätös: Uudet toimenpidesuositukset ovat seuraavat:"},
               {"4.", "Kokouksen päättäminen", 1, 0, ""},
           });
  EXPECT_EQ(r.p.agenda[0].body.front().text,
            "Puheenjohtaja Ville Hämäläinen avasi kokouksen klo 9.00 ja totesi osanottajat.");
  EXPECT_EQ(r.p.agenda[3].body.front().text, "Puheenjohtaja päätti kokouksen klo 11.55.");
  ASSERT_EQ(r.p.recommendations.size(), 1u);
  // The follow-ups run into their recommendations.
  expect_list(r.p.recommendations[0], "MIN", "new", 0, 0, 0,
              "Uudet toimenpidesuositukset ovat seuraavat:",
              {
                  {"1.",
                   "Alueen tulee valmistella palvelustrategia vuoden 2021 aikana.",
                   true,
                   {"palvelustrategian valmistelun eteneminen"},
                   {"STM"}},
                  {"2.",
                   "Alueen tulee varmistaa tietojärjestelmien yhteentoimivuus.",
                   true,
                   {"tietojärjestelmien yhteentoimivuuden selvitys", "kustannukset"},
                   {"THL", "VM"}},
              });
  expect_signatories(
      r.p, {
               {"Ville Hämäläinen", "osastopäällikkö", "valtiovarainministeriö", 0, 34},
               {"Kaisa Ojala", "osastopäällikkö", "sosiaali- ja terveysministeriö", 1, 34},
           });
}

// ---- Forms from the issue, small texts ---------------------------------------------------------

TEST(ProtocolForms, IssueExamplesTitleFirstWithPresence) {
  const Parsed r = parse_lines(
      {"PÖYTÄKIRJA VN/123/2020 4.12.2020",
       "Vantaan ja Keravan hyvinvointialueneuvottelu Paikka: etäyhteys Aika: 3.12.2020 klo "
       "9.00-12.00",
       "Valtioneuvoston edustajat: apulaiskaupunginjohtaja Timo Aronkytö, Vantaan kaupunki "
       "(paikalla klo 9.38 lähtien), johtaja Anna Virta, STM, läsnä klo 12.22–14.30",
       "1. Kokouksen avaus Puheenjohtaja avasi kokouksen."});
  EXPECT_EQ(r.p.county, "Vantaan ja Keravan hyvinvointialue");
  EXPECT_EQ(r.p.place, "etäyhteys");
  EXPECT_TRUE(r.p.remote_link);
  expect_attendees(
      r.p, {
               {"Timo Aronkytö", "apulaiskaupunginjohtaja", "Vantaan kaupunki", "", "government",
                false, "09:38", "", 5},
               {"Anna Virta", "johtaja", "STM", "", "government", false, "12:22", "14:30", 5},
           });
  EXPECT_EQ(r.p.attendees[0].text,
            "apulaiskaupunginjohtaja Timo Aronkytö, Vantaan kaupunki (paikalla klo 9.38 lähtien)");
}

TEST(ProtocolForms, OneSpaceAttendeeRightAfterItsHeading) {
  const Parsed r = parse_lines(
      {"Förhandlingar med Kymmenedalens välfärdsområde", "Tid: onsdag 27.11.2024 kl. 12.00–15.00",
       "Plats: Teams", "Statsrådets representanter på distans:",
       "Andreas Blanco Sequeiros direktör, SHM, närvarande kl. 12.22–14.30",
       "Anna Cantell-Forsbom   avdelningschef, SHM", "1. Mötet öppnas",
       "Ordföranden öppnade mötet kl. 12.00."});
  expect_attendees(r.p, {
                            {"Andreas Blanco Sequeiros", "direktör", "SHM", "", "government", true,
                             "12:22", "14:30", 9},
                            {"Anna Cantell-Forsbom", "avdelningschef", "SHM", "", "government",
                             true, "", "", 11},
                        });
  // A protocol cut after its first item: what is missing is reported.
  for (const char* code : {"protocol.no-case-number", "protocol.no-protocol-date",
                           "protocol.no-closing-time", "protocol.no-signatures"})
    EXPECT_TRUE(find_diag(r.diags, code)) << code << "\n" << all_diags(r.diags);
}

TEST(ProtocolForms, CountyNamesNormalised) {
  auto county = [](std::string_view title) {
    return parse_lines({title, "Aika: tiistai 10.12.2024 klo 12.00–14.57"}).p.county;
  };
  EXPECT_EQ(
      county("Neuvottelut Helsingin kaupungin sosiaali-, terveys- ja pelastustoimialan kanssa"),
      "Helsingin kaupunki");
  EXPECT_EQ(county("Neuvottelut Kymenlaakson hyvinvointialueen kanssa"),
            "Kymenlaakson hyvinvointialue");
  EXPECT_EQ(county("Neuvottelut HUS-yhtymän kanssa"), "HUS-yhtymä");
  EXPECT_EQ(
      county("Förhandlingar med social-, hälsovårds- och räddningssektorn i Helsingfors stad"),
      "Helsingfors stad");
  EXPECT_EQ(county("Förhandlingar med Österbottens välfärdsområde"), "Österbottens välfärdsområde");
}

// The alternatives the rules list beside the corpus's own wording.
TEST(ProtocolForms, OtherFinnishMarkers) {
  const Parsed r = parse_lines({
      "Neuvottelut Helsingin kaupungin sosiaali-, terveys- ja pelastustoimialan kanssa",
      "Aika: tiistai 10.12.2024 klo 12.00–14.57",
      "Paikka: etäyhteys",
      "Kaupungin edustajat etänä:",
      "Mari Mäki    apulaispormestari (paikalla klo 13.00 asti)",
      "Ministeriöiden edustajat paikan päällä:",
      "Olli Oja    neuvotteleva virkamies, sosiaali- ja terveysministeriö",
      "1. Ministeriöiden toimenpidesuositukset",
      "Päätös: Merkittiin tiedoksi, että sosiaali- ja terveysministeriön keväällä 2024 antamat "
      "suositukset ovat voimassa vuosina 2024–2025.",
      "1. Alueen tulee parantaa hoitoon pääsyä.",
      "Seuranta: hoitoon pääsy, jonot (Lähteet: THL ja VK)",
      "2. Tilaisuuden päättäminen",
      "Puheenjohtaja päätti tilaisuuden klo 14.57.",
  });
  const Protocol& p = r.p;
  EXPECT_EQ(p.county, "Helsingin kaupunki");
  EXPECT_TRUE(p.remote_link);
  expect_attendees(p, {
                          {"Mari Mäki", "apulaispormestari", "", "", "area", true, "", "13:00", 9},
                          {"Olli Oja", "neuvotteleva virkamies", "sosiaali- ja terveysministeriö",
                           "", "ministries", false, "", "", 13},
                      });
  ASSERT_EQ(p.recommendations.size(), 1u);
  expect_list(p.recommendations[0], "SHM", "earlier", 2024, 2024, 2025,
              "Merkittiin tiedoksi, että sosiaali- ja terveysministeriön keväällä 2024 antamat "
              "suositukset ovat voimassa vuosina 2024–2025.",
              {{"1.",
                "Alueen tulee parantaa hoitoon pääsyä.",
                true,
                {"hoitoon pääsy", "jonot"},
                {"THL", "VK"}}});
  ASSERT_EQ(p.agenda.size(), 2u);
  EXPECT_TRUE(p.agenda[1].closing);
  EXPECT_EQ(p.closing_time, "14:57");
}

TEST(ProtocolForms, OtherSwedishMarkers) {
  const Parsed r = parse_lines({
      "Förhandlingar med HUS-sammanslutningen",
      "Tid: tisdag 3.12.2024 kl. 9.00–11.00",
      "Plats: Statsrådets borg och distansförbindelse",
      "Stadens representanter på plats:",
      "Eva Ek    biträdande borgmästare, närvarande från kl. 9.30",
      "Ulla von Essen    direktör, Helsingfors stad",
      "1. Ministeriernas åtgärdsrekommendationer",
      "Beslut: Det antecknades för kännedom att social- och hälsovårdsministeriets "
      "åtgärdsrekommendationer från våren 2024 gäller 2024–2027.",
      "1. Området ska förbättra tillgången till vård.",
      "Uppföljning: vårdköer, kostnader (Källor: THL, SK)",
      "2. Avslutning av mötet",
      "Ordföranden avslutade mötet kl. 11.00.",
  });
  const Protocol& p = r.p;
  EXPECT_EQ(p.county, "HUS-sammanslutningen");
  EXPECT_EQ(p.start_time, "09:00");
  EXPECT_TRUE(p.remote_link);
  expect_attendees(
      p, {
             {"Eva Ek", "biträdande borgmästare", "", "", "area", false, "09:30", "", 9},
             {"Ulla von Essen", "direktör", "Helsingfors stad", "", "area", false, "", "", 11},
         });
  ASSERT_EQ(p.recommendations.size(), 1u);
  const RecommendationList& l = p.recommendations[0];
  EXPECT_EQ(l.issuer, "SHM");
  EXPECT_EQ(l.list, "earlier");
  EXPECT_EQ(l.given_year, 2024);
  EXPECT_EQ(l.valid_to, 2027);
  ASSERT_EQ(l.items.size(), 1u);
  ASSERT_TRUE(l.items[0].follow_up);
  EXPECT_EQ(l.items[0].follow_up->indicators, (std::vector<std::string>{"vårdköer", "kostnader"}));
  EXPECT_EQ(l.items[0].follow_up->sources, (std::vector<std::string>{"THL", "SK"}));
  ASSERT_EQ(p.agenda.size(), 2u);
  EXPECT_TRUE(p.agenda[1].closing);
  EXPECT_EQ(p.closing_time, "11:00");
}

TEST(ProtocolForms, UnexpectedStructureIsReportedWithLines) {
  const Parsed r = parse_lines({
      "Förhandlingar med Exempelby välfärdsområde",  // 1
      "Tid: måndag 2.12.2024 kl. 25.00–14.00",       // 3: no such time
      "Plats: Ständerhuset, Helsingfors",            // 5
      "Gäster på plats:",                            // 7: unknown group
      "Erik Exempel    konsult",                     // 9
      "Presidiet på plats:",                         // 11
      "Anna Andersson    avdelningschef, FM, ordförande, andra vice ordförande",  // 13
      "Bo Berg    direktör, SHM, närvarande kl. 9.00–10.00",                      // 15
      "1. Mötet öppnas",                                                          // 17
      "Beslut: Konstaterades deltagarna.",                                        // 19
      "Ordföranden höll ett tal om läget.",              // 21: after the decision
      "2. Ministeriernas åtgärdsrekommendationer",       // 23
      "Uppföljning och utvärdering: något (Källa: SK)",  // 25: no recommendation
      "Beslut: De nya rekommendationerna är följande:",  // 27
      "1. Området ska göra något.",                      // 29
      "3. Området ska göra mer.",                        // 31: 2 expected
      "1. Området ska börja om.",                        // 33: no intro
      "4. Mötet avslutas",                               // 35: 3 expected
      "Ordföranden avslutade mötet kl. 14.30.",          // 37
      "Anna Andersson    Okänd Person",                  // 39
      "Avdelningschef    Direktör",                      // 41
      "Finansministeriet Statens Ämbetsverk",            // 43: where to cut?
  });
  const std::vector<std::pair<std::string, std::size_t>> want = {
      {"protocol.bad-time", 1},  // the layout joined the first three lines into one block
      {"protocol.unknown-group", 7},
      {"protocol.attendee-role", 13},
      {"protocol.no-case-number", 1},
      {"protocol.no-protocol-date", 1},
      {"protocol.text-after-decision", 21},
      {"protocol.follow-up-without-recommendation", 25},
      {"protocol.recommendation-numbering", 31},
      {"protocol.list-without-intro", 33},
      {"protocol.item-numbering", 35},
      {"protocol.signature-split", 43},
      {"protocol.signatory-not-attendee", 39},
  };
  for (const auto& [code, line] : want)
    EXPECT_TRUE(find_diag(r.diags, code, line)) << code << ":" << line << "\n"
                                                << all_diags(r.diags);
  EXPECT_EQ(r.diags.size(), want.size()) << all_diags(r.diags);
  // The best-effort result.
  const Protocol& p = r.p;
  EXPECT_EQ(p.start_time, "");
  ASSERT_TRUE(p.meeting_date);
  EXPECT_EQ(p.meeting_date->iso(), "2024-12-02");
  EXPECT_FALSE(p.remote_link);
  ASSERT_EQ(p.attendees.size(), 3u);
  EXPECT_EQ(p.attendees[0].group, "");
  EXPECT_EQ(p.attendees[0].group_heading, "Gäster på plats:");
  EXPECT_EQ(p.attendees[1].role, "chair");
  EXPECT_EQ(p.attendees[1].title, "avdelningschef, andra vice ordförande");
  ASSERT_EQ(p.agenda.size(), 3u);
  EXPECT_EQ(p.agenda[0].body.size(), 1u);
  EXPECT_EQ(p.agenda[1].decision.size(), 4u);
  ASSERT_EQ(p.recommendations.size(), 2u);
  EXPECT_EQ(p.recommendations[0].items.size(), 2u);
  EXPECT_EQ(p.recommendations[0].items[1].number, 3);
  EXPECT_EQ(p.recommendations[1].issuer, "");
  EXPECT_EQ(p.recommendations[1].items.size(), 1u);
  EXPECT_TRUE(p.agenda[2].closing);
  EXPECT_EQ(p.closing_time, "14:30");
  ASSERT_EQ(p.signatories.size(), 2u);
  EXPECT_EQ(p.signatories[0].organisation, "Finansministeriet");
  EXPECT_EQ(p.signatories[1].organisation, "Statens Ämbetsverk");
  expect_sound(r);
}

// ---- Robustness --------------------------------------------------------------------------------

TEST(ProtocolRobustness, TruncatedAtEveryTenthOfItsBlocks) {
  for (const char* file : {kKymmenedalen, kHelsingfors, kFinnishModern, kFinnishOld}) {
    const Layout full = test::layout_of_file(file);
    for (int tenth = 0; tenth < 10; ++tenth) {
      SCOPED_TRACE(std::string(file) + " cut at " + std::to_string(tenth * 10) + "%");
      Layout cut = full;
      cut.blocks.resize(full.blocks.size() * static_cast<std::size_t>(tenth) / 10);
      const Parsed r = parse_layout(cut);
      // A protocol without its end lacks at least (part of) its signatures: never silence.
      EXPECT_GT(problems(r.diags), 0u);
      EXPECT_TRUE(find_diag(r.diags, "protocol.no-signatures") ||
                  find_diag(r.diags, "protocol.no-closing-time") ||
                  find_diag(r.diags, "protocol.signature-rows"))
          << all_diags(r.diags);
      expect_sound(r);
    }
  }
}

// A follow-up paragraph that the layout runs together with the next list's intro (found by the
// corpus generator: "andelen egen" and "produktion." on one line made the line look full): the
// intro still opens its list, with issuer and years, and is no indicator of the follow-up.
TEST(ProtocolRobustness, FollowUpRunTogetherWithTheNextListIntro) {
  std::string text = read_file_bytes((test::source_dir() / kKymmenedalen).string());
  const std::string cut = "andelen egen \n\nproduktion.";
  ASSERT_NE(text.find(cut), std::string::npos);
  text.replace(text.find(cut), cut.size(), "andelen egen produktion.");
  const Parsed r = parse_layout(test::layout_of(text));
  ASSERT_EQ(r.p.recommendations.size(), 2u);
  const RecommendationList& im = r.p.recommendations[1];
  EXPECT_EQ(im.issuer, "IM");
  EXPECT_EQ(im.given_year, 2023);
  EXPECT_EQ(im.valid_from, 2023);
  EXPECT_EQ(im.valid_to, 2026);
  EXPECT_EQ(im.items.size(), 5u);
  const auto& min = r.p.recommendations[0].items.back();
  ASSERT_TRUE(min.follow_up);
  EXPECT_EQ(min.follow_up->indicators,
            (std::vector<std::string>{"Personalprogrammets mål och utfall", "Bedömning av andelen egen produktion"}));
  EXPECT_FALSE(find_diag(r.diags, "protocol.list-without-intro"));
}

TEST(ProtocolRobustness, ADecisionIsNoProtocol) {
  const Parsed r = parse_file("corpus/decisions/vnp-272-2025.sv.txt");
  EXPECT_TRUE(r.p.agenda.empty());
  EXPECT_TRUE(r.p.attendees.empty());
  EXPECT_TRUE(r.p.title.empty());
  for (const char* code : {"protocol.no-title", "protocol.no-agenda", "protocol.no-attendees",
                           "protocol.unexpected-block"})
    EXPECT_TRUE(find_diag(r.diags, code)) << code;
  const Diagnostic* agenda = find_diag(r.diags, "protocol.no-agenda");
  EXPECT_EQ(agenda->severity, Severity::error);
  expect_sound(r);
}

TEST(ProtocolRobustness, EmptyLayout) {
  Layout empty;
  empty.file = "empty.txt";
  const Parsed r = parse_layout(empty);
  const Diagnostic* d = find_diag(r.diags, "protocol.empty");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->file, "empty.txt");
  EXPECT_TRUE(find_diag(r.diags, "protocol.no-agenda"));
  EXPECT_TRUE(r.p.title.empty() && r.p.agenda.empty() && r.p.signatories.empty());
  expect_sound(r);
}

TEST(ProtocolRobustness, OddText) {
  for (const char* text :
       {"1.\n", "Beslut:\n", "Uppföljning och utvärdering:\n", "Presidiet på plats:\n",
        "Tid:\n\nPlats:\n", "Presidiet på plats: , ; ,\n",
        "Presidiet på plats:\n\nA B , ;\n\n, ,    x\n", "1. Mötet avslutas\n\nA    B\n\nC\n",
        "Förhandlingar med\n", "Beslut: De nya rekommendationerna är följande:\n\n1. x\n",
        "1. Mötet öppnas\n\nBeslut: De nya rekommendationerna är följande:\n\n1.\n\n2. a\n\n"
        "Uppföljning och utvärdering: (Källa: )\n"}) {
    SCOPED_TRACE(text);
    const Parsed r = parse_layout(test::layout_of(text));
    EXPECT_FALSE(r.diags.empty());
    expect_sound(r);
  }
}

}  // namespace
}  // namespace tolk
