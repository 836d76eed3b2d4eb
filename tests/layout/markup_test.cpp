// One test per markdown or HTML debris rule of the publication.
#include "layout/markup.h"

#include <gtest/gtest.h>

namespace tolk {
namespace {

TEST(Markup, HtmlTagsAreRemovedTheirTextKept) {
  CleanLine c = clean_line("<b>Utgivare</b>\tSocial- och hälsovårdsministeriet\t\t");
  EXPECT_EQ(c.text, "Utgivare\tSocial- och hälsovårdsministeriet");
  EXPECT_NE(std::find(c.marks.begin(), c.marks.end(), "markup.html-tag"), c.marks.end());
}

TEST(Markup, MarkdownHeadingGivesItsLevel) {
  CleanLine c = clean_line("### 2.1 Ökad tillgång, kontinuitet");
  EXPECT_EQ(c.heading_level, 3u);
  EXPECT_EQ(c.text, "2.1 Ökad tillgång, kontinuitet");
}

TEST(Markup, BoldOnlyLine) {
  CleanLine c = clean_line("**Presentationsblad**");
  EXPECT_TRUE(c.bold_only);
  EXPECT_EQ(c.text, "Presentationsblad");
}

TEST(Markup, BoldLabelsAndValuesBecomeCells) {
  CleanLine c = clean_line("**ISBN PDF** 978-952-00-5444-1 **ISSN PDF** 1797-9854");
  EXPECT_EQ(c.bold_lead,
            (std::vector<std::string>{"ISBN PDF", "978-952-00-5444-1", "ISSN PDF", "1797-9854"}));
  CleanLine k = clean_line("**Asiasanat** strateginen ohjaus, hyvinvointialueet");
  EXPECT_EQ(k.bold_lead,
            (std::vector<std::string>{"Asiasanat", "strateginen ohjaus, hyvinvointialueet"}));
}

TEST(Markup, CheckboxLinksSplitListItems) {
  CleanLine c = clean_line("mätare: [☒](#) Det nationella [☒](#) Kostnadsandel");
  EXPECT_EQ(c.text, "mätare:  Det nationella  Kostnadsandel");
  ASSERT_EQ(c.splits.size(), 2u);
  EXPECT_EQ(c.text.substr(c.splits[1].offset), " Kostnadsandel");
  EXPECT_EQ(c.splits[0].label, "☒");
}

TEST(Markup, HtmlCheckboxSplitsListItems) {
  CleanLine c =
      clean_line("<a href=\"#\">☒</a>\tAntalet årsverken\t<a href=\"#\">☒</a>\tPersonalens");
  ASSERT_EQ(c.splits.size(), 2u);
  EXPECT_EQ(c.splits[0].offset, 0u);
}

TEST(Markup, FootnoteReferenceIsTakenOut) {
  CleanLine c = clean_line("vårdförhållande<sup>1</sup> (THL:s bedömning)");
  EXPECT_EQ(c.text, "vårdförhållande (THL:s bedömning)");
  ASSERT_EQ(c.footnote_refs.size(), 1u);
  EXPECT_EQ(c.footnote_refs[0].label, "1");
  EXPECT_EQ(c.footnote_refs[0].offset, std::string("vårdförhållande").size());
}

TEST(Markup, FootnoteDefinition) {
  CleanLine c = clean_line("<sup>2</sup> Till exempel Omaolo");
  ASSERT_TRUE(c.footnote_label.has_value());
  EXPECT_EQ(*c.footnote_label, "2");
  EXPECT_EQ(c.text, "Till exempel Omaolo");
}

TEST(Markup, DotLeaderContentsLine) {
  CleanLine c = clean_line("<b>1 Bakrund</b> .....\t8");
  ASSERT_TRUE(c.toc_page.has_value());
  EXPECT_EQ(*c.toc_page, "8");
  EXPECT_EQ(c.text, "1 Bakrund");
  CleanLine w = clean_line("2.8 det kundorienterade ..... förnyandet av verksamheten.....\t19");
  EXPECT_EQ(w.text, "2.8 det kundorienterade förnyandet av verksamheten");
  EXPECT_EQ(*w.toc_page, "19");
  // The leader is the last run of four dots or more before the page number, with the white
  // space around it; a page number has at most four digits.
  CleanLine x = clean_line("Bilaga 2 ...... 1234  ");
  EXPECT_EQ(x.text, "Bilaga 2");
  EXPECT_EQ(*x.toc_page, "1234");
  EXPECT_FALSE(clean_line("Bilaga 2 ...... 12345").toc_page.has_value());
  EXPECT_FALSE(clean_line("Bilaga 2 ... 12").toc_page.has_value());
  EXPECT_FALSE(clean_line("Bilaga 2 ...... 12 a").toc_page.has_value());
  EXPECT_FALSE(clean_line("...... 12").toc_page.has_value());  // no title
  EXPECT_EQ(clean_line("Mål.... .....7").text, "Mål");         // an inner leader is a space
}

TEST(Markup, HorizontalRulesAndTableRules) {
  EXPECT_TRUE(clean_line("---").horizontal_rule);
  EXPECT_TRUE(clean_line("————").horizontal_rule);
  EXPECT_TRUE(clean_line("-----------------\t-------------------\t-----------").horizontal_rule);
  EXPECT_FALSE(clean_line("- Andel").horizontal_rule);
  EXPECT_TRUE(clean_line("– – –").horizontal_rule);
  EXPECT_TRUE(clean_line("* * *").horizontal_rule);
  EXPECT_TRUE(clean_line("_=_").horizontal_rule);
  EXPECT_FALSE(clean_line("--- x").horizontal_rule);
  EXPECT_FALSE(clean_line("——…").horizontal_rule);
}

TEST(Markup, LinksKeepTheirTextAutolinksTheirAddress) {
  EXPECT_EQ(clean_line("[stm.fi/sv/publikationer](http://stm.fi/sv/publikationer)").text,
            "stm.fi/sv/publikationer");
  EXPECT_EQ(clean_line("**URN-adress** <https://urn.fi/URN:ISBN:978-952-00-5444-1>").bold_lead[1],
            "https://urn.fi/URN:ISBN:978-952-00-5444-1");
}

TEST(Markup, BulletIsTakenOutAndLostBulletsSplit) {
  CleanLine c = clean_line("-  Minskning av arbetsuppgifterna  Utökning av rekryteringen");
  ASSERT_TRUE(c.bullet.has_value());
  EXPECT_EQ(*c.bullet, "-");
  ASSERT_EQ(c.splits.size(), 1u);
  EXPECT_EQ(c.text.substr(c.splits[0].offset), "Utökning av rekryteringen");
}

TEST(Markup, BulletBeforeCheckbox) {
  CleanLine c = clean_line("- [☒](#) Upplevelse av mycket svag delaktighet, % (ind. 404)");
  EXPECT_TRUE(c.bullet.has_value());
  ASSERT_EQ(c.splits.size(), 1u);
  EXPECT_EQ(c.splits[0].offset, 0u);
}

TEST(Markup, PlainTextIsUntouched) {
  CleanLine c = clean_line("Beslut: Päätös < 5 % & 3 > 2");
  EXPECT_EQ(c.text, "Beslut: Päätös < 5 % & 3 > 2");
  EXPECT_TRUE(c.marks.empty());
}

}  // namespace
}  // namespace tolk
