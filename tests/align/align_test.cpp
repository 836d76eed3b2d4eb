#include "align/align.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "align_eval.h"
#include "core/hash.h"
#include "emit/alignment_xml.h"
#include "parse/parse.h"
#include "test_support.h"

namespace tolk {
namespace {

struct DecisionPair {
  Layout sv_layout, fi_layout;
  Decision sv, fi;
  std::vector<AlignUnit> su, fu;
};

const DecisionPair& pair() {
  static auto p = [] {
    auto r = std::make_unique<DecisionPair>();
    Diagnostics d;
    r->sv_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
    r->fi_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.fi.txt");
    r->sv = parse_decision(r->sv_layout, test::repo_rules(), d);
    r->fi = parse_decision(r->fi_layout, test::repo_rules(), d);
    r->su = align_units(r->sv);
    r->fu = align_units(r->fi);
    return r;
  }();
  return *p;
}

std::set<test::LinkKey> gold() {
  return test::read_gold((test::source_dir() / "tests/align/gold/vnp-272-2025.tsv").string(),
                         pair().su, pair().fu);
}

::testing::AssertionResult covers_every_unit_once_in_order(const Alignment& al, std::size_t n,
                                                           std::size_t m) {
  std::size_t next_sv = 0, next_fi = 0;
  for (const AlignLink& l : al.links) {
    for (std::size_t i : l.sv)
      if (i != next_sv++)
        return ::testing::AssertionFailure() << "Swedish unit " << i << " out of order";
    for (std::size_t j : l.fi)
      if (j != next_fi++)
        return ::testing::AssertionFailure() << "Finnish unit " << j << " out of order";
    if (l.sv.empty() && l.fi.empty()) return ::testing::AssertionFailure() << "empty link";
  }
  if (next_sv != n || next_fi != m)
    return ::testing::AssertionFailure()
           << "not every unit is linked: " << next_sv << "/" << n << ", " << next_fi << "/" << m;
  return ::testing::AssertionSuccess();
}

TEST(Align, GoldFileCoversTheCorpusPair) {
  const auto g = gold();
  std::size_t sv_units = 0, fi_units = 0;
  for (const auto& k : g) {
    sv_units += k.first.size();
    fi_units += k.second.size();
  }
  EXPECT_EQ(sv_units, pair().su.size());
  EXPECT_EQ(fi_units, pair().fu.size());
}

TEST(Align, CorpusDecisionPairMatchesTheGoldExactly) {
  Alignment al = align(pair().su, pair().fu, test::repo_rules());
  EXPECT_TRUE(covers_every_unit_once_in_order(al, pair().su.size(), pair().fu.size()));
  test::Accuracy a = test::accuracy(gold(), test::keys(al));
  EXPECT_DOUBLE_EQ(a.f1, 1.0) << "precision " << a.precision << " recall " << a.recall;
}

TEST(Align, ObjectivesAreJoinedOnTheirEids) {
  Alignment al = align(pair().su, pair().fu, test::repo_rules());
  int anchored_objectives = 0;
  for (const AlignLink& l : al.links) {
    if (!l.anchored) continue;
    ASSERT_EQ(l.sv.size(), 1u);
    ASSERT_EQ(l.fi.size(), 1u);
    EXPECT_EQ(pair().su[l.sv[0]].eid, pair().fu[l.fi[0]].eid);
    anchored_objectives += pair().su[l.sv[0]].eid.rfind("para_", 0) == 0;
  }
  EXPECT_EQ(anchored_objectives, 12);
}

TEST(Align, DamagedPairStillAlignsWell) {
  // One seeded trial of the issue's damaged condition; the average over 30 is the benchmark's.
  test::DamagedPair d = test::damage(pair().su, pair().fu, gold(), 3, 7);
  Alignment al = align(d.sv, d.fi, test::repo_rules());
  EXPECT_TRUE(covers_every_unit_once_in_order(al, d.sv.size(), d.fi.size()));
  EXPECT_GE(test::accuracy(d.gold, test::keys(al)).f1, 0.9);
}

TEST(Align, UnknownKindAlignsOnParagraphs) {
  Alignment al =
      align(align_units(pair().sv_layout), align_units(pair().fi_layout), test::repo_rules());
  EXPECT_TRUE(covers_every_unit_once_in_order(al, align_units(pair().sv_layout).size(),
                                              align_units(pair().fi_layout).size()));
}

TEST(Align, EmptySidesGiveOneSidedLinks) {
  std::vector<AlignUnit> some{{"", false, "Text.", {1, 1}}, {"", false, "Mer text.", {3, 3}}};
  Alignment a = align(some, {}, test::repo_rules());
  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_EQ(a.links[0].type(), "1-0");
  EXPECT_TRUE(align({}, {}, test::repo_rules()).links.empty());
}

TEST(Align, AMissingFinnishParagraphIsAOneZeroLink) {
  std::vector<AlignUnit> sv{
      {"", false, "Statsrådet fastställde målen den 1 december 2022.", {1, 1}},
      {"", false, "Investeringarna ska uppgå till 5 956 euro per invånare.", {3, 3}},
      {"", false, "Helsingfors den 28 maj 2025.", {5, 5}}};
  std::vector<AlignUnit> fi{{"", false, "Valtioneuvosto vahvisti tavoitteet 1.12.2022.", {1, 1}},
                            {"", false, "Helsingissä 28.5.2025.", {3, 3}}};
  Alignment a = align(sv, fi, test::repo_rules());
  ASSERT_EQ(a.links.size(), 3u);
  EXPECT_EQ(a.links[1].type(), "1-0");
  EXPECT_EQ(a.links[1].sv, std::vector<std::size_t>{1});
}

TEST(AnchorTokens, DatesNumbersLawsAcronymsAndNamesMatchAcrossLanguages) {
  const Rules& r = test::repo_rules();
  auto sv = anchor_tokens(
      "Helsingfors den 28 maj 2025, enligt lag 611/2021 och 12 a §; SHM och Anna-Kaisa Ikonen: 5 "
      "956 euro.",
      "sv", r);
  auto fi = anchor_tokens(
      "Helsingissä 28.5.2025 lain 611/2021 12 a §:n mukaan; STM ja Anna Kaisa Ikonen: 5956 euroa.",
      "fi", r);
  for (const char* t :
       {"d:2025-05-28", "law:611/2021", "sec:12a", "name:ikonen", "name:kaisa", "n:5956"}) {
    EXPECT_TRUE(std::count(sv.begin(), sv.end(), t)) << t;
    EXPECT_TRUE(std::count(fi.begin(), fi.end(), t)) << t;
  }
  EXPECT_GT(anchor_similarity(sv, fi), 0.6);
  std::string shm;
  for (const auto& t : sv)
    if (t.rfind("acr:", 0) == 0) shm = t;
  EXPECT_TRUE(std::count(fi.begin(), fi.end(), shm)) << "SHM and STM are one anchor";
}

TEST(AnchorTokens, LexiconTermsCountWhereAWordStartsOnly) {
  Rules r;
  r.lexicon = {{"välfärdsområde", "hyvinvointialue", false},
               {"område", "alue", false},
               {"social- och hälsovård", "sosiaali- ja terveydenhuol", false}};
  auto lex = [](const std::vector<std::string>& tokens) {
    std::vector<std::string> out;
    for (const auto& t : tokens)
      if (t.rfind("lex:", 0) == 0) out.push_back(t);
    return out;
  };
  // A term is a word's beginning ("välfärdsområdena"), not its inside ("...område" in it), and
  // counts once where it is found; after a digit no word starts ("3område").
  EXPECT_EQ(lex(anchor_tokens("Välfärdsområdena och (område) 3område; Social- och hälsovården.",
                              "sv", r)),
            (std::vector<std::string>{"lex:0", "lex:1", "lex:2"}));
  EXPECT_EQ(lex(anchor_tokens("Alue, alueet ja hyvinvointialueen sosiaali- ja terveydenhuolto.",
                              "fi", r)),
            (std::vector<std::string>{"lex:0", "lex:1", "lex:1", "lex:2"}));
  EXPECT_TRUE(lex(anchor_tokens("", "sv", r)).empty());
}

TEST(AnchorTokens, SimilarityIsDice) {
  EXPECT_DOUBLE_EQ(anchor_similarity({"a", "b"}, {"b", "c"}), 0.5);
  EXPECT_DOUBLE_EQ(anchor_similarity({}, {"b"}), -1);
}

TEST(AlignmentXml, ValidAgainstItsSchema) {
  Alignment al = align(pair().su, pair().fu, test::repo_rules());
  const std::string xml =
      alignment_xml({"sv", "a.sv.txt", "x", DocKind::decision, &pair().su},
                    {"fi", "a.fi.txt", "y", DocKind::decision, &pair().fu}, al, "test");
  const auto file = std::filesystem::temp_directory_path() /
                    ("tolk-align-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(file) << xml;
  const std::string cmd = "xmllint --noout --nonet --schema '" +
                          (test::source_dir() / "src/emit/alignment.xsd").string() + "' '" +
                          file.string() + "' 2>/dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << xml.substr(0, 2000);
  std::filesystem::remove(file);
  EXPECT_NE(xml.find(R"(sv-eids="para_1" fi-eids="para_1" sv-lines="17-18" fi-lines="11-12")"),
            std::string::npos);
}

}  // namespace
}  // namespace tolk
