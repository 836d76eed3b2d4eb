// One test per de-hyphenation rule, with the smallest text that needs it, Swedish and Finnish.
#include "layout/dehyphenate.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

LineJoin join(std::string_view left, std::string_view right, const HyphenEvidence& ev = {}) {
  return join_lines(left, right, ev, test::repo_rules().all);
}

TEST(Dehyphenate, PlainLinesJoinWithASpaceAndNoRule) {
  LineJoin j = join("för skötseln av", "uppgifterna");
  EXPECT_TRUE(j.space);
  EXPECT_TRUE(j.rule.empty());
}

TEST(Dehyphenate, SoftBreakInsideAWordIsJoinedSwedish) {
  LineJoin j = join("skötseln av välfärds-", "områdenas uppgifter");
  EXPECT_FALSE(j.keep_hyphen);
  EXPECT_FALSE(j.space);
  EXPECT_EQ(j.rule, "dehyphen.join.default");
  EXPECT_EQ(j.detail, "välfärds- + områdenas -> välfärdsområdenas");
}

TEST(Dehyphenate, SoftBreakInsideAWordIsJoinedFinnish) {
  LineJoin j = join("väestön hyvinvoin-", "tia, terveyttä");
  EXPECT_FALSE(j.keep_hyphen);
  EXPECT_EQ(j.rule, "dehyphen.join.default");
}

TEST(Dehyphenate, SuspendedCompoundKeepsHyphenAndSpace) {
  LineJoin sv = join("inom social-", "och hälsovården");
  EXPECT_TRUE(sv.keep_hyphen);
  EXPECT_TRUE(sv.space);
  EXPECT_EQ(sv.rule, "dehyphen.keep.suspended");
  EXPECT_EQ(join("esimerkiksi kansalais-", "tai asiakasraateja").rule, "dehyphen.keep.suspended");
  EXPECT_EQ(join("sosiaali-", "ja terveydenhuolto").rule, "dehyphen.keep.suspended");
  EXPECT_EQ(join("kunta-", "ja alueministeri").rule, "dehyphen.keep.suspended");
}

TEST(Dehyphenate, AcronymPrefixKeepsHyphen) {
  LineJoin j = join("utkontrakterats till HUS-", "sammanslutningen, där");
  EXPECT_TRUE(j.keep_hyphen);
  EXPECT_FALSE(j.space);
  EXPECT_EQ(j.rule, "dehyphen.keep.acronym");
  EXPECT_EQ(join("gemensamma IKT-", "lösningar").rule, "dehyphen.keep.acronym");
  EXPECT_EQ(join("hela FUUIK-", "verksamheten").rule, "dehyphen.keep.acronym");
}

TEST(Dehyphenate, SingleLetterPrefixKeepsHyphen) {
  EXPECT_EQ(join("olyckor samt e-", "tjänster ska").rule, "dehyphen.keep.listed");
  EXPECT_EQ(join("ja x-", "akselilla").rule, "dehyphen.keep.single-letter");
}

TEST(Dehyphenate, CapitalAfterHyphenKeepsIt) {
  LineJoin j = join("Kommun- och regionminister Anna-", "Kaisa Ikonen");
  EXPECT_TRUE(j.keep_hyphen);
  EXPECT_EQ(j.rule, "dehyphen.keep.capital");
}

TEST(Dehyphenate, FinnishSameVowelKeepsHyphen) {
  EXPECT_EQ(join("oikeudenmukaisuus ja moni-", "ilmeisyys").rule, "dehyphen.keep.same-vowel");
  EXPECT_EQ(join("turvataan oikea-", "aikainen hoito").rule, "dehyphen.keep.listed");
}

TEST(Dehyphenate, ListedWordsKeepHyphen) {
  EXPECT_EQ(join("sukupuolten tasa-", "arvon edistäminen").rule, "dehyphen.keep.listed");
}

TEST(Dehyphenate, NumbersAndRangesKeepTheirDash) {
  LineJoin j = join("för åren 2023-", "2026 gäller");
  EXPECT_TRUE(j.keep_hyphen);
  EXPECT_FALSE(j.space);
  EXPECT_EQ(j.rule, "dehyphen.keep.number");
  LineJoin d = join("uppgifter 2025–", "2029 och");
  EXPECT_FALSE(d.space);
  EXPECT_EQ(d.rule, "dehyphen.keep.dash");
  EXPECT_EQ(join("närvarande kl. 12.22–", "14.30").rule, "dehyphen.keep.dash");
}

TEST(Dehyphenate, SpacedDashStaysSpaced) {
  LineJoin j = join("kostnadsnyttoeffektiviteten –", "alltså om");
  EXPECT_TRUE(j.space);
  LineJoin h = join("tiedot -", "ja muut");
  EXPECT_TRUE(h.keep_hyphen);
  EXPECT_TRUE(h.space);
}

TEST(Dehyphenate, DocumentEvidenceOfTheJoinedWordWins) {
  // "informationssyste-" + "men" looks like a suspended compound ("men" is a conjunction in
  // some lists), but the document writes "informationssystemen" elsewhere.
  HyphenEvidence ev = collect_evidence({"utvecklingen av informationssystemen beaktas", ""});
  EXPECT_EQ(join("av informationssyste-", "men beaktas", ev).rule, "dehyphen.join.evidence");
}

TEST(Dehyphenate, DocumentEvidenceOfTheHyphenatedFormWins) {
  HyphenEvidence ev = collect_evidence({"organisationsstyrning av kommun-Helsingfors och", ""});
  LineJoin j = join("mellan sektorn och kommun-", "helsingfors", ev);
  EXPECT_TRUE(j.keep_hyphen);
  EXPECT_EQ(j.rule, "dehyphen.keep.evidence");
}

TEST(Dehyphenate, EvidenceSkipsTheBrokenWordsThemselves) {
  HyphenEvidence ev = collect_evidence({"av välfärds-", "områdenas uppgifter"});
  EXPECT_EQ(ev.count("välfärds-"), 0);
  EXPECT_EQ(ev.count("områdenas"), 0);
  EXPECT_EQ(ev.count("uppgifter"), 1);
  EXPECT_EQ(ev.count("av"), 1);
}

TEST(Dehyphenate, PunctuationAroundWordsIsIgnored) {
  EXPECT_EQ(strip_word_punct("(THL:s"), "THL:s");
  EXPECT_EQ(strip_word_punct("områdenas."), "områdenas");
  EXPECT_EQ(strip_word_punct("–"), "");
}

}  // namespace
}  // namespace tolk
