// The ministry publication parser: the corpus publication STM 2024:6 read part by part, small
// Swedish and Finnish publications, the findings it must report, and inputs it must survive.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parse/parse.h"
#include "test_support.h"

namespace tolk {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::vector<const Diagnostic*> with_code(const Diagnostics& diags, const std::string& code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : diags)
    if (d.code == code) out.push_back(&d);
  return out;
}

std::string all_codes(const Diagnostics& diags) {
  std::string s;
  for (const Diagnostic& d : diags) s += format_diagnostic(d) + "\n";
  return s;
}

const Indicator* indicator_with(const PublicationObjective& o, const std::string& text_start) {
  for (const Indicator& i : o.indicators)
    if (i.text.rfind(text_start, 0) == 0) return &i;
  return nullptr;
}

const Indicator* indicator_with_sotkanet(const Publication& p, int n,
                                         const PublicationObjective** owner = nullptr) {
  for (const PublicationObjective& o : p.objectives)
    for (const Indicator& i : o.indicators)
      for (int s : i.sotkanet)
        if (s == n) {
          if (owner) *owner = &o;
          return &i;
        }
  return nullptr;
}

// ---- The corpus publication -------------------------------------------------------------------

struct Parsed {
  Layout layout;
  Diagnostics diags;
  Publication pub;
};

const Parsed& corpus() {
  static const Parsed p = [] {
    Parsed r;
    r.layout = test::layout_of_file("corpus/publications/stm-2024-6.sv.txt");
    r.pub = parse_publication(r.layout, test::repo_rules(), r.diags);
    return r;
  }();
  return p;
}

TEST(PublicationCorpus, SeriesNumberAndIdentifiers) {
  const Publication& p = corpus().pub;
  EXPECT_EQ(p.series, "STM");
  EXPECT_EQ(p.number, "2024:6");
  EXPECT_EQ(p.isbn, "978-952-00-5444-1");
  EXPECT_EQ(p.issn, "1797-9854");
  EXPECT_EQ(p.urn, "URN:ISBN:978-952-00-5444-1");
  // Given on the cover, in all three sheets and on the back cover, and always the same.
  EXPECT_TRUE(with_code(corpus().diags, "publication.isbn-mismatch").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.issn-mismatch").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.urn-mismatch").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.series-mismatch").empty());
}

TEST(PublicationCorpus, Title) {
  const Publication& p = corpus().pub;
  EXPECT_EQ(p.title, "De riksomfattande målen för ordnandet av social- och hälsovården");
  EXPECT_EQ(p.title_lines, (LineSpan{3, 3}));
}

TEST(PublicationCorpus, ThreeDescriptionSheets) {
  const auto& sheets = corpus().pub.sheets;
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[0].lang, "sv");
  EXPECT_EQ(sheets[1].lang, "fi");
  EXPECT_EQ(sheets[2].lang, "en");
  EXPECT_EQ(sheets[0].lines, (LineSpan{29, 53}));
  EXPECT_EQ(sheets[1].lines, (LineSpan{55, 86}));
  EXPECT_EQ(sheets[2].lines, (LineSpan{90, 142}));
  EXPECT_TRUE(with_code(corpus().diags, "publication.sheet-missing").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.sheet-mismatch").empty());
}

TEST(PublicationCorpus, SwedishSheet) {
  const DescriptionSheet& s = corpus().pub.sheets.at(0);
  EXPECT_EQ(s.date_text, "5.2.2024");
  ASSERT_TRUE(s.date.has_value());
  EXPECT_EQ(s.date->iso(), "2024-02-05");
  EXPECT_EQ(s.title, "De riksomfattande målen för ordnandet av social- och hälsovården");
  EXPECT_EQ(s.series, "Social- och hälsovårdsministeriets publikationer 2024:6");
  EXPECT_EQ(s.publisher, "Social- och hälsovårdsministeriet");
  EXPECT_EQ(s.author, "Social- och hälsovårdsministeriet");
  EXPECT_EQ(s.language, "svenska");
  EXPECT_EQ(s.pages, "20");
  ASSERT_EQ(s.abstract.size(), 3u);
  EXPECT_THAT(s.abstract[0].text, StartsWith("Ansvar för att ordna social- och hälsovården"));
  EXPECT_EQ(s.abstract[0].lines, (LineSpan{43, 43}));
  EXPECT_THAT(s.abstract[2].text, StartsWith("Under den här regeringsperioden"));
  EXPECT_THAT(s.keywords, ElementsAre("strategisk styrning", "välfärdsområden",
                                      "hälso- och sjukvård", "socialvård"));
  EXPECT_EQ(s.keywords_lines, (LineSpan{49, 49}));
}

TEST(PublicationCorpus, FinnishSheet) {
  const DescriptionSheet& s = corpus().pub.sheets.at(1);
  EXPECT_EQ(s.date_text, "5.2.2024");
  ASSERT_TRUE(s.date.has_value());
  EXPECT_EQ(s.date->iso(), "2024-02-05");
  EXPECT_EQ(s.title, "Valtakunnalliset tavoitteet sosiaali- ja terveydenhuollon järjestämiselle");
  EXPECT_EQ(s.series, "Sosiaali- ja terveysministeriön julkaisuja 2024:6");
  EXPECT_EQ(s.publisher, "Sosiaali- ja terveysministeriö");
  EXPECT_EQ(s.author, "Sosiaali- ja terveysministeriö");
  EXPECT_EQ(s.language, "ruotsi");
  EXPECT_EQ(s.pages, "20");
  ASSERT_EQ(s.abstract.size(), 3u);
  EXPECT_THAT(s.abstract[0].text, StartsWith("Sosiaali- ja terveydenhuollon sekä pelastustoimen"));
  EXPECT_THAT(s.keywords, ElementsAre("strateginen ohjaus", "hyvinvointialueet", "terveydenhuolto",
                                      "sosiaalihuolto"));
}

TEST(PublicationCorpus, EnglishSheetWithLabelsAsHeadings) {
  const DescriptionSheet& s = corpus().pub.sheets.at(2);
  EXPECT_EQ(s.date_text, "5 February 2024");
  ASSERT_TRUE(s.date.has_value());
  EXPECT_EQ(s.date->iso(), "2024-02-05");
  EXPECT_EQ(s.title, "National Objectives for the Organisation of Healthcare and Social Welfare");
  EXPECT_EQ(s.series, "Publications of the Ministry of Social Affairs and Health 2024:6");
  EXPECT_EQ(s.publisher, "Ministry of Social Affairs and Health");
  EXPECT_EQ(s.author, "Ministry of Social Affairs and Health");
  EXPECT_EQ(s.language, "Swedish");
  EXPECT_EQ(s.pages, "20");
  ASSERT_EQ(s.abstract.size(), 3u);
  EXPECT_THAT(s.abstract[1].text, StartsWith("The first national objectives"));
  // "Keywords" is a heading of its own and the keywords the paragraph after it.
  EXPECT_THAT(s.keywords, ElementsAre("strategic guidance", "wellbeing services counties",
                                      "healthcare", "social welfare"));
  EXPECT_EQ(s.keywords_lines, (LineSpan{124, 126}));
}

TEST(PublicationCorpus, TableOfContents) {
  const auto& toc = corpus().pub.toc;
  ASSERT_EQ(toc.size(), 27u);
  EXPECT_EQ(toc[0].num, "");
  EXPECT_EQ(toc[0].title, "Till läsaren");
  EXPECT_EQ(toc[0].page, "7");
  EXPECT_EQ(toc[1].num, "1");
  EXPECT_EQ(toc[1].title, "Bakrund");
  EXPECT_EQ(toc[1].page, "8");
  EXPECT_EQ(toc[1].lines, (LineSpan{149, 149}));
  EXPECT_EQ(toc[4].num, "2.1.1");
  EXPECT_EQ(toc[4].title, "Målets bakgrund och syfte");
  EXPECT_EQ(toc.back().num, "2.8.2");
  EXPECT_EQ(toc.back().page, "20");
  EXPECT_EQ(toc[24].num, "2.8");
  EXPECT_THAT(toc[24].title, ::testing::EndsWith("det kundorienterade förnyandet av verksamheten"));
}

TEST(PublicationCorpus, ReportsTheContentsTypoAndNothingElse) {
  auto found = with_code(corpus().diags, "publication.toc-mismatch");
  ASSERT_EQ(found.size(), 1u) << all_codes(corpus().diags);
  const Diagnostic& d = *found[0];
  EXPECT_EQ(d.file, "corpus/publications/stm-2024-6.sv.txt");
  EXPECT_EQ(d.line, 149u);
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_THAT(d.message, HasSubstr("'1 Bakrund'"));
  EXPECT_THAT(d.message, HasSubstr("'1 Bakgrund'"));
  EXPECT_THAT(d.message, HasSubstr("line 191"));
  // Every other entry, "Till läsaren" against "TILL LÄSAREN" and the 2.8 heading wrapped over
  // two markdown headings included, has its heading.
  EXPECT_TRUE(with_code(corpus().diags, "publication.toc-no-heading").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.heading-not-in-toc").empty());
}

TEST(PublicationCorpus, ReportsTheMisspeltMinistryOnTheCover) {
  auto found = with_code(corpus().diags, "publication.ministry-spelling");
  ASSERT_EQ(found.size(), 1u) << all_codes(corpus().diags);
  EXPECT_EQ(found[0]->line, 10u);
  EXPECT_THAT(found[0]->message, HasSubstr("'Social- och hälsovårdministeriets'"));
  EXPECT_THAT(found[0]->message, HasSubstr("'Social- och hälsovårdsministeriets'"));
}

TEST(PublicationCorpus, NoErrorsAndOnlyExpectedFindings) {
  const Diagnostics& diags = corpus().diags;
  EXPECT_FALSE(has_errors(diags)) << all_codes(diags);
  // Three indicators give no source: two in 2.3 (line 322) and TEA-viisari in 2.5 (line 369).
  auto no_source = with_code(diags, "publication.indicator-no-source");
  ASSERT_EQ(no_source.size(), 3u) << all_codes(diags);
  EXPECT_EQ(no_source[0]->line, 322u);
  EXPECT_EQ(no_source[1]->line, 322u);
  EXPECT_EQ(no_source[2]->line, 369u);
  EXPECT_EQ(diags.size(), 5u) << all_codes(diags);
  for (const Diagnostic& d : diags) EXPECT_EQ(d.file, "corpus/publications/stm-2024-6.sv.txt");
}

TEST(PublicationCorpus, EightObjectives) {
  const auto& objs = corpus().pub.objectives;
  ASSERT_EQ(objs.size(), 8u);
  for (std::size_t i = 0; i < objs.size(); ++i)
    EXPECT_EQ(objs[i].num, "2." + std::to_string(i + 1));
  // Headings at ###, ## and #### alike; wrapped headings whole.
  EXPECT_EQ(objs[0].heading,
            "Ökad tillgång, kontinuitet och samordning för basservicen genom ett tydligt "
            "servicesystem, servicenätverk och servicestyrning");
  EXPECT_EQ(objs[0].heading_lines, (LineSpan{216, 218}));
  EXPECT_EQ(objs[1].heading,
            "Förutsättningar har skapats för att säkerställa tillräcklighet, tillgång och "
            "varaktighet i fråga om social- och hälsovårdspersonalen");
  EXPECT_EQ(objs[2].heading,
            "Verksamheten är ekonomiskt hållbar och kostnadsökningen bromsas i förhållande till "
            "det ökade servicebehovet");
  EXPECT_EQ(objs[3].heading,
            "Ett effektivitetsbaserat grepp betonas i styrningen och ledningen av verksamheten");
  EXPECT_EQ(objs[5].heading,
            "Ett flexibelt och kriståligt servicesystem tryggar befolkningens hälsa, välfärd och "
            "tillräckliga utkomst i hela landet");
  EXPECT_EQ(objs[7].heading,
            "Den informationshantering och digitalisering som planerats nationellt och i varje "
            "samarbetsområde stöder måluppfyllelsen och det kundorienterade förnyandet av "
            "verksamheten");
  EXPECT_EQ(objs[7].heading_lines, (LineSpan{414, 416}));
  // The last objective ends before the back cover.
  EXPECT_EQ(objs[0].lines, (LineSpan{216, 266}));
  EXPECT_EQ(objs[7].lines, (LineSpan{414, 435}));
}

TEST(PublicationCorpus, BackgroundOfEachObjective) {
  const auto& objs = corpus().pub.objectives;
  ASSERT_EQ(objs.size(), 8u);
  const std::vector<std::size_t> counts = {5, 8, 4, 4, 3, 4, 3, 4};
  for (std::size_t i = 0; i < objs.size(); ++i)
    EXPECT_EQ(objs[i].background.size(), counts[i]) << objs[i].num;
  EXPECT_THAT(objs[0].background[0].text,
              StartsWith("Genom social- och hälsovårdens servicesystem"));
  EXPECT_EQ(objs[0].background_lines, (LineSpan{220, 231}));
  // 2.2.1 ends in a bulleted list (kept as paragraphs); its footnote is not background.
  EXPECT_EQ(objs[1].background.back().text, "Kunskapsunderlag och prognostisering");
  for (const Para& p : objs[1].background) EXPECT_THAT(p.text, ::testing::Not(StartsWith("T.ex.")));
}

TEST(PublicationCorpus, IndicatorCountsPerObjective) {
  const auto& objs = corpus().pub.objectives;
  ASSERT_EQ(objs.size(), 8u);
  // Read off the source: 2.1 three under Tillgång, one Kontinuitet, one Samordning; 2.2 seven
  // check-boxes; 2.3 six; 2.4 the one run into the intro plus two; 2.5 four (two on line 369);
  // 2.6, 2.7 and 2.8 two each.
  const std::vector<std::size_t> counts = {5, 7, 6, 3, 4, 2, 2, 2};
  for (std::size_t i = 0; i < objs.size(); ++i) {
    EXPECT_EQ(objs[i].indicators.size(), counts[i]) << objs[i].num;
    ASSERT_FALSE(objs[i].indicator_intro.empty()) << objs[i].num;
    EXPECT_EQ(objs[i].indicator_intro[0].text, "Målet följs upp med hjälp av följande mätare:");
    for (const Indicator& ind : objs[i].indicators) EXPECT_FALSE(ind.text.empty());
  }
  EXPECT_TRUE(with_code(corpus().diags, "publication.objective-no-indicators").empty());
}

TEST(PublicationCorpus, GroupsOfObjective21) {
  const PublicationObjective& o = corpus().pub.objectives.at(0);
  ASSERT_EQ(o.indicators.size(), 5u);
  std::vector<std::string> groups;
  for (const Indicator& i : o.indicators) groups.push_back(i.group);
  EXPECT_THAT(groups, ElementsAre("Tillgång", "Tillgång", "Tillgång", "Kontinuitet", "Samordning"));
  // The group came as the bold first cell of a table row; the indicator is the rest.
  EXPECT_THAT(o.indicators[0].text, StartsWith("Tillgång till icke-brådskande vård"));
  EXPECT_EQ(o.indicators[0].lines, (LineSpan{239, 245}));
  // A data source is not an assessment.
  EXPECT_THAT(o.indicators[0].text, HasSubstr("(THL:s databasrapporter)"));
  EXPECT_EQ(o.indicators[0].assessment, "");
  EXPECT_EQ(o.indicators[0].assessor, "");
  for (const PublicationObjective& other : corpus().pub.objectives) {
    if (other.num == "2.1") continue;
    for (const Indicator& i : other.indicators) EXPECT_EQ(i.group, "") << i.text;
  }
}

TEST(PublicationCorpus, KnownIndicators) {
  const Publication& p = corpus().pub;
  const PublicationObjective* owner = nullptr;

  const Indicator* i5028 = indicator_with_sotkanet(p, 5028, &owner);
  ASSERT_NE(i5028, nullptr);
  EXPECT_EQ(owner->num, "2.1");
  EXPECT_EQ(i5028->group, "Samordning");
  EXPECT_THAT(i5028->text, StartsWith("Andel hemvårdskunder som fyllt 75 år med sjukhusperioder "
                                      "som inletts via joutren"));
  EXPECT_THAT(i5028->sotkanet, ElementsAre(5028));

  const Indicator* i3332 = indicator_with_sotkanet(p, 3332, &owner);
  ASSERT_NE(i3332, nullptr);
  EXPECT_EQ(owner->num, "2.1");
  EXPECT_EQ(i3332->group, "Tillgång");
  EXPECT_THAT(i3332->sotkanet, ElementsAre(3332, 4771));

  // "(ind. 5 956)": a space between thousands.
  const Indicator* i5956 = indicator_with_sotkanet(p, 5956, &owner);
  ASSERT_NE(i5956, nullptr);
  EXPECT_EQ(owner->num, "2.3");
  EXPECT_THAT(i5956->text, StartsWith("Nettodriftskostnader för social- och hälsovård"));

  const Indicator* i404 = indicator_with_sotkanet(p, 404, &owner);
  ASSERT_NE(i404, nullptr);
  EXPECT_EQ(owner->num, "2.5");
  EXPECT_EQ(i404->text, "Upplevelse av mycket svag delaktighet, % (ind. 404)");

  std::vector<int> all;
  for (const PublicationObjective& o : p.objectives)
    for (const Indicator& i : o.indicators)
      all.insert(all.end(), i.sotkanet.begin(), i.sotkanet.end());
  EXPECT_THAT(all, ElementsAre(3332, 4771, 5028, 5956, 404));
}

TEST(PublicationCorpus, ObjectiveTwoTwoChecklist) {
  const PublicationObjective& o = corpus().pub.objectives.at(1);
  // The lead-in after the intro sentence names the source of the whole list.
  ASSERT_EQ(o.indicator_intro.size(), 2u);
  EXPECT_THAT(o.indicator_intro[1].text,
              StartsWith("Uppgifter från programmet för ett gott arbete"));
  ASSERT_EQ(o.indicators.size(), 7u);
  EXPECT_EQ(o.indicators.front().text, "Antalet årsverken");
  EXPECT_EQ(o.indicators[2].text, "Den ordinarie personalens omsättning");
  EXPECT_EQ(o.indicators.back().text, "Anlitande av hyrd arbetskraft");
  EXPECT_NE(indicator_with(o, "Sjukfrånvaro"), nullptr);
}

TEST(PublicationCorpus, IntroAndFirstIndicatorInOneParagraph) {
  const PublicationObjective& o = corpus().pub.objectives.at(3);
  ASSERT_EQ(o.indicator_intro.size(), 1u);
  EXPECT_EQ(o.indicator_intro[0].lines, (LineSpan{347, 347}));
  ASSERT_EQ(o.indicators.size(), 3u);
  EXPECT_THAT(o.indicators[0].text,
              StartsWith("Utnyttjandet av mätare av effektiviteten utvecklas i välfärdsområdenas"));
  EXPECT_EQ(o.indicators[0].lines, (LineSpan{347, 347}));
  EXPECT_EQ(o.indicators[0].assessment, "THL:s bedömning");
  EXPECT_EQ(o.indicators[0].assessor, "THL");
  EXPECT_EQ(o.indicators[2].assessment, "Arbetshälsoinstitutets uppskattning");
  EXPECT_EQ(o.indicators[2].assessor, "TTL");
}

TEST(PublicationCorpus, AssessmentsAndFootnoteReferences) {
  const Publication& p = corpus().pub;
  const Indicator* kont = indicator_with(p.objectives.at(0), "Kontinuiteten inom social-");
  ASSERT_NE(kont, nullptr);
  EXPECT_EQ(kont->group, "Kontinuitet");
  EXPECT_EQ(kont->assessment, "THL:s bedömning");
  EXPECT_EQ(kont->assessor, "THL");
  EXPECT_THAT(kont->footnotes, ElementsAre("1"));
  EXPECT_EQ(kont->lines, (LineSpan{254, 256}));
  const Indicator& last = p.objectives.at(7).indicators.back();
  EXPECT_THAT(last.text, StartsWith("Digitala serviceprocesser utvecklas"));
  EXPECT_THAT(last.footnotes, ElementsAre("2"));
  std::size_t thl = 0;
  for (const PublicationObjective& o : p.objectives)
    for (const Indicator& i : o.indicators) thl += i.assessor == "THL";
  EXPECT_EQ(thl, 13u);
}

TEST(PublicationCorpus, Footnotes) {
  const auto& fns = corpus().pub.footnotes;
  ASSERT_EQ(fns.size(), 2u);
  EXPECT_EQ(fns[0].label, "1");
  EXPECT_THAT(fns[0].text, StartsWith("T.ex. utifrån modellen för kontinuiteten i vården"));
  EXPECT_EQ(fns[0].lines, (LineSpan{281, 281}));
  EXPECT_EQ(fns[1].label, "2");
  EXPECT_EQ(fns[1].text, "Till exempel Omaolo");
  EXPECT_EQ(fns[1].lines, (LineSpan{439, 439}));
  EXPECT_TRUE(with_code(corpus().diags, "publication.footnote-missing").empty());
  EXPECT_TRUE(with_code(corpus().diags, "publication.footnote-unreferenced").empty());
}

// ---- Small publications written for the tests -------------------------------------------------
// Blocks are two blank lines apart, so that the layout does not take the text for a
// double-spaced one (where blank lines do not end paragraphs).

const char* kSwedish = R"(# Målen för välfärdsområdena


Social- och hälsovårdsministeriets publikationer 2025:3


ISBN pdf: 978-952-00-5444-1


**Presentationsblad**


12.3.2025


## Målen för välfärdsområdena


### Social- och hälsovårdsministeriets publikationer 2025:3


<b>Utgivare</b>	Social- och hälsovårdsministeriet
<b>Utarbetad av</b>	Social- och hälsovårdsministeriet
<b>Språk</b>	svenska	<b>Sidantal</b>	8


### Referat


Målen har uppdaterats.


Det finns ett mål.


**Nyckelord** styrning, välfärdsområden


**ISBN PDF** 978-952-00-5444-1 **ISSN PDF** 1797-9854


**URN-adress** <https://urn.fi/URN:ISBN:978-952-00-5444-1>


## Innehåll

1 Målen .....	3
1.1 Tillgången förbättras .....	3
1.1.1 Målets bakgrund och syfte .....	3
1.1.2 Målets mätare .....	4


# 1 Målen


## 1.1 Tillgången förbättras


### 1.1.1 Målets bakgrund och syfte


Tillgången varierar i landet.


### 1.1.2 Målets mätare


Målet följs upp med hjälp av följande mätare: Väntetider inom primärvården (THL:s bedömning)


## Kontinuitet


- [☒](#) Nettodriftskostnader i euro/invånare (ind. 5 956)
- [☒](#) Kontinuitet i vården<sup>1</sup> (ind. 3332 och 4771)


---


<sup>1</sup> Till exempel Omaolo
)";

TEST(PublicationSwedish, SheetAndObjective) {
  Layout l = test::layout_of(kSwedish);
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  EXPECT_EQ(p.series, "STM");
  EXPECT_EQ(p.number, "2025:3");
  EXPECT_EQ(p.title, "Målen för välfärdsområdena");
  EXPECT_EQ(p.isbn, "978-952-00-5444-1");
  EXPECT_EQ(p.issn, "1797-9854");
  EXPECT_EQ(p.urn, "URN:ISBN:978-952-00-5444-1");
  ASSERT_EQ(p.sheets.size(), 1u);
  const DescriptionSheet& s = p.sheets[0];
  EXPECT_EQ(s.lang, "sv");
  ASSERT_TRUE(s.date.has_value());
  EXPECT_EQ(s.date->iso(), "2025-03-12");
  EXPECT_EQ(s.title, "Målen för välfärdsområdena");
  EXPECT_EQ(s.series, "Social- och hälsovårdsministeriets publikationer 2025:3");
  EXPECT_EQ(s.publisher, "Social- och hälsovårdsministeriet");
  EXPECT_EQ(s.language, "svenska");
  EXPECT_EQ(s.pages, "8");
  ASSERT_EQ(s.abstract.size(), 2u);
  EXPECT_EQ(s.abstract[1].text, "Det finns ett mål.");
  EXPECT_THAT(s.keywords, ElementsAre("styrning", "välfärdsområden"));
  ASSERT_EQ(p.toc.size(), 4u);

  ASSERT_EQ(p.objectives.size(), 1u);
  const PublicationObjective& o = p.objectives[0];
  EXPECT_EQ(o.num, "1.1");
  EXPECT_EQ(o.heading, "Tillgången förbättras");
  ASSERT_EQ(o.background.size(), 1u);
  EXPECT_EQ(o.background[0].text, "Tillgången varierar i landet.");
  ASSERT_EQ(o.indicator_intro.size(), 1u);
  EXPECT_EQ(o.indicator_intro[0].text, "Målet följs upp med hjälp av följande mätare:");
  ASSERT_EQ(o.indicators.size(), 3u);
  EXPECT_EQ(o.indicators[0].text, "Väntetider inom primärvården (THL:s bedömning)");
  EXPECT_EQ(o.indicators[0].group, "");
  EXPECT_EQ(o.indicators[0].assessment, "THL:s bedömning");
  EXPECT_EQ(o.indicators[0].assessor, "THL");
  EXPECT_EQ(o.indicators[1].group, "Kontinuitet");
  EXPECT_THAT(o.indicators[1].sotkanet, ElementsAre(5956));
  EXPECT_THAT(o.indicators[2].sotkanet, ElementsAre(3332, 4771));
  EXPECT_THAT(o.indicators[2].footnotes, ElementsAre("1"));
  ASSERT_EQ(p.footnotes.size(), 1u);
  EXPECT_EQ(p.footnotes[0].text, "Till exempel Omaolo");

  EXPECT_FALSE(has_errors(diags)) << all_codes(diags);
  // Only the Swedish sheet is there.
  EXPECT_EQ(with_code(diags, "publication.sheet-missing").size(), 2u) << all_codes(diags);
  EXPECT_TRUE(with_code(diags, "publication.toc-mismatch").empty()) << all_codes(diags);
  EXPECT_TRUE(with_code(diags, "publication.isbn-mismatch").empty()) << all_codes(diags);
}

const char* kFinnish = R"(# Valtakunnalliset tavoitteet


**Kuvailulehti**


12.3.2024


## Valtakunnalliset tavoitteet


### Sosiaali- ja terveysministeriön julkaisuja 2024:7


<b>Julkaisija</b>	Sosiaali- ja terveysministeriö
<b>Yhteisötekijä</b>	Sosiaali- ja terveysministeriö
<b>Kieli</b>	suomi	<b>Sivumäärä</b>	12


## Tiivistelmä


Tavoitteet päivitettiin hallitusohjelman pohjalta.


**Asiasanat** strateginen ohjaus, hyvinvointialueet


**ISBN PDF** 978-952-00-5444-1 **ISSN PDF** 1797-9854


**Julkaisun osoite** <https://urn.fi/URN:ISBN:978-952-00-5444-1>


## Sisällys

1 Tavoitteet .....	5
1.1 Peruspalvelujen saatavuus paranee .....	5
1.1.1 Tavoitteen tausta ja tarkoitus .....	5
1.1.2 Tavoitteen mittarit .....	6


# 1 Tavoitteet


## 1.1 Peruspalvelujen saatavuus paranee


### 1.1.1 Tavoitteen tausta ja tarkoitus


Peruspalvelujen saatavuutta parannetaan koko maassa.


### 1.1.2 Tavoitteen mittarit


Tavoitteen toteutumista seurataan seuraavilla mittareilla:


- Hoitoon pääsy perusterveydenhuollossa (THL:n arvio)
- Jonottaneiden määrä (ind. 1234)
)";

TEST(PublicationFinnish, SheetAndObjective) {
  Layout l = test::layout_of(kFinnish);
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  EXPECT_EQ(p.series, "STM");
  EXPECT_EQ(p.number, "2024:7");
  EXPECT_EQ(p.isbn, "978-952-00-5444-1");
  ASSERT_EQ(p.sheets.size(), 1u);
  const DescriptionSheet& s = p.sheets[0];
  EXPECT_EQ(s.lang, "fi");
  EXPECT_EQ(s.date_text, "12.3.2024");
  EXPECT_EQ(s.title, "Valtakunnalliset tavoitteet");
  EXPECT_EQ(s.publisher, "Sosiaali- ja terveysministeriö");
  EXPECT_EQ(s.author, "Sosiaali- ja terveysministeriö");
  EXPECT_EQ(s.language, "suomi");
  EXPECT_EQ(s.pages, "12");
  ASSERT_EQ(s.abstract.size(), 1u);
  EXPECT_THAT(s.keywords, ElementsAre("strateginen ohjaus", "hyvinvointialueet"));

  ASSERT_EQ(p.objectives.size(), 1u);
  const PublicationObjective& o = p.objectives[0];
  EXPECT_EQ(o.num, "1.1");
  EXPECT_EQ(o.heading, "Peruspalvelujen saatavuus paranee");
  ASSERT_EQ(o.background.size(), 1u);
  ASSERT_EQ(o.indicator_intro.size(), 1u);
  EXPECT_EQ(o.indicator_intro[0].text,
            "Tavoitteen toteutumista seurataan seuraavilla mittareilla:");
  ASSERT_EQ(o.indicators.size(), 2u);
  EXPECT_EQ(o.indicators[0].text, "Hoitoon pääsy perusterveydenhuollossa (THL:n arvio)");
  EXPECT_EQ(o.indicators[0].assessment, "THL:n arvio");
  EXPECT_EQ(o.indicators[0].assessor, "THL");
  EXPECT_TRUE(o.indicators[0].sotkanet.empty());
  EXPECT_EQ(o.indicators[1].assessment, "");
  EXPECT_THAT(o.indicators[1].sotkanet, ElementsAre(1234));
  EXPECT_FALSE(has_errors(diags)) << all_codes(diags);
  EXPECT_TRUE(with_code(diags, "publication.toc-mismatch").empty()) << all_codes(diags);
}

// ---- Findings ---------------------------------------------------------------------------------

// A layout built by hand, for shapes the layout stage does not produce from markdown today.
Block block(BlockKind kind, std::string text, std::size_t line, std::string label = "") {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.lines = {line, line};
  b.label = std::move(label);
  return b;
}

Block heading(std::string text, std::size_t line, std::size_t level = 2) {
  Block b = block(BlockKind::heading, std::move(text), line);
  b.level = level;
  return b;
}

Block toc_entry(std::string text, std::string page, std::size_t line) {
  Block b = block(BlockKind::toc_entry, std::move(text), line);
  b.page = std::move(page);
  return b;
}

Block row(std::vector<std::string> cells, std::size_t line) {
  Block b = block(BlockKind::table_row, "", line);
  for (auto& c : cells) {
    if (!b.text.empty()) b.text += ' ';
    b.text += c;
    b.cells.push_back(Cell{c, 0});
  }
  return b;
}

Layout hand_layout(std::vector<Block> blocks) {
  Layout l;
  l.file = "hand.txt";
  l.blocks = std::move(blocks);
  return l;
}

TEST(PublicationFindings, HeadingWrappedOverTwoHeadingsMatchesItsContentsEntry) {
  Layout l = hand_layout({
      heading("Innehåll", 1),
      toc_entry("1.1 Den informationshantering som stöder det kundorienterade förnyandet", "3", 2),
      toc_entry("1.2 Ett andra mål", "4", 3),
      heading("1.1 Den informationshantering som stöder det kundorienterade", 5),
      heading("förnyandet", 6, 3),
      heading("1.1.1 Målets bakgrund och syfte", 7),
      block(BlockKind::paragraph, "Bakgrund.", 8),
      heading("1.2 Ett annat mål", 10),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  auto found = with_code(diags, "publication.toc-mismatch");
  ASSERT_EQ(found.size(), 1u) << all_codes(diags);
  EXPECT_EQ(found[0]->line, 3u);
  EXPECT_THAT(found[0]->message, HasSubstr("'1.2 Ett andra mål'"));
  EXPECT_THAT(found[0]->message, HasSubstr("'1.2 Ett annat mål' (line 10)"));
  // 1.2 is a sibling of an objective, so an objective too, with nothing in it.
  ASSERT_EQ(p.objectives.size(), 2u);
  EXPECT_EQ(p.objectives[0].heading,
            "Den informationshantering som stöder det kundorienterade förnyandet");
  EXPECT_EQ(p.objectives[0].heading_lines, (LineSpan{5, 6}));
  EXPECT_TRUE(with_code(diags, "publication.objective-unplaced").empty()) << all_codes(diags);
  EXPECT_EQ(p.objectives[1].num, "1.2");
  auto empty = with_code(diags, "publication.objective-no-indicators");
  ASSERT_EQ(empty.size(), 2u) << all_codes(diags);
  EXPECT_EQ(empty[1]->line, 10u);
  EXPECT_EQ(with_code(diags, "publication.objective-no-background").size(), 1u);
}

TEST(PublicationFindings, ContentsEntryWithoutHeadingAndHeadingOutsideContents) {
  Layout l = hand_layout({
      heading("Innehåll", 1),
      toc_entry("1 Bakgrund", "3", 2),
      toc_entry("2 Målen", "4", 3),
      heading("1 Bakgrund", 5),
      heading("3 Bilagor", 7),
  });
  Diagnostics diags;
  parse_publication(l, test::repo_rules(), diags);
  auto missing = with_code(diags, "publication.toc-no-heading");
  ASSERT_EQ(missing.size(), 1u) << all_codes(diags);
  EXPECT_EQ(missing[0]->line, 3u);
  auto extra = with_code(diags, "publication.heading-not-in-toc");
  ASSERT_EQ(extra.size(), 1u) << all_codes(diags);
  EXPECT_EQ(extra[0]->line, 7u);
}

TEST(PublicationFindings, IdentifiersThatDisagreeOrAreWrong) {
  Layout l = hand_layout({
      block(BlockKind::paragraph, "ISBN pdf: 978-952-00-5444-1", 1),
      block(BlockKind::paragraph, "ISSN pdf: 1797-9855", 2),
      heading("Presentationsblad", 3),
      row({"ISBN PDF", "978-952-00-5445-8"}, 4),
      row({"URN-adress", "https://urn.fi/URN:ISBN:978-952-00-9999-9"}, 5),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  EXPECT_EQ(p.isbn, "978-952-00-5444-1");  // the first one given
  auto isbn = with_code(diags, "publication.isbn-mismatch");
  ASSERT_EQ(isbn.size(), 1u) << all_codes(diags);
  EXPECT_EQ(isbn[0]->line, 4u);
  EXPECT_THAT(isbn[0]->message, HasSubstr("on line 1"));
  EXPECT_EQ(with_code(diags, "publication.issn-checksum").size(), 1u) << all_codes(diags);
  EXPECT_TRUE(with_code(diags, "publication.isbn-checksum").empty()) << all_codes(diags);
  EXPECT_EQ(with_code(diags, "publication.urn-mismatch").size(), 1u) << all_codes(diags);
}

TEST(PublicationFindings, MissingIdentifiersSheetsAndSheetFields) {
  Layout l = hand_layout({
      heading("Titeln", 1, 1),
      heading("Kuvailulehti", 2),
      block(BlockKind::paragraph, "1.2.2024", 3),
      row({"Julkaisija", "Sosiaali- ja terveysministeriö"}, 4),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  ASSERT_EQ(p.sheets.size(), 1u);
  EXPECT_EQ(p.sheets[0].publisher, "Sosiaali- ja terveysministeriö");
  EXPECT_EQ(with_code(diags, "publication.isbn-missing").size(), 1u) << all_codes(diags);
  EXPECT_EQ(with_code(diags, "publication.issn-missing").size(), 1u);
  EXPECT_EQ(with_code(diags, "publication.urn-missing").size(), 1u);
  auto sheets = with_code(diags, "publication.sheet-missing");
  ASSERT_EQ(sheets.size(), 2u) << all_codes(diags);  // Swedish and English
  std::string fields;
  for (const Diagnostic* d : with_code(diags, "publication.sheet-field-missing"))
    fields += d->message + "\n";
  for (const char* f : {"title", "series", "language", "page count", "abstract", "keywords"})
    EXPECT_THAT(fields, HasSubstr("has no " + std::string(f)));
  EXPECT_THAT(fields, ::testing::Not(HasSubstr("has no publisher")));
  EXPECT_THAT(fields, ::testing::Not(HasSubstr("has no date")));
}

TEST(PublicationFindings, SheetsThatDisagree) {
  Layout l = hand_layout({
      heading("Presentationsblad", 1),
      block(BlockKind::paragraph, "5.2.2024", 2),
      heading("Social- och hälsovårdsministeriets publikationer 2024:6", 3),
      row({"Språk", "svenska", "Sidantal", "20"}, 4),
      heading("Kuvailulehti", 6),
      block(BlockKind::paragraph, "6.2.2024", 7),
      heading("Sosiaali- ja terveysministeriön julkaisuja 2024:7", 8),
      row({"Kieli", "suomi", "Sivumäärä", "21"}, 9),
  });
  Diagnostics diags;
  parse_publication(l, test::repo_rules(), diags);
  auto mismatch = with_code(diags, "publication.sheet-mismatch");
  ASSERT_EQ(mismatch.size(), 3u) << all_codes(diags);  // date, page count, language
  EXPECT_THAT(mismatch[0]->message, HasSubstr("date '6.2.2024'"));
  EXPECT_THAT(mismatch[1]->message, HasSubstr("page count '21'"));
  EXPECT_THAT(mismatch[2]->message, HasSubstr("language 'suomi'"));
  auto series = with_code(diags, "publication.series-mismatch");
  ASSERT_EQ(series.size(), 1u) << all_codes(diags);
  EXPECT_EQ(series[0]->line, 8u);
}

TEST(PublicationFindings, AbstractBesideItsLabelAndLabelWordsInsideIt) {
  Layout l = hand_layout({
      heading("Description sheet", 1),
      heading("5 February 2024", 2),
      row({"Abstract", "The objectives were updated."}, 3),
      block(BlockKind::paragraph, "Language skills are taken into account.", 4),
      row({"Keywords", "guidance, counties"}, 5),
      // Bold lost: label and value in one paragraph, outside the abstract.
      block(BlockKind::paragraph, "Language English", 6),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  ASSERT_EQ(p.sheets.size(), 1u);
  const DescriptionSheet& s = p.sheets[0];
  EXPECT_EQ(s.lang, "en");
  ASSERT_TRUE(s.date.has_value());
  EXPECT_EQ(s.date->iso(), "2024-02-05");
  ASSERT_EQ(s.abstract.size(), 2u);
  EXPECT_EQ(s.abstract[0].text, "The objectives were updated.");
  EXPECT_EQ(s.abstract[1].text, "Language skills are taken into account.");
  EXPECT_THAT(s.keywords, ElementsAre("guidance", "counties"));
  EXPECT_EQ(s.language, "English");
}

TEST(PublicationFindings, FootnotesMissingAndUnreferenced) {
  Block ref = block(BlockKind::paragraph, "Text med en not.", 1);
  ref.footnote_refs.push_back(FootnoteRef{"3", 5});
  Layout l = hand_layout({
      heading("Presentationsblad", 2),
      ref,
      block(BlockKind::footnote, "En not som ingen hänvisar till.", 4, "4"),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  ASSERT_EQ(p.footnotes.size(), 1u);
  EXPECT_EQ(p.footnotes[0].label, "4");
  auto missing = with_code(diags, "publication.footnote-missing");
  ASSERT_EQ(missing.size(), 1u) << all_codes(diags);
  EXPECT_EQ(missing[0]->line, 1u);
  auto unreferenced = with_code(diags, "publication.footnote-unreferenced");
  ASSERT_EQ(unreferenced.size(), 1u);
  EXPECT_EQ(unreferenced[0]->line, 4u);
}

TEST(PublicationFindings, ObjectiveNumberingGap) {
  Layout l = hand_layout({
      heading("2.1 Första målet", 1),
      heading("2.1.2 Målets mätare", 2),
      block(BlockKind::list_item, "Mätare (ind. 12)", 3, "-"),
      heading("2.3 Tredje målet", 5),
      heading("2.3.2 Målets mätare", 6),
      block(BlockKind::list_item, "Mätare (ind. 12)", 7, "-"),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  ASSERT_EQ(p.objectives.size(), 2u);
  auto gap = with_code(diags, "publication.objective-numbering");
  ASSERT_EQ(gap.size(), 1u) << all_codes(diags);
  EXPECT_EQ(gap[0]->line, 5u);
  EXPECT_THAT(gap[0]->message, HasSubstr("2.2 was expected"));
  auto repeated = with_code(diags, "publication.sotkanet-repeated");
  ASSERT_EQ(repeated.size(), 1u) << all_codes(diags);
  EXPECT_EQ(repeated[0]->line, 7u);
}

TEST(PublicationFindings, SotkanetNumbersAndSources) {
  Layout l = hand_layout({
      heading("1.1 Målet", 1),
      heading("1.1.2 Målets mätare", 2),
      // A no-break and a thin space between thousands; numbers after a comma go on.
      block(BlockKind::list_item, "A (ind. 5\u00A0956)", 3, "-"),
      block(BlockKind::list_item, "B (ind. 12\u2009345 och 7)", 4, "-"),
      block(BlockKind::list_item, "C (ind. 101, 102; THL:s bedömning)", 5, "-"),
      block(BlockKind::list_item, "D (Statskontorets uppskattning)", 6, "-"),
      block(BlockKind::list_item, "E (Okänd myndighets bedömning)", 7, "-"),
      block(BlockKind::list_item, "F (ind. 99999999999999) (ind.", 8, "-"),
      block(BlockKind::list_item, "[☒]", 9, "☒"),
      // A short heading names a group; a long one is an indicator taken for a heading.
      heading("Samordning", 10),
      heading("Välfärdsområdet har vidtagit åtgärder för att samordna viktiga informationssystem",
              11),
  });
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  ASSERT_EQ(p.objectives.size(), 1u);
  const auto& inds = p.objectives[0].indicators;
  ASSERT_EQ(inds.size(), 7u);  // a mark without text is no indicator
  EXPECT_THAT(inds[0].sotkanet, ElementsAre(5956));
  EXPECT_THAT(inds[1].sotkanet, ElementsAre(12345, 7));
  EXPECT_THAT(inds[2].sotkanet, ElementsAre(101, 102));
  EXPECT_EQ(inds[2].assessment, "THL:s bedömning");
  EXPECT_EQ(inds[3].assessment, "Statskontorets uppskattning");
  EXPECT_EQ(inds[3].assessor, "VK");
  EXPECT_EQ(inds[4].assessment, "Okänd myndighets bedömning");
  EXPECT_EQ(inds[4].assessor, "");
  EXPECT_EQ(with_code(diags, "publication.assessor-unknown").size(), 1u) << all_codes(diags);
  EXPECT_TRUE(inds[5].sotkanet.empty());  // too long to be a Sotkanet number
  EXPECT_EQ(inds[6].group, "Samordning");
  EXPECT_THAT(inds[6].text, StartsWith("Välfärdsområdet har vidtagit"));
  EXPECT_EQ(inds[0].group, "");
}

// ---- Robustness -------------------------------------------------------------------------------

void expect_sane(const Layout& l, const Publication& p, const Diagnostics& diags) {
  for (const Diagnostic& d : diags) {
    EXPECT_EQ(d.file, l.file);
    EXPECT_TRUE(d.code.rfind("publication.", 0) == 0) << d.code;
    EXPECT_FALSE(d.message.empty());
  }
  for (const DescriptionSheet& s : p.sheets) {
    EXPECT_FALSE(s.lang.empty());
    EXPECT_LE(s.lines.first, s.lines.last);
    for (const std::string& k : s.keywords) EXPECT_FALSE(k.empty());
  }
  for (const PublicationObjective& o : p.objectives) {
    EXPECT_FALSE(o.num.empty());
    EXPECT_LE(o.lines.first, o.lines.last);
    for (const Indicator& i : o.indicators) {
      EXPECT_FALSE(i.text.empty()) << o.num;
      EXPECT_GE(i.lines.first, o.lines.first);
      EXPECT_LE(i.lines.last, o.lines.last);
    }
  }
  for (const TocEntry& e : p.toc) EXPECT_FALSE(e.title.empty());
}

TEST(PublicationRobustness, CorpusTruncatedAtEveryTenth) {
  const Layout& full = corpus().layout;
  for (int tenth = 0; tenth <= 10; ++tenth) {
    SCOPED_TRACE(tenth);
    Layout l = full;
    l.blocks.resize(full.blocks.size() * static_cast<std::size_t>(tenth) / 10);
    Diagnostics diags;
    Publication p;
    EXPECT_NO_THROW(p = parse_publication(l, test::repo_rules(), diags));
    expect_sane(l, p, diags);
    EXPECT_LE(p.objectives.size(), 8u);
    if (tenth == 10) {
      EXPECT_EQ(p.objectives.size(), 8u);
    }
  }
}

TEST(PublicationRobustness, CorpusTruncatedAtEveryBlockAndFromTheFront) {
  const Layout& full = corpus().layout;
  for (std::size_t n = 0; n < full.blocks.size(); ++n) {
    SCOPED_TRACE(n);
    Layout head = full, tail = full;
    head.blocks.resize(n);
    tail.blocks.erase(tail.blocks.begin(), tail.blocks.begin() + static_cast<std::ptrdiff_t>(n));
    Diagnostics d1, d2;
    Publication p1 = parse_publication(head, test::repo_rules(), d1);
    Publication p2 = parse_publication(tail, test::repo_rules(), d2);
    expect_sane(head, p1, d1);
    expect_sane(tail, p2, d2);
  }
}

TEST(PublicationRobustness, EmptyLayout) {
  Layout l;
  l.file = "empty.txt";
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  EXPECT_TRUE(p.sheets.empty());
  EXPECT_TRUE(p.objectives.empty());
  ASSERT_EQ(diags.size(), 1u) << all_codes(diags);
  EXPECT_EQ(diags[0].code, "publication.not-found");
  EXPECT_EQ(diags[0].line, 0u);
}

TEST(PublicationRobustness, DecisionIsNoPublication) {
  Layout l = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
  Diagnostics diags;
  Publication p = parse_publication(l, test::repo_rules(), diags);
  expect_sane(l, p, diags);
  EXPECT_TRUE(p.sheets.empty());
  EXPECT_TRUE(p.objectives.empty());
  EXPECT_TRUE(p.isbn.empty());
  ASSERT_EQ(diags.size(), 1u) << all_codes(diags);
  EXPECT_EQ(diags[0].code, "publication.not-found");
  EXPECT_EQ(diags[0].line, 1u);
}

TEST(PublicationRobustness, LabelsAndMarkersCutOffAtTheEnd) {
  for (const Block& last :
       {heading("Presentationsblad", 1), heading("Keywords", 1), heading("ISBN PDF", 1),
        row({"Nyckelord"}, 1), row({"Språk", "svenska", "Sidantal"}, 1), heading("Referat", 1),
        block(BlockKind::paragraph, "ISBN pdf:", 1), heading("2.1.2 Målets mätare", 1),
        heading("Målet följs upp med hjälp av följande mätare:", 1),
        block(BlockKind::paragraph, "(ind. (ind. 5 95", 1), block(BlockKind::paragraph, "))((", 1),
        toc_entry("", "", 1), row({}, 1), heading("", 1)}) {
    SCOPED_TRACE(last.text);
    Layout l = hand_layout({heading("Presentationsblad", 0), heading("2.1 Mål", 0), last});
    Diagnostics diags;
    Publication p;
    EXPECT_NO_THROW(p = parse_publication(l, test::repo_rules(), diags));
    expect_sane(l, p, diags);
  }
}

// Text made of the publication's own markers in random order: every part half there.
TEST(PublicationRobustness, ShuffledMarkers) {
  const std::vector<std::string> pieces = {"# ",
                                           "## ",
                                           "**",
                                           "<b>",
                                           "</b>",
                                           "\t",
                                           "\n",
                                           "\n\n",
                                           "Presentationsblad",
                                           "Kuvailulehti",
                                           "Description sheet",
                                           "Referat",
                                           "Nyckelord",
                                           "Keywords",
                                           "ISBN PDF",
                                           "ISSN pdf:",
                                           "URN-adress",
                                           "978-952-00-5444-1",
                                           "1797-9854",
                                           "2024:6",
                                           "publikationer",
                                           "5.2.2024",
                                           "Social- och hälsovårdsministeriets",
                                           "Innehåll",
                                           "2.1 ",
                                           "2.1.1 ",
                                           "2.1.2 ",
                                           "1 ",
                                           "Målets bakgrund och syfte",
                                           "Målets mätare",
                                           "Målet följs upp med hjälp av följande mätare:",
                                           "(ind. 5 956)",
                                           "(THL:s bedömning)",
                                           "(",
                                           ")",
                                           "[☒](#) ",
                                           "- ",
                                           "<sup>1</sup>",
                                           "Tillgång",
                                           " .....\t7",
                                           "ä",
                                           "—",
                                           ":",
                                           ", "};
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const std::size_t n = 20 + next() % 200;
    for (std::size_t i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    Layout l = test::layout_of(text);
    Diagnostics diags;
    Publication p;
    ASSERT_NO_THROW(p = parse_publication(l, test::repo_rules(), diags)) << text;
    expect_sane(l, p, diags);
  }
}

TEST(PublicationRobustness, NoVocabulary) {
  Rules none;
  Diagnostics diags;
  Publication p = parse_publication(corpus().layout, none, diags);
  EXPECT_TRUE(p.sheets.empty());
  EXPECT_TRUE(p.objectives.empty());
  EXPECT_EQ(p.footnotes.size(), 2u);  // markup, not vocabulary
  EXPECT_EQ(p.toc.size(), 27u);
  EXPECT_EQ(with_code(diags, "publication.no-vocabulary").size(), 1u) << all_codes(diags);
}

TEST(PublicationRules, MalformedLinesAreReported) {
  const auto dir = std::filesystem::temp_directory_path() / "tolk_publication_rules_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sv");
  {
    std::ofstream out(dir / "sv" / "publication.tsv");
    out << "# comment\n"
           "sheet\tPresentationsblad\n"
           "ministry\tFinansministeriets\n"  // no series code
           "colour\tblå\n"                   // no such field
           "keywords\tNyckelord\textra\n";   // one field too many
  }
  Rules rules;
  rules.dir = dir;
  rules.languages["sv"].code = "sv";
  Diagnostics diags;
  Layout l = hand_layout({heading("Presentationsblad", 1)});
  Publication p = parse_publication(l, rules, diags);
  EXPECT_EQ(p.sheets.size(), 1u);  // the good line still counts
  auto bad = with_code(diags, "rules.bad-line");
  ASSERT_EQ(bad.size(), 2u) << all_codes(diags);
  EXPECT_EQ(bad[0]->line, 3u);
  EXPECT_EQ(bad[1]->line, 5u);
  EXPECT_EQ(bad[0]->severity, Severity::error);
  EXPECT_THAT(bad[0]->file, ::testing::EndsWith("sv/publication.tsv"));
  auto unknown = with_code(diags, "rules.unknown-field");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0]->line, 4u);
  std::filesystem::remove_all(dir);
}

TEST(PublicationRules, RepositoryFilesLoadCleanly) {
  Diagnostics diags;
  Layout l = hand_layout({});
  parse_publication(l, test::repo_rules(), diags);
  for (const Diagnostic& d : diags)
    EXPECT_NE(d.code.rfind("rules.", 0), 0u) << format_diagnostic(d);
}

}  // namespace
}  // namespace tolk
