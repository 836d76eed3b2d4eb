// One test per layout rule with the smallest text that needs it, Swedish and Finnish.
#include "layout/layout.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

using test::layout_of;

std::vector<std::string> texts(const Layout& l) {
  std::vector<std::string> out;
  for (const auto& b : l.blocks) out.push_back(b.text);
  return out;
}

bool has_explanation(const Layout& l, const std::string& rule) {
  for (const auto& e : l.explain)
    if (e.rule == rule) return true;
  return false;
}

TEST(Layout, HardWrappedLinesJoinAndBlankLineEndsParagraph) {
  Layout l = layout_of(
      "Målen består av mål som gäller\nverksamheten.\n\nMål för verksamheten:\n\n1) "
      "Välfärdsområdet ska främja.\n");
  ASSERT_EQ(l.blocks.size(), 3u);
  EXPECT_EQ(l.blocks[0].text, "Målen består av mål som gäller verksamheten.");
  EXPECT_EQ(l.blocks[0].lines, (LineSpan{1, 2}));
  EXPECT_EQ(l.blocks[1].kind, BlockKind::heading);
  EXPECT_EQ(l.blocks[2].kind, BlockKind::list_item);
  EXPECT_EQ(l.blocks[2].label, "1)");
  EXPECT_EQ(l.blocks[2].lines, (LineSpan{6, 6}));
}

TEST(Layout, EveryKindOfWhiteSpaceInALineBecomesOneSpace) {
  // No-break space, em space, ideographic space, tab: one space each run; characters whose
  // UTF-8 begins as white space's does ("–", "…", "€") are text.
  Layout l =
      layout_of("Välfärds\u00A0\u00A0området  ska\u2003främja –\u3000hälsa…\tkostnader 5\u00A0€\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text, "Välfärds området ska främja – hälsa… kostnader 5 €");
}

TEST(Layout, DehyphenatesAcrossLines) {
  Layout l =
      layout_of("för skötseln av välfärds-\nområdenas uppgifter inom social-\noch hälsovården.\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text,
            "för skötseln av välfärdsområdenas uppgifter inom social- och hälsovården.");
  EXPECT_TRUE(has_explanation(l, "dehyphen.join.default"));
  EXPECT_TRUE(has_explanation(l, "dehyphen.keep.suspended"));
}

TEST(Layout, DehyphenatesFinnish) {
  Layout l = layout_of(
      "hyvinvointi-\nalueiden sosiaali-\nja terveydenhuollon ja tasa-\narvon tehtävät.\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text,
            "hyvinvointialueiden sosiaali- ja terveydenhuollon ja tasa-arvon tehtävät.");
}

TEST(Layout, PageBreakInsideAParagraphDoesNotEndIt) {
  Layout l = layout_of("säkerställa ordnandet av tjäns-\n terna i alla situationer.\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text, "säkerställa ordnandet av tjänsterna i alla situationer.");
  EXPECT_EQ(l.blocks[0].lines, (LineSpan{1, 2}));
}

TEST(Layout, PageBreakAfterAFinishedSentenceBeforeACapitalEndsTheParagraph) {
  Layout l = layout_of(
      "toiminnan vaikuttavuutta parantaen.\n Alueellisen ja valtakunnallisen "
      "valmiuden\ntavoitteena on vastata uhkiin.\n");
  ASSERT_EQ(l.blocks.size(), 2u);
  EXPECT_EQ(l.blocks[1].lines, (LineSpan{2, 3}));
  EXPECT_TRUE(has_explanation(l, "paragraph.page-break-ends"));
}

// A rule ("————", a separator the PDF drew) with no blank line around it, after a finished
// sentence: the paragraph ends there, and the rule is debris.
TEST(Layout, RuleAfterAFinishedSentenceEndsTheParagraph) {
  Layout fi = layout_of(
      "ja sen kehittämispotentiaali on suuri.\n ————\nTämä päätös tulee voimaan 1 päivänä "
      "kesäkuuta 2025.\n");
  ASSERT_EQ(fi.blocks.size(), 2u);
  EXPECT_EQ(fi.blocks[1].text, "Tämä päätös tulee voimaan 1 päivänä kesäkuuta 2025.");
  EXPECT_TRUE(has_explanation(fi, "paragraph.rule-ends"));
  ASSERT_EQ(fi.debris.size(), 1u);
  EXPECT_EQ(fi.debris[0].rule, "debris.horizontal-rule");
  Layout sv = layout_of(
      "och dess utvecklingspotential är stor.\n———\nDetta beslut träder i kraft den 1 juni "
      "2025.\n");
  EXPECT_EQ(sv.blocks.size(), 2u);
  // Mid-sentence, the rule is debris and the sentence goes on.
  Layout mid = layout_of("och dess utvecklings-\n———\npotential är stor.\n");
  EXPECT_EQ(mid.blocks.size(), 1u);
}

TEST(Layout, PageBreakAfterAnAbbreviationDoesNotEndTheParagraph) {
  Layout l = layout_of("inom olika sektorer, bl.a.\n Kommunerna och organisationerna.\n");
  EXPECT_EQ(l.blocks.size(), 1u);
}

TEST(Layout, PageBreakBeforeANumberedHeadingEndsTheParagraph) {
  Layout l = layout_of(
      "ska tryggas även under exceptionella förhållanden.\n 2) Välfärdsområdet ska "
      "säkerställa\natt tjänsterna fungerar.\n");
  ASSERT_EQ(l.blocks.size(), 2u);
  EXPECT_EQ(l.blocks[1].label, "2)");
}

TEST(Layout, FormFeedMarksAPageBreak) {
  Text t = test::text_of("Denna förordning träder i kraft.\nHelsingfors den 28 maj 2025\n");
  t.form_feed_lines = {2};
  Layout l = layout(t, test::repo_rules());
  EXPECT_EQ(l.blocks.size(), 2u);
}

TEST(Layout, SwedishPageHeaderIsDebrisAndKeptAsData) {
  Layout l = layout_of(
      "Ordföranden öppnade mötet kl. 12.00.\n\nProtokoll\n\nÄrendenummer: VN/29738/2024\n\nDatum: "
      "29.1.2025\n 2. Konstaterande av deltagarna\n");
  ASSERT_EQ(l.debris.size(), 3u);
  EXPECT_EQ(l.debris[0].reason, "page header");
  ASSERT_EQ(l.header_fields.size(), 2u);
  EXPECT_EQ(l.header_fields[0].field, "case_number");
  EXPECT_EQ(l.header_fields[0].value, "VN/29738/2024");
  EXPECT_EQ(l.header_fields[0].line, 5u);
  EXPECT_EQ(l.header_fields[1].value, "29.1.2025");
  for (const auto& b : l.blocks) EXPECT_EQ(b.text.find("Ärendenummer"), std::string::npos);
  EXPECT_EQ(l.blocks.back().kind, BlockKind::heading);
}

TEST(Layout, FinnishPageHeaderInsideAParagraphDoesNotSplitIt) {
  Layout l = layout_of(
      "Alueen edustajat kertoivat, että palvelujen saatavuus on\nPöytäkirja\nAsianumero: "
      "VN/1/2024\nPäivämäärä: 2.2.2025\n parantunut.\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text,
            "Alueen edustajat kertoivat, että palvelujen saatavuus on parantunut.");
  EXPECT_EQ(l.debris.size(), 3u);
}

// In a double-spaced protocol the page header brings blank lines of its own: they are no paragraph
// gap, also before a line that begins with a capital (a name).
TEST(Layout, PageHeaderInsideADoubleSpacedParagraphDoesNotSplitIt) {
  Layout l = layout_of(
      "Områdets representanter berättade att tillgången till tjänsterna har\n\n"
      "förbättrats under året och att man har fört diskussioner om saken med\n\n"
      "Protokoll\n\nÄrendenummer: VN/1/2024\n\nDatum: 2.2.2025\n\n"
      " Helsingfors stad och med grannområdena under hela den gångna hösten.\n\n\n"
      "Ministeriet konstaterade att samarbetet har gett goda resultat.\n");
  ASSERT_TRUE(l.double_spaced);
  ASSERT_EQ(l.blocks.size(), 2u);
  EXPECT_NE(l.blocks[0].text.find("saken med Helsingfors stad och"), std::string::npos)
      << l.blocks[0].text;
  EXPECT_EQ(l.debris.size(), 3u);
}

TEST(Layout, ALoneHeaderWordIsNotAPageHeader) {
  Layout l = layout_of("Protokoll\n\nMötet öppnades.\n");
  EXPECT_TRUE(l.debris.empty());
}

// Protocols: a blank line after every line, so blank lines do not end paragraphs.
TEST(Layout, DoubleSpacedTextJoinsWrappedLines) {
  Layout l = layout_of(
      "Institutet för hälsa och välfärd bedömer att befolkningen i området är friskare och mer "
      "utbildad\n\n"
      "än i resten av landet. De viktigaste faktorerna som påverkar servicebehovet är "
      "missbruksproblem\n\n"
      "och bostadslöshet.\n\n"
      "Beslut: THL:s observationer antecknades för kännedom.\n\n"
      "3.2 Överblick över nuläget, representanten för regionförvaltningsverkets ansvarsområde "
      "för\n\n"
      "räddningsväsendet\n\n"
      "Regionförvaltningsverkets representant bedömde läget.\n");
  EXPECT_TRUE(l.double_spaced);
  ASSERT_EQ(l.blocks.size(), 4u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].lines, (LineSpan{1, 5}));
  EXPECT_EQ(l.blocks[2].kind, BlockKind::heading);
  EXPECT_EQ(l.blocks[2].label, "3.2");
  EXPECT_EQ(l.blocks[2].text,
            "3.2 Överblick över nuläget, representanten för regionförvaltningsverkets "
            "ansvarsområde för räddningsväsendet");
}

TEST(Layout, DoubleSpacedAttendeesAreTableRows) {
  Layout l = layout_of(
      "Presidiet på plats:\n\n"
      "Ville-Veikko Ahonen  avdelningschef, FM, ordförande\n\n"
      "Tiina Snellman    direktör för strategi- och styrningsenheten, IM, andra vice\n\n"
      "ordförande\n\n"
      "Andreas Blanco Sequeiros direktör, SHM\n\n"
      "Nina Knape   ledande expert, THL\n");
  ASSERT_EQ(l.blocks.size(), 5u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(l.blocks[1].kind, BlockKind::table_row);
  ASSERT_EQ(l.blocks[2].cells.size(), 2u);
  EXPECT_EQ(l.blocks[2].cells[1].text,
            "direktör för strategi- och styrningsenheten, IM, andra vice ordförande");
  EXPECT_EQ(l.blocks[2].lines, (LineSpan{5, 7}));
  EXPECT_EQ(l.blocks[3].kind, BlockKind::table_row);  // one space between its columns
  EXPECT_EQ(l.blocks[3].cells.size(), 1u);
}

// Rows whose name and title are one space apart (a name too long for the tab stop) have no
// columns to find: under a row that has, each upper-case line starts a row of its own.
TEST(Layout, RowsOneSpaceApartUnderARowAreRowsEach) {
  Layout l = layout_of(
      "Alueen edustajat paikan päällä:\n"
      "Petri Kananen    hyvinvointialuejohtaja\n"
      "Anna-Kaisa Brask sosiaalipalvelujohtaja\n"
      "Eeva-Liisa Meripaasi talousjohtaja, strategia- ja\n"
      "integraatiopalvelut\n"
      "Matti Meikäläinen hallintojohtaja\n\n"
      "1. Kokouksen avaus\n\n"
      "Puheenjohtaja avasi kokouksen.\n");
  ASSERT_EQ(l.blocks.size(), 7u) << testing::PrintToString(texts(l));
  for (std::size_t i : {1, 2, 3, 4}) EXPECT_EQ(l.blocks[i].kind, BlockKind::table_row) << i;
  EXPECT_EQ(l.blocks[2].text, "Anna-Kaisa Brask sosiaalipalvelujohtaja");
  EXPECT_EQ(l.blocks[2].cells.size(), 1u);
  EXPECT_EQ(l.blocks[3].text,
            "Eeva-Liisa Meripaasi talousjohtaja, strategia- ja integraatiopalvelut");
  EXPECT_EQ(l.blocks[3].lines, (LineSpan{4, 5}));  // a wrapped title goes on lower case
  EXPECT_EQ(l.blocks[5].kind, BlockKind::heading);
  EXPECT_EQ(l.blocks[6].kind, BlockKind::paragraph);
  EXPECT_TRUE(has_explanation(l, "table.next-row"));
}

// The first rows of a table can be the ones without columns: the lead-in line before them, with a
// row that has columns further on, says they are rows. So does a lead-in after rows.
TEST(Layout, RowsOneSpaceApartAfterALeadInAreRowsEach) {
  Layout l = layout_of(
      "Områdets representanter på plats:\n"
      "Ville-Veikko Rajaniemi välfärdsområdesdirektör\n"
      "Veli-Matti Lindqvist ekonomi- och strategichef\n"
      "Eero Lindholm         ledande överläkare\n\n"
      "Områdets representanter på distans:\n"
      "Jari Cantell-Forsbom sektordirektör\n"
      "Leena Hakari          räddningsdirektör\n");
  ASSERT_EQ(l.blocks.size(), 7u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].kind, BlockKind::heading);
  for (std::size_t i : {1, 2, 3, 5, 6}) EXPECT_EQ(l.blocks[i].kind, BlockKind::table_row) << i;
  EXPECT_EQ(l.blocks[1].text, "Ville-Veikko Rajaniemi välfärdsområdesdirektör");
  EXPECT_EQ(l.blocks[4].text, "Områdets representanter på distans:");
  EXPECT_NE(l.blocks[4].kind, BlockKind::table_row);
}

// The same in double-spaced text, where a blank line follows every line of a table.
TEST(Layout, RowsOneSpaceApartInDoubleSpacedText) {
  Layout l = layout_of(
      "Presidiet på plats:\n\n"
      "Mikael Lindqvist   avdelningschef, FM, ordförande\n\n"
      "Anna-Kaisa Heikkinen räddningsöverinspektör, RFV i Södra Finland\n\n"
      "Jukka-Pekka Sulavuori projektassistent, FM, närvarande kl. 13.07–15.05\n\n"
      "Sari Suvanto    direktör, IM, andra vice ordförande\n");
  ASSERT_TRUE(l.double_spaced);
  ASSERT_EQ(l.blocks.size(), 5u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].kind, BlockKind::heading);
  for (std::size_t i : {1, 2, 3, 4}) EXPECT_EQ(l.blocks[i].kind, BlockKind::table_row) << i;
  EXPECT_EQ(l.blocks[2].text, "Anna-Kaisa Heikkinen räddningsöverinspektör, RFV i Södra Finland");
}

// What is not a row: text after a table past a paragraph gap, a line after a row that ends a
// sentence, and the lines after a lead-in that no row with columns follows ("Beslut:").
TEST(Layout, TextAroundATableIsNoRow) {
  Layout after = layout_of(
      "Petri Kananen    hyvinvointialuejohtaja\n"
      "Anna Brask       talousjohtaja\n\n"
      "Kokouksessa käsiteltiin\n"
      "Helsingin tilannetta ja\n"
      "Vantaan talousarviota.\n");
  ASSERT_EQ(after.blocks.size(), 3u) << testing::PrintToString(texts(after));
  EXPECT_EQ(after.blocks[2].kind, BlockKind::paragraph);
  EXPECT_EQ(after.blocks[2].lines, (LineSpan{4, 6}));

  Layout sentence = layout_of(
      "Petri Kananen    hyvinvointialuejohtaja\n"
      "Kokous alkoi klo 12.00.\n");
  ASSERT_EQ(sentence.blocks.size(), 2u) << testing::PrintToString(texts(sentence));
  EXPECT_EQ(sentence.blocks[1].kind, BlockKind::paragraph);

  Layout decision = layout_of(
      "Beslut:\n"
      "Konstaterades deltagarna\n"
      "Som presenterade sig.\n");
  ASSERT_EQ(decision.blocks.size(), 1u) << testing::PrintToString(texts(decision));
  EXPECT_FALSE(has_explanation(decision, "table.next-row"));

  // A lead-in after rows, but what follows ends a sentence, as no row does.
  Layout after_rows = layout_of(
      "Petri Kananen    hyvinvointialuejohtaja\n\n"
      "Päätös:\n"
      "Todettiin osallistujat.\n");
  ASSERT_EQ(after_rows.blocks.size(), 2u) << testing::PrintToString(texts(after_rows));
  EXPECT_EQ(after_rows.blocks[1].text, "Päätös: Todettiin osallistujat.");
}

// A check box after a line-end hyphen: the hyphen goes in the join, the item still begins with
// the next line's first letter ("socialh" + "älsovården" before).
TEST(Layout, CheckboxAfterALineEndHyphenSplitsBeforeTheNextLine) {
  Layout l = layout_of("Det gäller social-[☒](#)\nhälsovården och annat.\n");
  ASSERT_EQ(l.blocks.size(), 2u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].text, "Det gäller social");
  EXPECT_EQ(l.blocks[1].text, "hälsovården och annat.");
  EXPECT_EQ(l.blocks[1].kind, BlockKind::list_item);
}

// A dash inside a sentence that the wrap put first on a line is text, not a bullet.
TEST(Layout, ADashThatContinuesTheSentenceAboveIsNoBullet) {
  Layout l = layout_of(
      "Arvioinnissa tarvitaan tietoa resursseista\n"
      "- siis vaikuttavuudesta ja kustannusvaikuttavuudesta.\n");
  ASSERT_EQ(l.blocks.size(), 1u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].text,
            "Arvioinnissa tarvitaan tietoa resursseista - siis vaikuttavuudesta ja "
            "kustannusvaikuttavuudesta.");
  EXPECT_EQ(l.blocks[0].kind, BlockKind::paragraph);
  EXPECT_TRUE(has_explanation(l, "markup.dash-continues"));
}

// Bullets stay bullets: after a lead-in, after a line that ends a sentence, before a capital,
// and two dash lines in a row even after text that ends in a word.
TEST(Layout, DashBulletsAroundTextStayBullets) {
  for (const char* text : {
           "Tavoitteena on:\n- parantaa saatavuutta\n",
           "Tavoitteena on parantaa saatavuutta.\n- vähentää jonoja\n",
           "Tavoitteena on\n- Parantaa saatavuutta\n",
           "Tavoitteena on\n- parantaa saatavuutta\n- vähentää jonoja\n",
           "Målet är att\n– förbättra tillgången\n– korta köerna\n",
       }) {
    Layout l = layout_of(text);
    ASSERT_GE(l.blocks.size(), 2u) << text << testing::PrintToString(texts(l));
    EXPECT_EQ(l.blocks[1].kind, BlockKind::list_item) << text;
    EXPECT_FALSE(has_explanation(l, "markup.dash-continues")) << text;
  }
}

TEST(Layout, OpenParenthesisContinuesOverAShortLine) {
  Layout l = layout_of(
      "1. Helsingfors ska fortsätta att luckra upp servicestrukturen och hålla "
      "kostnadsutvecklingen under\n\n"
      "kontroll.\n\n \n\n"
      "Uppföljning och utvärdering: uppföljning av förändringsprogrammet, kostnadsutvecklingen "
      "(Källa:\n\n"
      "SK)\n\n \n\n"
      "2. Nästa rekommendation.\n");
  ASSERT_EQ(l.blocks.size(), 3u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[1].text,
            "Uppföljning och utvärdering: uppföljning av förändringsprogrammet, "
            "kostnadsutvecklingen (Källa: SK)");
}

TEST(Layout, SignatureColumnsKeepTheirPositions) {
  Layout l = layout_of("Ville-Veikko Ahonen    Kari Hakari\nAvdelningschef     Avdelningschef\n");
  ASSERT_EQ(l.blocks.size(), 2u);
  ASSERT_EQ(l.blocks[0].cells.size(), 2u);
  EXPECT_EQ(l.blocks[0].cells[1].text, "Kari Hakari");
  EXPECT_EQ(l.blocks[0].cells[1].column, 23u);
}

TEST(Layout, MarkdownHeadingWrappedOverTwoMarkedLines) {
  Layout l = layout_of(
      "### 2.1 Ökad tillgång genom ett tydligt servicesystem,\n\n#### servicenätverk och "
      "servicestyrning\n\n##### 2.1.1 Målets bakgrund och syfte\n");
  ASSERT_EQ(l.blocks.size(), 2u);
  EXPECT_EQ(
      l.blocks[0].text,
      "2.1 Ökad tillgång genom ett tydligt servicesystem, servicenätverk och servicestyrning");
  EXPECT_EQ(l.blocks[0].level, 3u);
  EXPECT_EQ(l.blocks[1].level, 5u);
}

TEST(Layout, CheckboxItemsBecomeListItemsWithTheirOwnLines) {
  Layout l = layout_of(
      "Målet följs upp med hjälp av följande mätare: [☒](#) Det nationella\nhälsoindexet (ind. "
      "1)\n[☒](#) Ackumulerat underskott\n");
  ASSERT_EQ(l.blocks.size(), 3u) << testing::PrintToString(texts(l));
  EXPECT_EQ(l.blocks[0].text, "Målet följs upp med hjälp av följande mätare:");
  EXPECT_EQ(l.blocks[1].kind, BlockKind::list_item);
  EXPECT_EQ(l.blocks[1].text, "Det nationella hälsoindexet (ind. 1)");
  EXPECT_EQ(l.blocks[1].lines, (LineSpan{1, 2}));
  EXPECT_EQ(l.blocks[2].lines, (LineSpan{3, 3}));
  EXPECT_EQ(l.blocks[2].label, "☒");
}

TEST(Layout, LowerCaseLineContinuesOverBlankLines) {
  Layout l = layout_of("Kontinuiteten inom social- och hälsovården\n\npå basnivå utvecklas.\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_TRUE(has_explanation(l, "paragraph.continues-over-blank"));
}

TEST(Layout, TabSeparatedCellsAreATableRow) {
  Layout l = layout_of("<b>Kieli</b>\truotsi\t<b>Sivumäärä</b>\t20\n");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].kind, BlockKind::table_row);
  ASSERT_EQ(l.blocks[0].cells.size(), 4u);
  EXPECT_EQ(l.blocks[0].cells[3].text, "20");
}

TEST(Layout, ContentsEntriesAndFootnotes) {
  Layout l = layout_of(
      "<b>Till läsaren</b> .....\t7\n2.1.1 Målets bakgrund och syfte .....\t11\n\nText<sup>1</sup> "
      "här.\n\n---\n\n<sup>1</sup> T.ex. Omaolo\n");
  ASSERT_EQ(l.blocks.size(), 4u);
  EXPECT_EQ(l.blocks[0].kind, BlockKind::toc_entry);
  EXPECT_EQ(l.blocks[0].page, "7");
  EXPECT_EQ(l.blocks[1].kind, BlockKind::toc_entry);
  ASSERT_EQ(l.blocks[2].footnote_refs.size(), 1u);
  EXPECT_EQ(l.blocks[2].text, "Text här.");
  EXPECT_EQ(l.blocks[3].kind, BlockKind::footnote);
  EXPECT_EQ(l.blocks[3].label, "1");
  ASSERT_EQ(l.debris.size(), 1u);
  EXPECT_EQ(l.debris[0].reason, "horizontal rule");
}

TEST(Layout, MarkupOnlyLineIsDebris) {
  Layout l = layout_of("Text.\n\n<b></b>\n");
  ASSERT_EQ(l.debris.size(), 1u);
  EXPECT_EQ(l.debris[0].rule, "debris.markup-only");
}

TEST(Layout, ShortLinesOfAnAddressAreNotHeadings) {
  Layout l = layout_of(
      "Helsingfors den 28 maj 2025\n\nKommun- och regionminister Anna-Kaisa Ikonen\n\nRegeringsråd "
      "Kirsi Ruuhonen\n");
  for (const auto& b : l.blocks) EXPECT_EQ(b.kind, BlockKind::paragraph) << b.text;
}

TEST(Layout, BlankTextGivesNoBlocksAndAnError) {
  Layout l = layout_of("  \n\t\n\n");
  EXPECT_TRUE(l.blocks.empty());
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_EQ(l.diagnostics[0].code, "layout.no-text");
  EXPECT_EQ(l.diagnostics[0].file, "test.txt");
}

}  // namespace
}  // namespace tolk
