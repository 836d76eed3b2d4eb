// The synthetic corpus reads back as written: every document is of the kind and language the
// generator meant, has no error, and the parser finds the objectives, paragraphs, attendees,
// agenda items and recommendations the generator wrote; every Swedish–Finnish pair pairs. The
// counts are compared exactly: a difference is a parser bug (or a generator bug), never a
// tolerance.
//
// Parser bugs found with the generator, each with its smallest input below as a test:
// - Fixed: attendee rows whose name and title are one space apart (a name too long for the
//   table's tab stop, as "Andreas Blanco Sequeiros direktör, SHM" in the corpus) ran together
//   into one attendee when two came in a row: in single-spaced text always, in double-spaced
//   text when the first row was long; sometimes with the warning protocol.attendee-merged,
//   sometimes silently. The seeds and scales of the corpus tests did not meet it; 13 of 1,200
//   protocols of other seeds did (the sweep below).
// - Fixed: a page that begins with the decision's rule "————" (the blank line before it lost, as
//   at every page break) ran the last paragraph of the last objective into the entry into force.
// - Fixed: a dash inside a sentence ("resursseista - siis vaikuttavuudesta") that the wrap put at
//   the start of a line was read as a bullet, splitting the paragraph in two: 2 of 800 generated
//   decisions (the sweep below), and Finnish decisions of the 100x corpus.
#include "corpus_gen.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "batch/document.h"
#include "core/hash.h"
#include "core/io.h"
#include "parse/parse.h"
#include "test_support.h"

namespace tolk::bench {
namespace {

namespace fs = std::filesystem;

// The sweeps below read back every seed in the normal build, and every tenth under a sanitizer:
// there they look for memory errors, which a tenth of the documents shows as well, at a tenth of a
// cost that is ten times the normal build's.
#ifdef TOLK_TEST_SANITIZED
constexpr std::uint64_t kSweepStep = 10;
#else
constexpr std::uint64_t kSweepStep = 1;
#endif

// A folder of its own under the system's temporary folder, removed afterwards.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(fs::temp_directory_path() /
              ("tolk-corpus-gen-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

int objectives_of(const Document& d) {
  if (d.decision) {
    int n = 0;
    for (const auto& g : d.decision->groups) n += static_cast<int>(g.objectives.size());
    return n;
  }
  if (d.publication) return static_cast<int>(d.publication->objectives.size());
  return -1;
}

int paragraphs_of(const Document& d) {
  if (!d.decision) return -1;
  int n = 0;
  for (const auto& g : d.decision->groups)
    for (const auto& o : g.objectives)
      for (const auto& p : o.body) n += p.subheading ? 0 : 1;
  return n;
}

int recommendations_of(const Protocol& p) {
  int n = 0;
  for (const auto& l : p.recommendations) n += static_cast<int>(l.items.size());
  return n;
}

// Every file's path and bytes, in the order written.
std::string fingerprint(const std::vector<GeneratedDoc>& docs, const fs::path& dir) {
  std::string all;
  for (const auto& d : docs)
    all += d.relative_path + '\n' + read_file_bytes((dir / d.relative_path).string());
  return all;
}

std::size_t total_bytes(const std::vector<GeneratedDoc>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.bytes;
  return n;
}

void expect_reads_back(double scale, std::uint64_t seed) {
  TempDir dir("scale-" + std::to_string(static_cast<int>(scale)));
  const std::vector<GeneratedDoc> gen = generate_corpus({scale, seed}, dir.path());
  ASSERT_FALSE(gen.empty());
  std::vector<Document> docs;
  for (const GeneratedDoc& g : gen) {
    SCOPED_TRACE(g.relative_path);
    const fs::path file = dir.path() / g.relative_path;
    ASSERT_TRUE(fs::exists(file));
    EXPECT_EQ(fs::file_size(file), g.bytes);
    Document d = load_document(file.string(), test::repo_rules());
    EXPECT_EQ(doc_kind_name(d.kind()), g.kind);
    EXPECT_EQ(d.lang(), g.lang);
    for (const Diagnostic& x : d.diagnostics)
      EXPECT_NE(x.severity, Severity::error) << format_diagnostic(x);
    EXPECT_EQ(objectives_of(d), g.objectives);
    EXPECT_EQ(paragraphs_of(d), g.paragraphs);
    EXPECT_EQ(d.protocol ? static_cast<int>(d.protocol->attendees.size()) : -1, g.attendees);
    EXPECT_EQ(d.protocol ? static_cast<int>(d.protocol->agenda.size()) : -1, g.agenda_items);
    EXPECT_EQ(d.protocol ? recommendations_of(*d.protocol) : -1, g.recommendations);
    docs.push_back(std::move(d));
  }

  // Two documents share a key exactly when they are the two language versions of one; those must
  // pair with each other, and every other document must stay unpaired.
  std::map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < gen.size(); ++i) by_key[gen[i].pair_key].push_back(i);
  const DocumentPairing pairing = pair_documents(docs);
  std::map<std::size_t, std::size_t> partner;
  for (const auto& p : pairing.pairs) {
    partner[p.sv] = p.fi;
    partner[p.fi] = p.sv;
  }
  std::size_t decisions = 0, paired_decisions = 0;
  for (const auto& [key, members] : by_key) {
    ASSERT_LE(members.size(), 2u) << key;
    for (std::size_t i : members) {
      SCOPED_TRACE(gen[i].relative_path);
      if (gen[i].kind == "decision") ++decisions;
      if (members.size() == 2) {
        const std::size_t other = members[0] == i ? members[1] : members[0];
        ASSERT_TRUE(partner.count(i)) << pairing.unpaired[i];
        EXPECT_EQ(gen[partner[i]].relative_path, gen[other].relative_path);
        if (gen[i].kind == "decision") ++paired_decisions;
      } else {
        EXPECT_FALSE(partner.count(i)) << "paired with " << gen[partner[i]].relative_path;
      }
    }
  }
  EXPECT_GT(decisions, 0u);
  EXPECT_EQ(paired_decisions, decisions) << "every decision has its partner";
}

TEST(CorpusGen, ScaleOneIsTheCorpusMixAndReadsBack) {
  TempDir dir("mix");
  const auto gen = generate_corpus({1, 1}, dir.path());
  std::map<std::string, int> mix;
  for (const auto& d : gen) ++mix[d.kind + "." + d.lang];
  EXPECT_EQ(
      mix, (std::map<std::string, int>{
               {"decision.fi", 1}, {"decision.sv", 1}, {"protocol.sv", 2}, {"publication.sv", 1}}));
  std::size_t corpus = 0;
  for (const auto& e : fs::recursive_directory_iterator(test::source_dir() / "corpus"))
    if (e.path().extension() == ".txt") corpus += e.file_size();
  EXPECT_NEAR(static_cast<double>(total_bytes(gen)), static_cast<double>(corpus), 0.2 * corpus);
  expect_reads_back(1, 1);
}

TEST(CorpusGen, ScaleThreeReadsBack) {
  expect_reads_back(3, 1);
}

TEST(CorpusGen, SameSeedSameBytesOtherSeedOtherText) {
  TempDir a("seed-a"), b("seed-b"), c("seed-c");
  const auto first = generate_corpus({2, 7}, a.path());
  const auto again = generate_corpus({2, 7}, b.path());
  const auto other = generate_corpus({2, 8}, c.path());
  EXPECT_EQ(fingerprint(first, a.path()), fingerprint(again, b.path()));
  EXPECT_NE(fingerprint(first, a.path()), fingerprint(other, c.path()));
}

// The promise is the same bytes on every platform; a digest fixed here catches a standard
// library or compiler that draws differently. Update it only when the generator or its text is
// changed on purpose.
TEST(CorpusGen, ScaleOneDigestIsFixed) {
  TempDir dir("digest");
  const auto gen = generate_corpus({1, 1}, dir.path());
  EXPECT_EQ(sha256_hex(fingerprint(gen, dir.path())),
            "8eafcee8afb33589018bc6caa6ec67a34a3c22105144cf377e534b2eb3f4e030");
}

TEST(CorpusGen, ScaleTenIsTenTimesScaleOne) {
  TempDir one("ten-1"), ten("ten-10");
  const double base = static_cast<double>(total_bytes(generate_corpus({1, 1}, one.path())));
  const double big = static_cast<double>(total_bytes(generate_corpus({10, 1}, ten.path())));
  EXPECT_NEAR(big, 10 * base, 0.2 * 10 * base);
}

TEST(CorpusGen, SingleDocumentsHaveTheShapeAsked) {
  const Rules& rules = test::repo_rules();
  auto parse = [&](const std::string& text) { return layout(test::text_of(text), rules); };
  for (const std::string lang : {"sv", "fi"}) {
    SCOPED_TRACE(lang);
    Diagnostics diags;
    const std::string decision = generate_decision(42, lang, 5, 9);
    const Decision d = parse_decision(parse(decision), rules, diags);
    int objectives = 0;
    for (const auto& g : d.groups) objectives += static_cast<int>(g.objectives.size());
    EXPECT_EQ(objectives, 5);
    EXPECT_EQ(decision, generate_decision(42, lang, 5, 9));

    for (const bool double_spaced : {true, false}) {
      ProtocolShape shape;
      shape.attendees = 9;
      shape.sub_items = 9;
      shape.recommendations = 4;
      shape.earlier = 3;
      shape.other_matters = true;
      shape.double_spaced = double_spaced;
      const Protocol p = parse_protocol(parse(generate_protocol(42, lang, shape)), rules, diags);
      EXPECT_EQ(p.attendees.size(), 9u) << double_spaced;
      EXPECT_EQ(p.agenda.size(), 7u + 9u + 1u) << double_spaced;
      EXPECT_EQ(recommendations_of(p), 7) << double_spaced;
    }
    EXPECT_FALSE(has_errors(diags));
  }
  Diagnostics diags;
  ProtocolShape old;
  old.old_style = true;
  old.attendees = 12;
  old.sub_items = 9;
  old.recommendations = 3;
  const Protocol o = parse_protocol(parse(generate_protocol(42, "fi", old)), rules, diags);
  EXPECT_EQ(o.attendees.size(), 12u);
  EXPECT_EQ(o.agenda.size(), 6u);
  EXPECT_EQ(recommendations_of(o), 3);
  EXPECT_THROW(generate_protocol(42, "sv", old), std::invalid_argument);
  const Publication pub = parse_publication(parse(generate_publication(42, 4)), rules, diags);
  EXPECT_EQ(pub.objectives.size(), 4u);
  EXPECT_FALSE(has_errors(diags));
}

// The first parser bug described at the top, fixed: three attendees were read as two.
TEST(FoundByTheGenerator, AttendeeRowsOneSpaceApartAreOneAttendeeEach) {
  const std::string text =
      "Neuvottelut Pohjois-Savon hyvinvointialueen kanssa\n\n"
      "Aika: keskiviikko 20.11.2024 klo 12.00–15.00\n\n"
      "Alueen edustajat paikan päällä:\n"
      "Petri Kananen    hyvinvointialuejohtaja\n"
      "Anna-Kaisa Brask sosiaalipalvelujohtaja\n"
      "Eeva-Liisa Meripaasi talousjohtaja\n\n"
      "1. Kokouksen avaus\n\n"
      "Puheenjohtaja avasi kokouksen klo 12.00.\n";
  Diagnostics diags;
  const Protocol p = parse_protocol(test::layout_of(text), test::repo_rules(), diags);
  ASSERT_EQ(p.attendees.size(), 3u);
  EXPECT_EQ(p.attendees[1].name, "Anna-Kaisa Brask");
  EXPECT_EQ(p.attendees[1].title, "sosiaalipalvelujohtaja");
  EXPECT_EQ(p.attendees[2].name, "Eeva-Liisa Meripaasi");
  EXPECT_EQ(p.attendees[2].title, "talousjohtaja");
  for (const Diagnostic& d : diags) EXPECT_NE(d.code, "protocol.attendee-merged");
}

// Where that bug was found: the attendees of many protocols of other seeds, each language, single-
// and double-spaced. Each count is exact.
TEST(FoundByTheGenerator, AttendeesOfManySeedsReadBack) {
  for (std::uint64_t seed = 1; seed <= 300; seed += kSweepStep) {
    for (const char* lang : {"sv", "fi"}) {
      for (const bool double_spaced : {true, false}) {
        ProtocolShape shape;
        shape.double_spaced = double_spaced;
        Diagnostics diags;
        const std::string text = generate_protocol(seed, lang, shape);
        const Protocol p = parse_protocol(test::layout_of(text), test::repo_rules(), diags);
        EXPECT_EQ(p.attendees.size(), static_cast<std::size_t>(shape.attendees))
            << "seed " << seed << ", " << lang << (double_spaced ? ", double-spaced" : "");
      }
    }
  }
}

// The second parser bug described at the top, fixed: one objective with one paragraph was read with
// none (a rule at a page start did not end the paragraph before it).
TEST(FoundByTheGenerator, RuleAtAPageStartEndsTheLastParagraph) {
  const std::string text =
      " Valtioneuvosto vahvistaa hyvinvointialueesta annetun lain (611/2021) 12 a §:n nojalla "
      "valta-\n"
      "kunnalliset tavoitteet seuraavasti:\n\n"
      "Toimintaa koskevat tavoitteet:\n\n"
      "1) Hyvinvointialueen tehtäviä tulee hoitaa paikallisesti, alueellisesti ja "
      "valtakunnallisesti\n"
      "ihmisten välisellä hyvällä yhteistyöllä.\n\n"
      "Yhteistyö on tärkeää myös hyvinvointialueiden kansanvaltaisuuden vahvistamiseksi. "
      "Yhteistyöllä\n"
      "voidaan ratkaista ongelmia etupainotteisesti. Hyvinvointialueilla osallisuuskulttuuri on "
      "vielä\n"
      "nuorta, ja sen kehittämispotentiaali on suuri.\n"
      " ————\n"
      "Tämä päätös tulee voimaan 1 päivänä kesäkuuta 2025.\n\n"
      "Helsingissä 28.5.2025\n";
  Diagnostics diags;
  const Decision d = parse_decision(test::layout_of(text), test::repo_rules(), diags);
  ASSERT_EQ(d.groups.size(), 1u);
  ASSERT_EQ(d.groups[0].objectives.size(), 1u);
  EXPECT_EQ(d.groups[0].objectives[0].body.size(), 1u);
  EXPECT_EQ(d.entry_into_force.text, "Tämä päätös tulee voimaan 1 päivänä kesäkuuta 2025.");
}

// The third parser bug described at the top, fixed: one paragraph was read as two.
TEST(FoundByTheGenerator, ADashTheWrapPutFirstContinuesTheParagraph) {
  const std::string text =
      "Toimintaa koskevat tavoitteet:\n\n"
      "1) Hyvinvointialueen on varmistettava palvelut.\n\n"
      "Jotta palvelut ja muut toimet on mahdollista suunnata tarkoituksenmukaisesti, tarvitaan\n"
      "päivittyvää tietopohjaa palveluiden vaikutuksista ja niiden vaatimista resursseista\n"
      "- siis vaikuttavuudesta ja kustannusvaikuttavuudesta. Arvioinnissa tarvitaan tietoa\n"
      "myös asiakkaiden kokemuksista.\n";
  Diagnostics diags;
  const Decision d = parse_decision(test::layout_of(text), test::repo_rules(), diags);
  ASSERT_EQ(d.groups.size(), 1u);
  ASSERT_EQ(d.groups[0].objectives.size(), 1u);
  ASSERT_EQ(d.groups[0].objectives[0].body.size(), 1u);
  EXPECT_EQ(d.groups[0].objectives[0].body[0].text,
            "Jotta palvelut ja muut toimet on mahdollista suunnata tarkoituksenmukaisesti, "
            "tarvitaan päivittyvää tietopohjaa palveluiden vaikutuksista ja niiden vaatimista "
            "resursseista - siis vaikuttavuudesta ja kustannusvaikuttavuudesta. Arvioinnissa "
            "tarvitaan tietoa myös asiakkaiden kokemuksista.");
}

// Where that bug was found: the paragraphs of many decisions of other seeds, both languages.
TEST(FoundByTheGenerator, ParagraphsOfManySeedsReadBack) {
  for (std::uint64_t seed = 1; seed <= 400; seed += kSweepStep) {
    for (const char* lang : {"sv", "fi"}) {
      Diagnostics diags;
      const std::string text = generate_decision(seed, lang, 12, 60);
      Document d;
      d.decision = parse_decision(test::layout_of(text), test::repo_rules(), diags);
      EXPECT_EQ(paragraphs_of(d), 60) << "seed " << seed << ", " << lang;
    }
  }
}

}  // namespace
}  // namespace tolk::bench
