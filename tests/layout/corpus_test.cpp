// End-to-end layout facts over the five corpus documents.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/text.h"
#include "core/unicode.h"
#include "test_support.h"

namespace tolk {
namespace {

const std::vector<std::string> kCorpus = {
    "corpus/decisions/vnp-272-2025.sv.txt",        "corpus/decisions/vnp-272-2025.fi.txt",
    "corpus/publications/stm-2024-6.sv.txt",       "corpus/protocols/helsingfors-stad-2024-12-10.sv.txt",
    "corpus/protocols/kymmenedalen-2024-11-27.sv.txt"};

const Layout& corpus_layout(const std::string& path) {
  static std::map<std::string, Layout> cache;
  auto it = cache.find(path);
  if (it == cache.end()) it = cache.emplace(path, test::layout_of_file(path)).first;
  return it->second;
}

std::string all_text(const Layout& l) {
  std::string s;
  for (const auto& b : l.blocks) s += b.text + "\n";
  return s;
}

// The first block that is not a contents entry and begins with `prefix`.
const Block* find_block(const Layout& l, const std::string& prefix) {
  for (const auto& b : l.blocks)
    if (b.kind != BlockKind::toc_entry && b.text.rfind(prefix, 0) == 0) return &b;
  return nullptr;
}

class CorpusDocument : public ::testing::TestWithParam<std::string> {};

// Nothing is lost: every non-blank source line is inside a block's span or in the debris list.
TEST_P(CorpusDocument, EveryNonBlankLineIsAccountedFor) {
  const Layout& l = corpus_layout(GetParam());
  std::string bytes = read_file_bytes((test::source_dir() / GetParam()).string());
  auto lines = split_lines(bytes);
  std::vector<int> owners(lines.size() + 1, 0);
  for (const auto& b : l.blocks)
    for (std::size_t n = b.lines.first; n <= b.lines.last; ++n) owners[n] = 1;
  for (const auto& d : l.debris)
    for (std::size_t n = d.lines.first; n <= d.lines.last; ++n) owners[n] = 1;
  for (std::size_t n = 1; n <= lines.size(); ++n) {
    if (trim(lines[n - 1]).empty()) continue;
    EXPECT_EQ(owners[n], 1) << GetParam() << ":" << n << " is in no block: " << lines[n - 1];
  }
}

TEST_P(CorpusDocument, BlocksAreInSourceOrderAndDoNotOverlapDebris) {
  const Layout& l = corpus_layout(GetParam());
  std::set<std::size_t> debris_lines;
  for (const auto& d : l.debris) debris_lines.insert(d.lines.first);
  std::size_t last = 0;
  for (const auto& b : l.blocks) {
    EXPECT_LE(b.lines.first, b.lines.last);
    EXPECT_GE(b.lines.first, last) << b.text;
    last = b.lines.first;
    EXPECT_FALSE(debris_lines.count(b.lines.first)) << b.text;
    EXPECT_FALSE(b.text.empty());
  }
}

TEST_P(CorpusDocument, NoBlockHoldsPageHeaderOrMarkup) {
  const Layout& l = corpus_layout(GetParam());
  static const std::regex header(R"((^|\s)(Protokoll|Ärendenummer:|Pöytäkirja|Asianumero:)(\s|$))");
  for (const auto& b : l.blocks) {
    EXPECT_FALSE(std::regex_search(b.text, header)) << b.text;
    EXPECT_EQ(b.text.find("<b>"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("**"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("[☒]"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("<sup>"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("  "), std::string::npos) << b.text;
  }
  EXPECT_TRUE(l.diagnostics.empty());
}

TEST_P(CorpusDocument, NoWordIsLeftBrokenAtALineEnd) {
  // A hyphen followed by a space and a lower-case letter is either a suspended compound
  // ("social- och") or a word still broken in two.
  const Layout& l = corpus_layout(GetParam());
  const Rules& r = test::repo_rules();
  static const std::regex broken(R"(([\wåäöÅÄÖ]+)- ([a-zåäö]+))");
  for (const auto& b : l.blocks) {
    for (std::sregex_iterator it(b.text.begin(), b.text.end(), broken), end; it != end; ++it) {
      std::string next = (*it)[2];
      EXPECT_TRUE(r.all.suspension_words.count(next)) << "broken word '" << it->str() << "' in " << b.text;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusDocument, ::testing::ValuesIn(kCorpus),
                         [](const auto& info) {
                           std::string n = info.param.substr(info.param.rfind('/') + 1);
                           for (char& c : n)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

TEST(CorpusDecision, SwedishObjectivesOneToTwelveEachStartABlock) {
  const Layout& l = corpus_layout(kCorpus[0]);
  std::vector<std::string> labels;
  for (const auto& b : l.blocks)
    if (b.kind == BlockKind::list_item) labels.push_back(b.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"1)", "2)", "3)", "4)", "5)", "6)", "7)", "8)", "9)",
                                              "10)", "11)", "12)"}));
  const Block* first = find_block(l, "1) ");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text,
            "1) Välfärdsområdet ska främja och säkerställa befolkningens välfärd, hälsa och säkerhet i "
            "alla situationer i sitt område.");
  EXPECT_EQ(first->lines, (LineSpan{17, 18}));
}

TEST(CorpusDecision, FinnishObjectivesOneToTwelveEachStartABlock) {
  const Layout& l = corpus_layout(kCorpus[1]);
  int n = 0;
  for (const auto& b : l.blocks) {
    if (b.kind == BlockKind::list_item) {
      EXPECT_EQ(b.label, std::to_string(++n) + ")");
    }
  }
  EXPECT_EQ(n, 12);
}

TEST(CorpusDecision, HyphenationIsRepairedAndSuspendedCompoundsKept) {
  const std::string sv = all_text(corpus_layout(kCorpus[0]));
  EXPECT_NE(sv.find("välfärdsområdenas"), std::string::npos);
  EXPECT_EQ(sv.find("välfärds- områdenas"), std::string::npos);
  EXPECT_EQ(sv.find("välfärds-områdenas"), std::string::npos);
  EXPECT_NE(sv.find("inom social- och hälsovården"), std::string::npos);
  EXPECT_NE(sv.find("FUUIK-verksamheten"), std::string::npos);
  EXPECT_NE(sv.find("IKT-lösningar"), std::string::npos);
  EXPECT_NE(sv.find("e-tjänster"), std::string::npos);
  EXPECT_NE(sv.find("Anna-Kaisa Ikonen"), std::string::npos);
  EXPECT_NE(sv.find("ordnandet av tjänsterna i alla situationer"), std::string::npos);  // over a page break
  EXPECT_NE(sv.find("informationssystemen beaktas"), std::string::npos);
  EXPECT_NE(sv.find("2025–2029"), std::string::npos);
  const std::string fi = all_text(corpus_layout(kCorpus[1]));
  EXPECT_NE(fi.find("sosiaali- ja terveydenhuollon"), std::string::npos);
  EXPECT_NE(fi.find("kansalais- tai asiakasraateja"), std::string::npos);
  EXPECT_NE(fi.find("hyvinvointialueiden"), std::string::npos);
  EXPECT_NE(fi.find("tasa-arvon"), std::string::npos);
  EXPECT_EQ(fi.find("hyvinvointi- alueiden"), std::string::npos);
}

TEST(CorpusDecision, FinnishPageBreakAfterASentenceStartsAParagraph) {
  const Layout& l = corpus_layout(kCorpus[1]);
  const Block* b = find_block(l, "Alueellisen ja valtakunnallisen valmiuden");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->lines.first, 37u);
}

TEST(CorpusDecision, SubHeadingsAndGroupHeadings) {
  const Layout& l = corpus_layout(kCorpus[0]);
  for (const char* h : {"Mål för verksamheten:", "Mål som gäller verksamhetsförutsättningarna:",
                        "Forsknings- och utvecklingsverksamhet", "Informationshantering"}) {
    const Block* b = find_block(l, h);
    ASSERT_NE(b, nullptr) << h;
    EXPECT_EQ(b->kind, BlockKind::heading) << h;
  }
}

TEST(CorpusProtocol, PageHeaderIsTakenOutAndItsCaseNumberKept) {
  const Layout& hel = corpus_layout(kCorpus[3]);
  ASSERT_EQ(hel.header_fields.size(), 2u);
  EXPECT_EQ(hel.header_fields[0].value, "VN/29738/202");  // cut short in the source; kept verbatim
  const Layout& kym = corpus_layout(kCorpus[4]);
  ASSERT_EQ(kym.header_fields.size(), 2u);
  EXPECT_EQ(kym.header_fields[0].value, "VN/29738/2024");
  EXPECT_EQ(kym.header_fields[1].value, "29.1.2025");
  EXPECT_TRUE(kym.double_spaced);
}

TEST(CorpusProtocol, AgendaItemsAreHeadingsAndRecommendationsListItems) {
  const Layout& l = corpus_layout(kCorpus[4]);
  std::vector<std::string> headings, items;
  for (const auto& b : l.blocks) {
    if (b.kind == BlockKind::heading && !b.label.empty()) headings.push_back(b.label);
    if (b.kind == BlockKind::list_item) items.push_back(b.label);
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"1.", "2.", "3.", "3.1", "3.2", "4.", "4.1", "4.2",
                                                "4.3", "5.", "5.1", "5.2", "6.", "7."}));
  EXPECT_EQ(items, (std::vector<std::string>{"1.", "2.", "3.", "1.", "2.", "3.", "4.", "5."}));
}

TEST(CorpusProtocol, AttendeesAreRowsWithWrappedTitles) {
  const Layout& l = corpus_layout(kCorpus[4]);
  const Block* b = find_block(l, "Tiina Snellman direktör");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->kind, BlockKind::table_row);
  EXPECT_EQ(b->cells.at(1).text, "direktör för strategi- och styrningsenheten, IM, andra vice ordförande");
  int rows = 0;
  for (const auto& blk : l.blocks) rows += blk.kind == BlockKind::table_row;
  EXPECT_EQ(rows, 23 + 6);  // 23 attendees and a signature block of six rows
}

TEST(CorpusProtocol, DecisionsSpanTheirWrappedLines) {
  const Layout& l = corpus_layout(kCorpus[3]);
  const Block* b = find_block(l, "Beslut: THL:s observationer, stadens genmäle");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "Beslut: THL:s observationer, stadens genmäle och diskussionen kring ämnet antecknades för kännedom.");
  EXPECT_EQ(b->lines, (LineSpan{125, 127}));
  const Block* src = find_block(l, "Uppföljning och utvärdering: uppföljning av förändringsprogrammet, kostnadsutvecklingen (Källa: SK)");
  EXPECT_NE(src, nullptr);
}

TEST(CorpusPublication, ContentsIndicatorsAndFootnotes) {
  const Layout& l = corpus_layout(kCorpus[2]);
  int toc = 0, footnotes = 0, checkbox_items = 0;
  for (const auto& b : l.blocks) {
    toc += b.kind == BlockKind::toc_entry;
    footnotes += b.kind == BlockKind::footnote;
    checkbox_items += b.kind == BlockKind::list_item && (b.label == "☒" || b.label == "☞");
  }
  EXPECT_EQ(toc, 27);
  EXPECT_EQ(footnotes, 2);
  EXPECT_GE(checkbox_items, 17);
  const Block* ind = find_block(l, "Andel hemvårdskunder som fyllt 75 år");
  ASSERT_NE(ind, nullptr);
  EXPECT_EQ(ind->kind, BlockKind::list_item);
  const Block* personal = find_block(l, "Personalens åldersstruktur");
  ASSERT_NE(personal, nullptr);
  EXPECT_EQ(personal->lines, (LineSpan{289, 290}));
  const Block* h = find_block(l, "2.1 Ökad tillgång");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->kind, BlockKind::heading);
  EXPECT_EQ(h->text, "2.1 Ökad tillgång, kontinuitet och samordning för basservicen genom ett tydligt servicesystem, servicenätverk och servicestyrning");
}

}  // namespace
}  // namespace tolk
