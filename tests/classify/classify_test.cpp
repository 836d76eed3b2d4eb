// classify: document kind and language of the five corpus documents, of each block, and of
// small fixtures; the decision rules (threshold, tie, a marker counted once) on hand-made rules;
// and the rules files it reads.
#include "classify/classify.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/unicode.h"
#include "test_support.h"

namespace tolk {
namespace {

std::string describe(const Classification& c) {
  std::string s = std::string("kind ") + doc_kind_name(c.kind) + ", lang '" + c.lang + "'\n";
  for (const auto& e : c.evidence) s += "  " + e + "\n";
  return s;
}

// The block whose text begins with `prefix`, or nullptr.
const Block* block_starting(const Layout& l, const std::string& prefix, std::size_t* index) {
  for (std::size_t i = 0; i < l.blocks.size(); ++i) {
    if (l.blocks[i].text.rfind(prefix, 0) == 0) {
      *index = i;
      return &l.blocks[i];
    }
  }
  return nullptr;
}

// The language classify() gave the block beginning with `prefix`; "<missing>" when no block does.
std::string lang_of_block(const Layout& l, const Classification& c, const std::string& prefix) {
  std::size_t i = 0;
  if (!block_starting(l, prefix, &i)) return "<missing>";
  return c.block_langs.at(i);
}

// The lines of a rules file that are entries (not blank, not comments), as the loader reads them.
std::vector<std::string> entry_lines(const std::filesystem::path& p) {
  std::vector<std::string> out;
  std::ifstream in(p);
  std::string line;
  while (std::getline(in, line)) {
    auto t = trim(line);
    if (!t.empty() && t.front() != '#') out.emplace_back(t);
  }
  return out;
}

// ---- The corpus -------------------------------------------------------------------------------

struct CorpusCase {
  const char* file;
  DocKind kind;
  const char* lang;
};

class CorpusClassify : public testing::TestWithParam<CorpusCase> {};

TEST_P(CorpusClassify, KindAndLanguageWithAClearMargin) {
  const CorpusCase& cc = GetParam();
  const Layout l = test::layout_of_file(cc.file);
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, cc.kind) << describe(c);
  EXPECT_EQ(c.lang, cc.lang) << describe(c);
  ASSERT_EQ(c.block_langs.size(), l.blocks.size());

  // The winner is not a near thing: at least twice the runner-up and well over the threshold.
  std::vector<double> scores;
  for (const auto& [kind, score] : c.kind_scores) scores.push_back(score);
  ASSERT_EQ(scores.size(), 3u);
  std::sort(scores.rbegin(), scores.rend());
  EXPECT_EQ(c.kind_scores.at(doc_kind_name(cc.kind)), scores[0]) << describe(c);
  EXPECT_GE(scores[0], 2 * kKindThreshold) << describe(c);
  EXPECT_GE(scores[0], 2 * scores[1]) << describe(c);
  EXPECT_GE(scores[0] - scores[1], kKindThreshold) << describe(c);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, CorpusClassify,
    testing::Values(
        CorpusCase{"corpus/decisions/vnp-272-2025.sv.txt", DocKind::decision, "sv"},
        CorpusCase{"corpus/decisions/vnp-272-2025.fi.txt", DocKind::decision, "fi"},
        CorpusCase{"corpus/publications/stm-2024-6.sv.txt", DocKind::publication, "sv"},
        CorpusCase{"corpus/protocols/helsingfors-stad-2024-12-10.sv.txt", DocKind::protocol, "sv"},
        CorpusCase{"corpus/protocols/kymmenedalen-2024-11-27.sv.txt", DocKind::protocol, "sv"}),
    [](const testing::TestParamInfo<CorpusCase>& info) {
      std::string name = std::filesystem::path(info.param.file).stem().string();
      std::replace_if(
          name.begin(), name.end(), [](char ch) { return ch == '-' || ch == '.'; }, '_');
      return name;
    });

TEST(ClassifyCorpus, PublicationDescriptionSheetsAreFinnishAndEnglish) {
  const Layout l = test::layout_of_file("corpus/publications/stm-2024-6.sv.txt");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.lang, "sv");
  // The Finnish sheet: its abstract's three paragraphs, its headings and labelled rows.
  EXPECT_EQ(lang_of_block(l, c,
                          "Sosiaali- ja terveydenhuollon sekä pelastustoimen "
                          "järjestämisvastuu"),
            "fi");
  EXPECT_EQ(lang_of_block(l, c, "Ensimmäiset sosiaali- ja terveydenhuollon"), "fi");
  EXPECT_EQ(lang_of_block(l, c, "Tällä hallituskaudella"), "fi");
  EXPECT_EQ(lang_of_block(l, c, "Tiivistelmä"), "fi");
  EXPECT_EQ(lang_of_block(l, c, "Kuvailulehti"), "fi");
  // The English sheet.
  EXPECT_EQ(lang_of_block(l, c, "The responsibility for organising healthcare"), "en");
  EXPECT_EQ(lang_of_block(l, c, "The first national objectives"), "en");
  EXPECT_EQ(lang_of_block(l, c, "Abstract"), "en");
  EXPECT_EQ(lang_of_block(l, c, "Description sheet"), "en");
  // The Swedish sheet and body.
  EXPECT_EQ(lang_of_block(l, c, "Referat"), "sv");
  EXPECT_EQ(lang_of_block(l, c, "Presentationsblad"), "sv");
  EXPECT_EQ(lang_of_block(l, c, "Ansvar för att ordna social- och hälsovården"), "sv");
  // Numbers alone tell nothing.
  EXPECT_EQ(lang_of_block(l, c, "978-952-00-5444-1"), "");

  std::size_t sv = 0, fi = 0, en = 0;
  for (const auto& lang : c.block_langs) {
    sv += lang == "sv";
    fi += lang == "fi";
    en += lang == "en";
  }
  EXPECT_GT(sv, 5 * (fi + en));
  EXPECT_GE(fi, 5u);
  EXPECT_GE(en, 5u);
}

TEST(ClassifyCorpus, ProtocolTimeLineIsSwedishAndNameRowsCannotTell) {
  const Layout l = test::layout_of_file("corpus/protocols/helsingfors-stad-2024-12-10.sv.txt");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(lang_of_block(l, c, "Tid: tisdag 10.12.2024 kl. 12.00–14.57"), "sv");
  EXPECT_EQ(lang_of_block(l, c, "Juha Jolkkonen"), "");
  EXPECT_EQ(lang_of_block(l, c, "Anna Cantell-Forsbom"), "");
  EXPECT_EQ(lang_of_block(l, c, "Beslut: Konstaterades deltagarna"), "sv");
}

TEST(ClassifyCorpus, DecisionBlocksAreAllOfTheDocumentsLanguage) {
  for (const auto& [file, lang] : {std::pair{"corpus/decisions/vnp-272-2025.sv.txt", "sv"},
                                   std::pair{"corpus/decisions/vnp-272-2025.fi.txt", "fi"}}) {
    const Layout l = test::layout_of_file(file);
    const Classification c = classify(l, test::repo_rules());
    std::size_t told = 0;
    for (std::size_t i = 0; i < l.blocks.size(); ++i) {
      if (c.block_langs[i].empty()) continue;
      ++told;
      EXPECT_EQ(c.block_langs[i], lang)
          << file << " line " << l.blocks[i].lines.first << ": " << l.blocks[i].text;
    }
    EXPECT_GT(told, l.blocks.size() * 8 / 10) << file;
  }
}

TEST(ClassifyCorpus, EvidenceNamesTheRulesFileAndLineThatMatched) {
  const Layout l = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
  const Classification c = classify(l, test::repo_rules());
  const auto it = std::find_if(c.evidence.begin(), c.evidence.end(), [](const std::string& e) {
    return e.find("'Statsrådets beslut'") != std::string::npos;
  });
  ASSERT_NE(it, c.evidence.end()) << describe(c);
  std::string file, kind, weight, line_no, block_lines;
  ASSERT_TRUE(RE2::FullMatch(*it,
                             R"((\w+) (\d+\.\d): '.*' \((rules/sv/kind-markers\.tsv):(\d+)\) )"
                             R"(lines? ([\d-]+).*)",
                             &kind, &weight, &file, &line_no, &block_lines))
      << *it;
  EXPECT_EQ(kind, "decision");
  EXPECT_EQ(block_lines, "5-6");  // the title block "Statsrådets beslut om riksomfattande mål ..."

  // Every marker's evidence points at the line of its file that holds the marker, and quotes
  // text that the document has.
  const RE2 source_re(R"(^(\w+) (\d+\.\d): '(.*)' \((rules/\w+/kind-markers\.tsv):(\d+)\))");
  std::size_t checked = 0;
  for (const std::string& e : c.evidence) {
    std::string k, w, quoted, path;
    int n = 0;
    if (!RE2::PartialMatch(e, source_re, &k, &w, &quoted, &path, &n)) continue;
    const auto& markers = test::repo_rules().all.kind_markers;
    const auto m = std::find_if(markers.begin(), markers.end(), [&](const KindMarker& x) {
      return x.source == path + ":" + std::to_string(n);
    });
    ASSERT_NE(m, markers.end()) << e;
    std::ifstream in(test::source_dir() / path);
    std::string line;
    for (int i = 0; i < n && std::getline(in, line);) ++i;
    std::string line_kind, line_weight, line_pattern;
    ASSERT_TRUE(
        RE2::FullMatch(line, "([^\t]+)\t+([^\t]+)\t+(.+)", &line_kind, &line_weight, &line_pattern))
        << path << ":" << n << ": " << line;
    EXPECT_EQ(line_kind, k) << e;
    EXPECT_DOUBLE_EQ(std::stod(line_weight), std::stod(w)) << e;
    EXPECT_EQ(line_pattern, m->pattern) << e;
    EXPECT_TRUE(std::any_of(l.blocks.begin(), l.blocks.end(), [&](const Block& b) {
      return b.text.find(quoted) != std::string::npos;
    })) << e;
    ++checked;
  }
  EXPECT_GE(checked, 5u) << describe(c);
}

// ---- Fixtures ---------------------------------------------------------------------------------

TEST(ClassifyFixture, FinnishProtocolFragment) {
  const Layout l = test::layout_of(
      "Neuvottelut Kymenlaakson hyvinvointialueen kanssa\n"
      "\n"
      "Aika: keskiviikkona 27.11.2024 klo 12.00–15.00\n"
      "\n"
      "Paikka: Sisäministeriön kokoushuone Aleksanteri, Kirkkokatu 12, Helsinki ja Teams-yhteys\n"
      "\n"
      "1. Kokouksen avaus\n"
      "\n"
      "Puheenjohtaja avasi kokouksen klo 12.00 ja toivotti osallistujat tervetulleiksi.\n"
      "\n"
      "Päätös: THL:n havainnot ja keskustelu tietopohjasta sekä HUS-yhteistyöstä merkittiin "
      "tiedoksi.\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::protocol) << describe(c);
  EXPECT_EQ(c.lang, "fi") << describe(c);
  EXPECT_EQ(lang_of_block(l, c, "Aika:"), "fi");
  EXPECT_EQ(c.kind_scores.at("decision"), 0);
  EXPECT_EQ(c.kind_scores.at("publication"), 0);
}

TEST(ClassifyFixture, OlderFinnishProtocolWithTitlePlaceAndTimeOnOneLine) {
  const Layout l = test::layout_of(
      "PÖYTÄKIRJA VN/21358/2020 23.12.2020\n"
      "\n"
      "Kymenlaakson hyvinvointialueneuvottelu Paikka: Skype Aika: 3.12.2020 klo 9-12\n"
      "\n"
      "kunnanjohtaja Tiina Heikka, Lapinjärvi (paikalla klo 9.09 lähtien)\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::protocol) << describe(c);
}

TEST(ClassifyFixture, FinnishDecisionFragment) {
  const Layout l = test::layout_of(
      "Valtioneuvoston päätös\n"
      "valtakunnallisista strategisista tavoitteista hyvinvointialueiden tehtävien hoitamiseksi\n"
      "\n"
      "Valtioneuvosto vahvistaa hyvinvointialueesta annetun lain (611/2021) 12 a §:n nojalla\n"
      "valtakunnalliset strategiset tavoitteet, jotka ovat seuraavat:\n"
      "\n"
      "1) Hyvinvointialueen on edistettävä ja varmistettava väestön hyvinvointia ja terveyttä.\n"
      "\n"
      "Tämä päätös tulee voimaan 1 päivänä kesäkuuta 2025.\n"
      "\n"
      "Helsingissä 28.5.2025\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::decision) << describe(c);
  EXPECT_EQ(c.lang, "fi") << describe(c);
  EXPECT_EQ(c.kind_scores.at("protocol"), 0);
  // After the markers, the verdicts with their scores.
  ASSERT_GE(c.evidence.size(), 2u);
  EXPECT_EQ(c.evidence[c.evidence.size() - 2].rfind("kind decision: decision ", 0), 0u)
      << describe(c);
  EXPECT_EQ(c.evidence.back().rfind("lang fi (", 0), 0u) << describe(c);
}

TEST(ClassifyFixture, SwedishDecisionFragment) {
  const Layout l = test::layout_of(
      "Statsrådets beslut\n"
      "om riksomfattande mål för välfärdsområdenas uppgifter\n"
      "\n"
      "Med stöd av 12 a § i lagen om välfärdsområden (611/2021) fastställer statsrådet\n"
      "riksomfattande mål som gäller för verksamheten.\n"
      "\n"
      "Detta beslut träder i kraft den 1 juni 2025.\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::decision) << describe(c);
  EXPECT_EQ(c.lang, "sv") << describe(c);
}

TEST(ClassifyFixture, TextWithoutMarkersIsUnknownButHasALanguage) {
  const Layout l = test::layout_of(
      "Välfärdsområdet ska främja och säkerställa befolkningens välfärd, hälsa och säkerhet i\n"
      "alla situationer. Det är viktigt att tjänsterna är tillgängliga för alla som behöver "
      "dem.\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::unknown) << describe(c);
  EXPECT_EQ(c.lang, "sv");
  for (const auto& [kind, score] : c.kind_scores) EXPECT_EQ(score, 0) << kind;
}

TEST(ClassifyFixture, OneStrayPhraseDecidesNoKind) {
  // A publication's sentence about a law entering into force: one weak decision marker.
  const Layout l = test::layout_of(
      "När statsrådets gemensamma mål för välfärdsområdena träder i kraft ersätter de målen.\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_GT(c.kind_scores.at("decision"), 0);
  EXPECT_EQ(c.kind, DocKind::unknown) << describe(c);
}

TEST(ClassifyFixture, FinnishLabelsOverASwedishBodyGiveSwedish) {
  const Layout l = test::layout_of(
      "Aika: tiistaina 10.12.2024 klo 12.00–14.57\n"
      "\n"
      "Paikka: Sisäministeriön kokoushuone Aleksanteri, Helsinki\n"
      "\n"
      "Välfärdsområdet instämde till största delen i THL:s observationer. Resurserna inom\n"
      "tjänsterna för barn och unga har stärkts och modellen med digitala familjecenter har\n"
      "tagits i bruk.\n"
      "\n"
      "Päätös: Den allmänna översikten över läget i området och diskussionen kring ämnet\n"
      "antecknades för kännedom.\n");
  const Classification c = classify(l, test::repo_rules());
  EXPECT_EQ(c.lang, "sv") << describe(c);
  EXPECT_EQ(c.kind, DocKind::protocol) << describe(c);
  EXPECT_EQ(lang_of_block(l, c, "Aika:"), "fi");
  EXPECT_EQ(lang_of_block(l, c, "Päätös: Den allmänna"), "sv");
}

TEST(ClassifyFixture, EmptyLayoutIsUnknownWithoutLanguage) {
  const Classification c = classify(Layout{}, test::repo_rules());
  EXPECT_EQ(c.kind, DocKind::unknown);
  EXPECT_EQ(c.lang, "");
  EXPECT_TRUE(c.block_langs.empty());
  EXPECT_EQ(c.kind_scores.size(), 3u);
  for (const auto& [kind, score] : c.kind_scores) EXPECT_EQ(score, 0) << kind;

  const Classification from_text = classify(test::layout_of(""), test::repo_rules());
  EXPECT_EQ(from_text.kind, DocKind::unknown);
  EXPECT_EQ(from_text.lang, "");
}

TEST(ClassifyFixture, EmptyRulesTellNothing) {
  Layout l = test::layout_of("Förhandlingar med Kymmenedalens välfärdsområde\n");
  const Classification c = classify(l, Rules{});
  EXPECT_EQ(c.kind, DocKind::unknown);
  EXPECT_EQ(c.lang, "");
  EXPECT_EQ(c.block_langs, std::vector<std::string>(l.blocks.size(), ""));
}

// ---- Block language ---------------------------------------------------------------------------

TEST(BlockLanguage, ShortHeadingsNeedOneHit) {
  const Rules& r = test::repo_rules();
  EXPECT_EQ(block_language("Tiivistelmä", r), "fi");
  EXPECT_EQ(block_language("Abstract", r), "en");
  EXPECT_EQ(block_language("Referat", r), "sv");
  EXPECT_EQ(block_language("Helsingfors den 28 maj 2025", r), "sv");
  EXPECT_EQ(block_language("Tietojohtaminen", r), "");  // a word in no list
}

TEST(BlockLanguage, LongerBlocksNeedTwoHitsAndAClearLead) {
  const Rules& r = test::repo_rules();
  // Five words, one hit: a name with its title.
  EXPECT_EQ(block_language("Kunta- ja alueministeri Anna Kaisa Ikonen", r), "");
  EXPECT_EQ(block_language("Mira Leinonen räddningsöverinspektör, RFV i Södra Finland", r), "");
  // Two hits each: a tie.
  std::map<std::string, std::size_t> hits;
  EXPECT_EQ(block_language("och att sekä että kommun kunta", r, &hits), "");
  EXPECT_EQ(hits["sv"], 2u);
  EXPECT_EQ(hits["fi"], 2u);
  EXPECT_EQ(hits["en"], 0u);
  // Three against two is not twice as many; four against two is.
  EXPECT_EQ(block_language("och att som sekä että kommun kunta", r), "");
  EXPECT_EQ(block_language("och att som för sekä että kommun kunta", r), "sv");
}

TEST(BlockLanguage, EveryKindOfWhiteSpaceSeparatesWords) {
  const Rules& r = test::repo_rules();
  std::map<std::string, std::size_t> hits;
  // No-break space, em space, narrow no-break space, ideographic space, tab, line feed.
  EXPECT_EQ(block_language("och\u00A0att\u2003som\u202Fför\u3000med\tav\ni", r, &hits), "sv");
  EXPECT_EQ(hits["sv"], 7u);
  // A character whose UTF-8 shares its lead byte with white space is none: "och–att" (an en
  // dash, E2 80 93) is one token, and no function word.
  EXPECT_EQ(block_language("och\u2013att", r, &hits), "");
  EXPECT_EQ(hits["sv"], 0u);
  EXPECT_EQ(block_language("ÄR ÄR", r, &hits), "sv");  // lowered as they are counted
  EXPECT_EQ(hits["sv"], 2u);
}

TEST(BlockLanguage, PunctuationAndCaseDoNotHideWords) {
  const Rules& r = test::repo_rules();
  std::map<std::string, std::size_t> hits;
  EXPECT_EQ(block_language("(OCH) \"att,\" Som. kl.", r, &hits), "sv");
  EXPECT_EQ(hits["sv"], 4u);
  EXPECT_EQ(block_language("2024 12.00–14.57 | 978-952-00-5444-1", r), "");
}

// ---- The decision rules, on hand-made rules ---------------------------------------------------

Rules rules_with_markers(const std::vector<KindMarker>& markers) {
  Rules r;
  for (KindMarker m : markers) {
    m.re = std::make_shared<const LazyRegex>(m.pattern);
    r.all.kind_markers.push_back(m);
  }
  return r;
}

TEST(ClassifyKind, AMarkerCountsOnceHoweverOftenItMatches) {
  const Rules r = rules_with_markers({{"protocol", 3, "Beslut:", nullptr, "test:1"}});
  Layout l;
  for (std::size_t i = 1; i <= 4; ++i) {
    Block b;
    b.text = "Beslut: punkt " + std::to_string(i) + " antecknades för kännedom.";
    b.lines = {2 * i - 1, 2 * i - 1};
    l.blocks.push_back(b);
  }
  const Classification c = classify(l, r);
  EXPECT_EQ(c.kind_scores.at("protocol"), 3);
  EXPECT_EQ(c.kind, DocKind::unknown) << describe(c);  // 3 < kKindThreshold
  ASSERT_FALSE(c.evidence.empty());
  EXPECT_EQ(c.evidence[0], "protocol 3.0: 'Beslut:' (test:1) line 1 and 3 more blocks");
}

TEST(ClassifyKind, ThresholdAndTie) {
  const Layout l = test::layout_of("alfa\n\nbeta\n\ngamma\n");
  const KindMarker alfa{"decision", kKindThreshold, "alfa", nullptr, "t:1"};
  const KindMarker beta{"protocol", kKindThreshold, "beta", nullptr, "t:2"};
  const KindMarker gamma{"publication", 1, "gamma", nullptr, "t:3"};
  EXPECT_EQ(classify(l, rules_with_markers({alfa, gamma})).kind, DocKind::decision);
  EXPECT_EQ(classify(l, rules_with_markers({alfa, beta, gamma})).kind, DocKind::unknown);
  KindMarker weak = alfa;
  weak.weight = kKindThreshold - 0.5;
  EXPECT_EQ(classify(l, rules_with_markers({weak, gamma})).kind, DocKind::unknown);
}

TEST(ClassifyKind, LongMatchesAreCutInTheEvidence) {
  const Rules r = rules_with_markers({{"protocol", 5, "^Neuvottelut.*kanssa", nullptr, "t:1"}});
  const std::string title = "Neuvottelut " + std::string(200, 'x') + " kanssa";
  const Classification c = classify(test::layout_of(title + "\n"), r);
  ASSERT_FALSE(c.evidence.empty());
  EXPECT_LT(c.evidence[0].size(), 120u) << c.evidence[0];
  EXPECT_NE(c.evidence[0].find("…'"), std::string::npos) << c.evidence[0];
}

// ---- The rules files --------------------------------------------------------------------------

TEST(ClassifyRules, RepositoryRulesLoadWithoutDiagnostics) {
  Diagnostics d;
  load_rules(test::source_dir() / "rules", d);
  EXPECT_TRUE(d.empty());
  for (const auto& x : d) ADD_FAILURE() << format_diagnostic(x);
}

TEST(ClassifyRules, EveryLineOfEveryFileLoads) {
  const Rules& r = test::repo_rules();
  for (const char* code : {"sv", "fi", "en"}) {
    SCOPED_TRACE(code);
    ASSERT_TRUE(r.languages.count(code));
    const LanguageRules& lang = r.languages.at(code);
    const auto dir = test::source_dir() / "rules" / code;
    // No line skipped and no word listed twice.
    const auto words = entry_lines(dir / "function-words.txt");
    EXPECT_EQ(lang.function_words.size(), words.size());
    EXPECT_GE(words.size(), 40u);
    EXPECT_LE(words.size(), 100u);
    for (const auto& w : words) EXPECT_TRUE(lang.function_words.count(to_lower(w))) << w;
    EXPECT_EQ(lang.kind_markers.size(), entry_lines(dir / "kind-markers.tsv").size());
    for (const KindMarker& m : lang.kind_markers) {
      EXPECT_TRUE(m.re && m.re->get().ok()) << m.source;
      EXPECT_EQ(m.source.rfind("rules/" + std::string(code) + "/kind-markers.tsv:", 0), 0u)
          << m.source;
      // A marker alone must not decide a kind (see kKindThreshold).
      EXPECT_LT(m.weight, kKindThreshold) << m.source;
    }
  }
}

TEST(ClassifyRules, NoFunctionWordBelongsToTwoLanguages) {
  const Rules& r = test::repo_rules();
  for (const auto& [a, la] : r.languages)
    for (const auto& [b, lb] : r.languages) {
      if (a >= b) continue;
      for (const auto& w : la.function_words)
        EXPECT_FALSE(lb.function_words.count(w))
            << "'" << w << "' is listed for " << a << " and " << b;
    }
}

TEST(ClassifyRules, EveryKindHasMarkersInSwedishAndFinnish) {
  const Rules& r = test::repo_rules();
  for (const char* code : {"sv", "fi"}) {
    std::set<std::string> kinds;
    for (const KindMarker& m : r.languages.at(code).kind_markers) kinds.insert(m.kind);
    EXPECT_EQ(kinds, (std::set<std::string>{"decision", "publication", "protocol"})) << code;
  }
}

}  // namespace
}  // namespace tolk
