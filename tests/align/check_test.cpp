#include "align/check.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <tuple>

#include "align/check_counts.h"
#include "align/check_internal.h"
#include "parse/parse.h"
#include "test_support.h"

namespace tolk {
namespace {

// ---- helpers ------------------------------------------------------------------------------------

struct DecisionPair {
  Layout sv_layout, fi_layout;
  Decision sv, fi;
};

const DecisionPair& corpus() {
  static const auto p = [] {
    auto r = std::make_unique<DecisionPair>();
    Diagnostics d;
    r->sv_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
    r->fi_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.fi.txt");
    r->sv = parse_decision(r->sv_layout, test::repo_rules(), d);
    r->fi = parse_decision(r->fi_layout, test::repo_rules(), d);
    return r;
  }();
  return *p;
}

PairSide side_of(const std::string& file, const std::string& lang, const Decision& d,
                 const Layout* l = nullptr) {
  return {file, lang, DocKind::decision, &d, nullptr, nullptr, l, align_units(d)};
}

PairSide side_of(const std::string& file, const std::string& lang, const Protocol& p) {
  return {file, lang, DocKind::protocol, nullptr, nullptr, &p, nullptr, align_units(p)};
}

PairSide side_of(const std::string& lang, std::vector<AlignUnit> units) {
  PairSide s;
  s.file = "test." + lang + ".txt";
  s.lang = lang;
  s.units = std::move(units);
  return s;
}

std::vector<Finding> check(const PairSide& sv, const PairSide& fi) {
  return check_pair(sv, fi, align(sv.units, fi.units, test::repo_rules()), test::repo_rules());
}

// One unit a side, aligned as one link.
std::vector<Finding> check_texts(const std::string& sv, const std::string& fi) {
  return check(side_of("sv", {{"p_1", true, sv, {1, 1}}}),
               side_of("fi", {{"p_1", true, fi, {1, 1}}}));
}

std::vector<Finding> with_code(const std::vector<Finding>& fs, const std::string& code) {
  std::vector<Finding> out;
  for (const Finding& f : fs)
    if (f.code == code) out.push_back(f);
  return out;
}

bool has_error(const std::vector<Finding>& fs) {
  for (const Finding& f : fs)
    if (f.severity == Severity::error) return true;
  return false;
}

std::string dump(const std::vector<Finding>& fs) {
  std::string out;
  for (const Finding& f : fs)
    out += std::string(severity_name(f.severity)) + " " + f.code +
           " sv:" + std::to_string(f.sv_line) + " fi:" + std::to_string(f.fi_line) + " " +
           f.message + "\n";
  return out;
}

Objective objective(int n, const std::string& statement, std::size_t line) {
  Objective o;
  o.num = std::to_string(n) + ")";
  o.number = n;
  o.statement = statement;
  o.statement_lines = {line, line};
  o.lines = {line, line};
  return o;
}

// ---- the corpus decision pair -------------------------------------------------------------------

std::vector<Finding> corpus_findings() {
  const DecisionPair& p = corpus();
  return check(side_of("vnp-272-2025.sv.txt", "sv", p.sv, &p.sv_layout),
               side_of("vnp-272-2025.fi.txt", "fi", p.fi, &p.fi_layout));
}

TEST(CheckCorpus, ReportsExactlyTheRealFlawsOfTheDecisionPair) {
  // Every finding read against both texts: the Finnish extraction starts at the enacting clause
  // (no masthead, number or title), the Finnish has no counter-signature, and the minister's
  // name is hyphenated in Swedish only. Nothing else differs.
  using Key = std::tuple<Severity, std::string, std::size_t, std::size_t>;
  std::vector<Key> got;
  const auto fs = corpus_findings();
  for (const Finding& f : fs) got.emplace_back(f.severity, f.code, f.sv_line, f.fi_line);
  const std::vector<Key> want = {
      {Severity::error, "check.only-in-sv", 1, 0},
      {Severity::error, "check.only-in-sv", 3, 0},
      {Severity::error, "check.only-in-sv", 5, 0},
      {Severity::error, "check.only-in-sv", 493, 0},
      {Severity::warning, "check.name-spelling", 491, 471},
  };
  EXPECT_EQ(got, want) << dump(fs);
}

TEST(CheckCorpus, TheMastheadNumberAndTitleAreOnlyInSwedishOneFindingEach) {
  const auto fs = with_code(corpus_findings(), "check.only-in-sv");
  ASSERT_GE(fs.size(), 3u);
  EXPECT_EQ(fs[0].sv_eid, "preface__masthead");
  EXPECT_NE(fs[0].message.find("The masthead is only in the Swedish"), std::string::npos);
  EXPECT_NE(fs[0].message.find("Finlands författningssamling"), std::string::npos);
  EXPECT_EQ(fs[1].sv_eid, "preface__docNumber");
  EXPECT_NE(fs[1].message.find("272/2025"), std::string::npos);
  EXPECT_EQ(fs[2].sv_eid, "preface__longTitle");
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(fs[k].severity, Severity::error);
    EXPECT_EQ(fs[k].fi_line, 0u);
    EXPECT_NE(fs[k].link, static_cast<std::size_t>(-1));
  }
}

TEST(CheckCorpus, TheCounterSignatureIsOnlyInSwedish) {
  const auto fs = with_code(corpus_findings(), "check.only-in-sv");
  ASSERT_EQ(fs.size(), 4u);
  const Finding& f = fs[3];
  EXPECT_EQ(f.severity, Severity::error);
  EXPECT_EQ(f.sv_line, 493u);
  EXPECT_EQ(f.sv_eid, "hcontainer_signatures__p_3");
  EXPECT_EQ(f.sv_value, "Regeringsråd Kirsi Ruuhonen");
  EXPECT_NE(f.message.find("A signatory is only in the Swedish"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("after line 471"), std::string::npos) << f.message;
}

TEST(CheckCorpus, TheMinistersNameIsSpeltTwoWays) {
  const auto fs = with_code(corpus_findings(), "check.name-spelling");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].severity, Severity::warning);
  EXPECT_EQ(fs[0].sv_value, "Anna-Kaisa Ikonen");
  EXPECT_EQ(fs[0].fi_value, "Anna Kaisa Ikonen");
  EXPECT_EQ(fs[0].sv_line, 491u);
  EXPECT_EQ(fs[0].fi_line, 471u);
  EXPECT_EQ(fs[0].sv_eid, "hcontainer_signatures__p_2");
}

TEST(CheckCorpus, DatesWrittenDifferentlyAreEqual) {
  // Entry into force "den 1 juni 2025" / "1 päivänä kesäkuuta 2025", signed "28 maj 2025" /
  // "28.5.2025": the same dates.
  const auto fs = corpus_findings();
  EXPECT_TRUE(with_code(fs, "check.date").empty()) << dump(fs);
  EXPECT_TRUE(with_code(fs, "check.law").empty()) << dump(fs);
  EXPECT_TRUE(with_code(fs, "check.length-ratio").empty()) << dump(fs);
  // The signatory count (2 / 1) is the one-sided signatory already reported, not a new finding.
  EXPECT_TRUE(with_code(fs, "check.count").empty()) << dump(fs);
}

TEST(CheckCorpus, EachVersionCheckedAgainstItselfHasNoFinding) {
  const DecisionPair& p = corpus();
  EXPECT_TRUE(check(side_of("a", "sv", p.fi), side_of("b", "fi", p.fi)).empty());
  EXPECT_TRUE(check(side_of("a", "sv", p.sv), side_of("b", "fi", p.sv)).empty());
}

TEST(CheckCorpus, UnknownKindDocumentsCheckedAgainstThemselvesHaveNoError) {
  for (const char* file : {"tests/fixtures/protocols/neuvottelu-2024.fi.txt",
                           "corpus/protocols/kymmenedalen-2024-11-27.sv.txt",
                           "corpus/publications/stm-2024-6.sv.txt"}) {
    const Layout l = test::layout_of_file(file);
    const auto fs = check(side_of("sv", align_units(l)), side_of("fi", align_units(l)));
    EXPECT_FALSE(has_error(fs)) << file << "\n" << dump(fs);
  }
}

TEST(CheckCorpus, FindingsAreSortedBySeverityThenSwedishLine) {
  const auto fs = corpus_findings();
  for (std::size_t k = 1; k < fs.size(); ++k) {
    EXPECT_GE(fs[k - 1].severity, fs[k].severity);
    if (fs[k - 1].severity == fs[k].severity) {
      EXPECT_LE(fs[k - 1].sv_line, fs[k].sv_line);
    }
  }
}

// ---- values within aligned units ----------------------------------------------------------------

TEST(CheckValues, AChangedNumberIsAnError) {
  const auto fs = check_texts("Indikatorn (ind. 5 956) följs upp årligen.",
                              "Indikaattoria (ind. 5 965) seurataan vuosittain.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.number");
  EXPECT_EQ(fs[0].severity, Severity::error);
  EXPECT_EQ(fs[0].sv_value, "5 956");
  EXPECT_EQ(fs[0].fi_value, "5 965");
  EXPECT_NE(fs[0].message.find("5 956"), std::string::npos);
  EXPECT_NE(fs[0].message.find("5 965"), std::string::npos);
}

TEST(CheckValues, NumbersAreComparedWithoutTheirSpacing) {
  EXPECT_TRUE(
      check_texts("Indikatorn (ind. 5 956) följs upp.", "Indikaattori (ind. 5956) seurataan.")
          .empty());
}

TEST(CheckValues, ANumberWrittenAsAWordIsTheSameNumber) {
  EXPECT_TRUE(check_texts("Verksamheten inom de fem samarbetsområdena stärks.",
                          "Vahvistetaan 5 yhteistyöalueen toimintaa.")
                  .empty());
}

TEST(CheckValues, RangesAndOrdinalsAreNotReported) {
  EXPECT_TRUE(check_texts("1) Målen för 2025–2029 gäller alla.", "1) Vuosien 2025–2029 tavoitteet.")
                  .empty());
}

TEST(CheckValues, AChangedDateIsAnErrorAndDatesAreComparedNormalised) {
  EXPECT_TRUE(check_texts("Helsingfors den 28 maj 2025", "Helsingissä 28.5.2025").empty());
  const auto fs = check_texts("Denna förordning träder i kraft den 1 juni 2025.",
                              "Tämä päätös tulee voimaan 2 päivänä kesäkuuta 2025.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.date");
  EXPECT_EQ(fs[0].severity, Severity::error);
  EXPECT_EQ(fs[0].sv_value, "1 juni 2025");
  EXPECT_EQ(fs[0].fi_value, "2 päivänä kesäkuuta 2025");
  EXPECT_NE(fs[0].message.find("2025-06-01"), std::string::npos);
  EXPECT_NE(fs[0].message.find("2025-06-02"), std::string::npos);
}

TEST(CheckValues, AChangedLawReferenceIsAnError) {
  const auto fs = check_texts(
      "Med stöd av 12 a § i lagen om välfärdsområden (611/2021) fastställer statsrådet",
      "Valtioneuvosto vahvistaa hyvinvointialueesta annetun lain (612/2021) 12 a §:n nojalla");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.law");
  EXPECT_EQ(fs[0].sv_value, "611/2021");
  EXPECT_EQ(fs[0].fi_value, "612/2021");
}

TEST(CheckValues, AChangedSectionReferenceIsAnError) {
  const auto fs =
      check_texts("Med stöd av 12 a § i lagen (611/2021)", "lain (611/2021) 12 b §:n nojalla");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.section");
}

TEST(CheckValues, AValueOnOneSideOnlyNamesWhatTheOtherHas) {
  const auto fs =
      check_texts("Målet för 2025 är att få vård inom 30 dygn och av skötare inom 14 dygn.",
                  "Vuoden 2025 tavoitteena on saada hoitoa 30 vuorokaudessa.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.number");
  EXPECT_EQ(fs[0].sv_value, "14");
  EXPECT_EQ(fs[0].fi_value, "");
  EXPECT_NE(fs[0].message.find("only in the Swedish"), std::string::npos);
  EXPECT_NE(fs[0].message.find("2025, 30"), std::string::npos) << fs[0].message;
}

TEST(CheckValues, PercentagesAndMoneyAreComparedNormalised) {
  EXPECT_TRUE(check_texts("Andelen steg med 12,5 procent.", "Osuus kasvoi 12,5 %.").empty());
  EXPECT_TRUE(
      check_texts("Anslaget är 5 miljoner euro.", "Määräraha on 5 miljoonaa euroa.").empty());
  EXPECT_TRUE(check_texts("Anslaget är 5 miljoner euro.", "Määräraha on 5 000 000 euroa.").empty());
  // Finnish inflects the scale word with the currency: "5 miljoonan euron alijäämä".
  EXPECT_TRUE(check_texts("Ett underskott på cirka 5 miljoner euro för 2025.",
                          "Vuodelle 2025 noin 5 miljoonan euron alijäämä.")
                  .empty());
  EXPECT_TRUE(check_texts("Kostnaden är 40 tusen euro.", "Kustannus on 40 tuhannen euron suuruinen.").empty());
  EXPECT_TRUE(check_texts("Ett tillskott på 2 miljarder euro.", "2 miljardin euron lisäys.").empty());
  auto fs = check_texts("Andelen steg med 12 procent.", "Osuus kasvoi 21 prosenttia.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.percent");
  fs = check_texts("Anslaget är 5 miljoner euro.", "Määräraha on 5 miljardia euroa.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.money");
  // Percentage points are not percent.
  fs = check_texts("Andelen steg med 2 procentenheter.", "Osuus kasvoi 2 prosenttia.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.percent");
}

TEST(CheckValues, ClockTimesAreComparedNormalised) {
  EXPECT_TRUE(check_texts("Tid: onsdag 27.11.2024 kl. 12.00–15.00",
                          "Aika: keskiviikko 27.11.2024 klo 12.00–15.00")
                  .empty());
  EXPECT_TRUE(check_texts("närvarande kl. 9–12", "läsnä klo 9.00–12.00").empty());
  const auto fs = check_texts("Ordföranden avslutade mötet kl. 14.57.",
                              "Puheenjohtaja päätti kokouksen klo 15.57.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.time");
  EXPECT_NE(fs[0].message.find("14:57"), std::string::npos) << fs[0].message;
}

TEST(CheckValues, CaseNumbersAreComparedWhole) {
  EXPECT_TRUE(check_texts("Ärendenummer: VN/29738/2024", "Asianumero: VN/29738/2024").empty());
  const auto fs = check_texts("Ärendenummer: VN/29738/2024", "Asianumero: VN/29738/202");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.case-number");
  EXPECT_EQ(fs[0].fi_value, "VN/29738/202");
}

TEST(CheckValues, AcronymsAreMappedAcrossLanguages) {
  EXPECT_TRUE(check_texts("SHM, FM och IM samt THL och RFV (Källa: SK/THL)",
                          "STM, VM ja SM sekä THL ja AVIn edustajat (Lähde: VK/THL)")
                  .empty());
  EXPECT_TRUE(check_texts("FPA betalar.", "Kelan maksama.").empty());
  auto fs = check_texts("Beredningen leds av SHM.", "Valmistelua johtaa VM.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.acronym-differs");
  EXPECT_EQ(fs[0].severity, Severity::warning);
  fs =
      check_texts("Beredningen leds av SHM.", "Valmistelua johtaa sosiaali- ja terveysministeriö.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.acronym");
  EXPECT_EQ(fs[0].severity, Severity::note);
}

TEST(CheckValues, PlaceNamesThatDifferByLanguageAreNotReported) {
  EXPECT_TRUE(check_texts("Plats: Inrikesministeriets mötesrum, Kyrkogatan 12, Helsingfors",
                          "Paikka: Sisäministeriön kokoushuone, Kirkkokatu 12, Helsinki")
                  .empty());
}

TEST(CheckValues, AHyphenatedNameWrittenWithASpaceIsSpeltTwoWays) {
  // No model lists the person: the hyphen alone tells.
  const auto fs = check_texts("Enligt Jan-Erik Sundqvist är läget gott.",
                              "Jan Erik Sundqvistin mukaan tilanne on hyvä.");
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.name-spelling");
  EXPECT_EQ(fs[0].sv_value, "Jan-Erik");
  EXPECT_EQ(fs[0].fi_value, "Jan Erik");
}

// ---- names of the model -------------------------------------------------------------------------

Decision signed_decision(const std::string& place_date, const std::string& role,
                         const std::string& name) {
  Decision d;
  d.place_date = place_date;
  d.signing_lines = {10, 10};
  d.signatories.push_back({role, name, {12, 12}});
  return d;
}

TEST(CheckNames, ASignatorysNameSpeltTwoWaysIsAWarning) {
  const Decision sv = signed_decision("Helsingfors den 28 maj 2025", "Kommun- och regionminister",
                                      "Anna-Kaisa Ikonen");
  const Decision fi =
      signed_decision("Helsingissä 28.5.2025", "Kunta- ja alueministeri", "Anna Kaisa Ikonen");
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.name-spelling");
  EXPECT_EQ(fs[0].severity, Severity::warning);
  EXPECT_NE(
      fs[0].message.find("“Anna-Kaisa Ikonen” in the Swedish, “Anna Kaisa Ikonen” in the Finnish"),
      std::string::npos)
      << fs[0].message;
}

TEST(CheckNames, ADifferentNameIsAnError) {
  const Decision sv =
      signed_decision("Helsingfors den 28 maj 2025", "Regeringsråd", "Kirsi Ruuhonen");
  const Decision fi = signed_decision("Helsingissä 28.5.2025", "Hallitusneuvos", "Kirsi Ruohonen");
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.name");
  EXPECT_EQ(fs[0].severity, Severity::error);
  EXPECT_EQ(fs[0].sv_value, "Kirsi Ruuhonen");
  EXPECT_EQ(fs[0].fi_value, "Kirsi Ruohonen");
}

TEST(CheckNames, AFinnishCaseEndingIsTheSameName) {
  EXPECT_EQ(check::find_name("Puheenjohtaja Anna-Kaisa Ikosen mukaan", "anna kaisa ikonen").size(),
            1u);
  EXPECT_EQ(check::find_name("Mika Virtaselle kiitos", "mika virtanen").size(), 1u);
  EXPECT_TRUE(check::find_name("Anna, Kaisa Ikonen", "anna kaisa ikonen").empty());
  EXPECT_TRUE(check::find_name("anna kaisa ikonen", "anna kaisa ikonen").empty());
}

// ---- units in one language only -----------------------------------------------------------------

Decision with_objectives(const std::vector<std::pair<int, std::string>>& objectives) {
  Decision d;
  ObjectiveGroup g;
  std::size_t line = 10;
  for (const auto& [n, text] : objectives) g.objectives.push_back(objective(n, text, line += 2));
  d.groups.push_back(g);
  return d;
}

TEST(CheckUnits, AMissingObjectiveIsAnErrorNamingIt) {
  const Decision sv = with_objectives({{1, "Välfärdsområdet ska främja befolkningens välfärd."},
                                       {2, "Välfärdsområdet ska säkerställa tjänsterna."},
                                       {3, "Investeringarna ska förbättra verksamheten."}});
  const Decision fi =
      with_objectives({{1, "Hyvinvointialueen on edistettävä väestön hyvinvointia."},
                       {3, "Investointien tulee parantaa toimintaa."}});
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);  // the count 3 / 2 is this objective: not said twice
  EXPECT_EQ(fs[0].code, "check.only-in-sv");
  EXPECT_EQ(fs[0].severity, Severity::error);
  EXPECT_EQ(fs[0].sv_eid, "para_2");
  EXPECT_EQ(fs[0].sv_line, 14u);
  EXPECT_NE(fs[0].message.find(
                "Objective 2) is only in the Swedish version (line 14: “Välfärdsområdet ska"),
            std::string::npos)
      << fs[0].message;
  EXPECT_NE(fs[0].message.find("after line 12"), std::string::npos) << fs[0].message;
}

TEST(CheckUnits, APlainParagraphInOneLanguageOnlyIsAWarning) {
  const auto fs =
      check(side_of("sv", {{"para_1", true, "Målet är tydligt.", {1, 1}},
                           {"para_1__p_2", false, "En extra mening som saknas.", {3, 3}}}),
            side_of("fi", {{"para_1", true, "Tavoite on selvä.", {1, 1}}}));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].severity, Severity::warning);
  EXPECT_NE(fs[0].message.find("A paragraph of objective 1) is only in the Swedish"),
            std::string::npos);
}

TEST(CheckUnits, UnitsAreNamedByTheirEids) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"dbsect_4__dbsect_2", "Agenda item 4.2 is only in the Finnish"},
      {"recommendations_new_MIN_2", "Recommendation 2 of the new list is only in the Finnish"},
      {"recommendations_earlier_IM_3", "Recommendation 3 of the earlier list of IM is only"},
      {"dbsect_5__container_decision__p_1", "The decision under agenda item 5 is only"},
      {"sec_2-1__subsec_indicators__point_4", "Indicator 4 of section 2.1 is only"},
  };
  for (const auto& [eid, start] : cases) {
    const auto fs = check(side_of("sv", {{"x", true, "Mötet öppnas.", {1, 1}}}),
                          side_of("fi", {{"x", true, "Kokouksen avaus.", {1, 1}},
                                         {eid, true, "Toinen kohta on tässä.", {3, 3}}}));
    ASSERT_EQ(fs.size(), 1u) << eid << "\n" << dump(fs);
    EXPECT_EQ(fs[0].code, "check.only-in-fi");
    EXPECT_EQ(fs[0].severity, Severity::error) << eid;
    EXPECT_EQ(fs[0].message.rfind(start, 0), 0u) << fs[0].message;
    EXPECT_EQ(fs[0].fi_eid, eid);
  }
}

// ---- length ratio -------------------------------------------------------------------------------

TEST(CheckLength, ADroppedSentenceIsAWarning) {
  const std::string sv =
      "Effekterna av att främja hälsa och välfärd ska stärkas för att svara mot befolkningens "
      "behov. "
      "Åtgärderna, de metoder som väljs och uppföljningen ska grunda sig på information om "
      "verkningsfullheten. Med hjälp av informationen om verkningsfullheten ska välfärdsområdena "
      "även stödja kommunernas arbete för att främja välfärd, hälsa och säkerhet. "
      "Välfärdsområdenas "
      "egen tillsyn, styrning och rådgivning samt säkerhetskommunikation ska genomföras så att "
      "verksamhetens verkningsfullhet förbättras.";
  const std::string fi_full =
      "Hyvinvoinnin ja terveyden edistämisen vaikuttavuutta on vahvistettava väestön tarpeisiin "
      "vastaamiseksi. Toimenpiteiden, valittavien menetelmien ja seurannan tulee perustua "
      "vaikuttavuudesta saatuun tietoon. Lisäksi hyvinvointialueen tulee tukea "
      "vaikuttavuustiedolla "
      "kuntien hyvinvoinnin, terveyden ja turvallisuuden edistämisen työtä. Hyvinvointialueella "
      "omaa "
      "valvontaa, ohjausta ja neuvontaa sekä turvallisuusviestintää on toteutettava toiminnan "
      "vaikuttavuutta parantaen.";
  const std::string fi_short =
      "Hyvinvoinnin ja terveyden edistämisen vaikuttavuutta on vahvistettava väestön tarpeisiin "
      "vastaamiseksi. Toimenpiteiden, valittavien menetelmien ja seurannan tulee perustua "
      "vaikuttavuudesta saatuun tietoon. Hyvinvointialueella omaa valvontaa, ohjausta ja neuvontaa "
      "sekä turvallisuusviestintää on toteutettava toiminnan vaikuttavuutta parantaen.";
  EXPECT_TRUE(check_texts(sv, fi_full).empty()) << dump(check_texts(sv, fi_full));
  const auto fs = check_texts(sv, fi_short);
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.length-ratio");
  EXPECT_EQ(fs[0].severity, Severity::warning);
  EXPECT_NE(fs[0].message.find("the Finnish may lack a sentence"), std::string::npos)
      << fs[0].message;
  EXPECT_NE(fs[0].message.find("4 sentences in the Swedish, 3 in the Finnish"), std::string::npos)
      << fs[0].message;
  // And the other way round.
  const auto back = check_texts(
      "Effekterna av att främja hälsa och välfärd ska stärkas för att svara mot befolkningens "
      "behov. "
      "Välfärdsområdenas egen tillsyn, styrning och rådgivning samt säkerhetskommunikation ska "
      "genomföras så att verksamhetens verkningsfullhet förbättras.",
      fi_full);
  ASSERT_EQ(back.size(), 1u) << dump(back);
  EXPECT_NE(back[0].message.find("the Swedish may lack a sentence"), std::string::npos);
}

TEST(CheckLength, ShortUnitsAreNotJudgedByLength) {
  EXPECT_TRUE(check_texts("Kunskapsbaserad ledning", "Tietojohtaminen").empty());
  EXPECT_TRUE(check_texts("Datasäkerheten ska beaktas i all utveckling.",
                          "Kaikessa kehittämisessä tulee ottaa huomioon tietoturvallisuus.")
                  .empty());
}

TEST(CheckLength, SentencesEndAtAFullStopBeforeACapitalButNotAfterAnAbbreviation) {
  const Rules& r = test::repo_rules();
  EXPECT_EQ(check::sentence_count("Mötet börjar kl. 12. Alla deltar t.ex. THL.", "sv", r), 2u);
  EXPECT_EQ(check::sentence_count("Toiminta (ns. TKKIO-toiminta) jatkuu. Se on hyvä.", "fi", r),
            2u);
  EXPECT_EQ(check::sentence_count("Utan punkt", "sv", r), 1u);
}

// ---- model facts --------------------------------------------------------------------------------

TEST(CheckModel, AChangedEntryIntoForceDateIsReportedOnce) {
  Decision sv, fi;
  sv.entry_into_force = {"Denna förordning träder i kraft den 1 juni 2025.", {20, 20}, false};
  sv.entry_into_force_date = Date{2025, 6, 1};
  fi.entry_into_force = {"Tämä päätös tulee voimaan 1 päivänä heinäkuuta 2025.", {18, 18}, false};
  fi.entry_into_force_date = Date{2025, 7, 1};
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.date");
  EXPECT_EQ(fs[0].sv_line, 20u);
  EXPECT_EQ(fs[0].fi_line, 18u);
}

TEST(CheckModel, LawReferencesOfTheEnactingClauseAreCompared) {
  // The clause's text names no reference here, so the model alone finds the differences.
  Decision sv, fi;
  sv.legal_basis = {"Med stöd av lagen om välfärdsområden fastställer statsrådet", {8, 8}, false};
  sv.law_refs.push_back({"lagen om välfärdsområden (611/2021)", 611, 2021, "12 a", {8, 8}});
  fi.legal_basis = {
      "Valtioneuvosto vahvistaa hyvinvointialueesta annetun lain nojalla", {1, 1}, false};
  fi.law_refs.push_back({"laki (611/2021)", 611, 2021, "12 b", {1, 1}});
  fi.law_refs.push_back({"468/2024", 468, 2024, "", {2, 2}});
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 2u) << dump(fs);
  ASSERT_EQ(with_code(fs, "check.law").size(), 1u) << dump(fs);
  ASSERT_EQ(with_code(fs, "check.section").size(), 1u) << dump(fs);
  EXPECT_NE(with_code(fs, "check.law")[0].message.find("468/2024 is only in the Finnish"),
            std::string::npos);
  EXPECT_NE(with_code(fs, "check.section")[0].message.find("12 a § in the Swedish, 12 b §"),
            std::string::npos);
}

TEST(CheckModel, ALawReferenceFoundInItsLinkIsNotReportedAgain) {
  Decision sv, fi;
  sv.legal_basis = {"Med stöd av 12 a § i lagen om välfärdsområden (611/2021)", {8, 8}, false};
  sv.law_refs.push_back({"lagen om välfärdsområden (611/2021)", 611, 2021, "12 a", {8, 8}});
  fi.legal_basis = {"hyvinvointialueesta annetun lain (611/2021) 12 b §:n nojalla, laissa 468/2024",
                    {1, 1},
                    false};
  fi.law_refs.push_back({"laki (611/2021)", 611, 2021, "12 b", {1, 1}});
  fi.law_refs.push_back({"468/2024", 468, 2024, "", {1, 1}});
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  EXPECT_EQ(with_code(fs, "check.law").size(), 1u) << dump(fs);
  EXPECT_EQ(with_code(fs, "check.section").size(), 1u) << dump(fs);
  EXPECT_EQ(fs.size(), 2u) << dump(fs);
}

Attendee attendee(const std::string& name, const std::string& title, const std::string& group,
                  bool remote, std::size_t line) {
  Attendee a;
  a.name = name;
  a.title = title;
  a.group = group;
  a.group_heading = group + (remote ? " remote:" : " on site:");
  a.remote = remote;
  a.text = name + "    " + title;
  a.lines = {line, line};
  return a;
}

Protocol protocol(const std::string& lang, std::vector<Attendee> attendees) {
  Protocol p;
  const bool sv = lang == "sv";
  p.title = sv ? "Förhandlingar med Kymmenedalens välfärdsområde"
               : "Neuvottelut Kymenlaakson hyvinvointialueen kanssa";
  p.title_lines = {1, 1};
  p.time_text = sv ? "Tid: onsdag 27.11.2024 kl. 12.00–15.00"
                   : "Aika: keskiviikko 27.11.2024 klo 12.00–15.00";
  p.time_lines = {3, 3};
  p.meeting_date = Date{2024, 11, 27};
  p.start_time = "12:00";
  p.end_time = "15:00";
  p.case_number = "VN/29738/2024";
  p.case_number_line = 80;
  p.attendees = std::move(attendees);
  return p;
}

TEST(CheckModel, AnAttendeeMissingInOneLanguageIsAnErrorAndTheCountsShowIt) {
  const Protocol sv =
      protocol("sv", {attendee("Nina Brask", "ordförande för områdesstyrelsen", "area", false, 7),
                      attendee("Harri Hagman", "välfärdsområdesdirektör", "area", false, 9),
                      attendee("Kati Kälviäinen", "ekonomidirektör", "area", false, 11)});
  const Protocol fi =
      protocol("fi", {attendee("Nina Brask", "aluehallituksen puheenjohtaja", "area", false, 7),
                      attendee("Kati Kälviäinen", "talousjohtaja", "area", false, 9)});
  const PairSide s = side_of("sv.txt", "sv", sv), f = side_of("fi.txt", "fi", fi);
  const auto fs = check(s, f);
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.only-in-sv");
  EXPECT_EQ(fs[0].severity, Severity::error);
  EXPECT_NE(fs[0].message.find("Attendee Harri Hagman is only in the Swedish"), std::string::npos)
      << fs[0].message;
  const auto counts = pair_counts(s, f);
  ASSERT_FALSE(counts.empty());
  EXPECT_EQ(counts[0].key, "attendees");
  EXPECT_EQ(counts[0].sv, 3u);
  EXPECT_EQ(counts[0].fi, 2u);
}

TEST(CheckModel, DifferentAttendeeCountsAreAnErrorWhenNoUnitAccountsForThem) {
  // The Finnish parser ran two attendees into one row: the rows align 2-1, no unit is missing,
  // but the counts differ.
  const Protocol sv = protocol("sv", {attendee("Nina Brask", "ordförande", "area", false, 7),
                                      attendee("Harri Hagman", "direktör", "area", false, 9)});
  Protocol fi = protocol("fi", {attendee("Nina Brask", "puheenjohtaja", "area", false, 7)});
  fi.attendees[0].text = "Nina Brask    puheenjohtaja Harri Hagman    johtaja";
  const PairSide s = side_of("sv.txt", "sv", sv), f = side_of("fi.txt", "fi", fi);
  Alignment al;
  for (std::size_t k = 0; k < 2; ++k) al.links.push_back({{k}, {k}, true, 0, 0});
  al.links.push_back({{2, 3}, {2}, false, 0, 0});
  const auto fs = check_pair(s, f, al, test::repo_rules());
  const auto counts = with_code(fs, "check.count");
  ASSERT_EQ(counts.size(), 1u) << dump(fs);
  EXPECT_EQ(counts[0].severity, Severity::error);
  EXPECT_EQ(counts[0].message, "The Swedish has 2 attendees, the Finnish 1");
}

TEST(CheckModel, AnAttendeeInAnotherGroupIsAWarning) {
  const Protocol sv = protocol("sv", {attendee("Nina Brask", "ordförande", "area", false, 7)});
  const Protocol fi = protocol("fi", {attendee("Nina Brask", "puheenjohtaja", "area", true, 7)});
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.attendee-group");
  EXPECT_EQ(fs[0].severity, Severity::warning);
}

TEST(CheckModel, ATruncatedCaseNumberIsAnError) {
  const Protocol sv = protocol("sv", {});
  Protocol fi = protocol("fi", {});
  fi.case_number = "VN/29738/202";
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.case-number");
  EXPECT_EQ(fs[0].sv_line, 80u);
  EXPECT_EQ(fs[0].fi_value, "VN/29738/202");
}

TEST(CheckModel, AChangedMeetingTimeIsReportedOnce) {
  const Protocol sv = protocol("sv", {});
  Protocol fi = protocol("fi", {});
  fi.time_text = "Aika: keskiviikko 27.11.2024 klo 12.00–16.00";
  fi.end_time = "16:00";
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.time");
}

TEST(CheckModel, FollowUpIndicatorCountsArePerRecommendation) {
  auto with_recommendation = [](const std::string& lang, std::vector<std::string> indicators) {
    Protocol p = protocol(lang, {});
    RecommendationList l;
    l.issuer = "MIN";
    l.list = "new";
    l.lines = {100, 110};
    Recommendation r;
    r.num = "1.";
    r.number = 1;
    r.text = lang == "sv" ? "Välfärdsområdet ska stärka tjänsterna."
                          : "Hyvinvointialueen tulee vahvistaa palveluja.";
    r.lines = {101, 101};
    FollowUp fu;
    fu.text = lang == "sv" ? "Uppföljning och utvärdering: indikatorer."
                           : "Seuranta ja arviointi: indikaattorit.";
    fu.indicators = std::move(indicators);
    fu.lines = {103, 103};
    r.follow_up = fu;
    l.items.push_back(r);
    p.recommendations.push_back(l);
    return p;
  };
  const Protocol sv = with_recommendation("sv", {"a", "b", "c"});
  const Protocol fi = with_recommendation("fi", {"a", "b"});
  const auto fs = check(side_of("sv.txt", "sv", sv), side_of("fi.txt", "fi", fi));
  const auto counts = with_code(fs, "check.count");
  ASSERT_EQ(counts.size(), 1u) << dump(fs);
  EXPECT_EQ(counts[0].severity, Severity::warning);
  EXPECT_NE(counts[0].message.find("3 indicators in the Swedish, 2 in the Finnish"),
            std::string::npos);
}

// ---- rules --------------------------------------------------------------------------------------

TEST(CheckRules, TheRepositorysCheckFileLoadsCleanly) {
  std::vector<Finding> problems;
  const check::Params p = check::load_params(test::repo_rules(), problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  EXPECT_DOUBLE_EQ(p.length_low, 0.75);
  EXPECT_DOUBLE_EQ(p.length_high, 1.33);
  EXPECT_EQ(check::severity_for(p, "check.only-in.paragraph", Severity::error), Severity::warning);
  EXPECT_TRUE(p.money_re && p.percent_re && p.time_re && p.points_re);
}

TEST(CheckRules, AMalformedLineIsAnErrorFindingAndTheRestStillApplies) {
  // One directory per process: ctest may run test binaries side by side.
  const auto dir =
      std::filesystem::temp_directory_path() / ("tolk-check-rules-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "align");
  std::ofstream(dir / "align" / "check.tsv") << "# test\nparam\tlength.low\tlow\n"
                                                "severity\tcheck.number\twarning\n";
  Rules rules = test::repo_rules();
  rules.dir = dir;
  const auto units_sv = side_of("sv", {{"p_1", true, "Indikatorn 5 956.", {1, 1}}});
  const auto units_fi = side_of("fi", {{"p_1", true, "Indikaattori 5 965.", {1, 1}}});
  const auto fs =
      check_pair(units_sv, units_fi, align(units_sv.units, units_fi.units, rules), rules);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(fs.size(), 2u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.rules");
  EXPECT_NE(fs[0].message.find("rules/align/check.tsv:2"), std::string::npos) << fs[0].message;
  EXPECT_EQ(fs[1].code, "check.number");
  EXPECT_EQ(fs[1].severity, Severity::warning);  // as the file says
}

TEST(CheckRules, WithoutRulesTheCheckStillRuns) {
  Rules bare;
  const auto s = side_of("sv", {{"p_1", true, "Andelen är 12 %.", {1, 1}}});
  const auto f = side_of("fi", {{"p_1", true, "Osuus on 13 %.", {1, 1}}});
  const auto fs = check_pair(s, f, align(s.units, f.units, bare), bare);
  ASSERT_EQ(fs.size(), 1u) << dump(fs);
  EXPECT_EQ(fs[0].code, "check.percent");
}

TEST(CheckRobustness, AnAlignmentThatDoesNotFitTheUnitsIsSkippedNotFollowed) {
  const auto s = side_of("sv", {{"p_1", true, "Text.", {1, 1}}});
  const auto f = side_of("fi", {{"p_1", true, "Teksti.", {1, 1}}});
  Alignment al;
  al.links.push_back({{0, 5}, {0}, false, 0, 0});
  al.links.push_back({{}, {}, false, 0, 0});
  EXPECT_TRUE(check_pair(s, f, al, test::repo_rules()).empty());
  EXPECT_TRUE(
      check_pair(side_of("sv", {}), side_of("fi", {}), Alignment{}, test::repo_rules()).empty());
}

}  // namespace
}  // namespace tolk
