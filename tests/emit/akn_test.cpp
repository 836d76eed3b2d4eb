// Akoma Ntoso output: valid against the OASIS schema (xmllint), every reference resolving, and
// the content where the profile puts it (XPath).
#include "emit/akn.h"
#include "emit/akn_common.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>

#include "core/hash.h"
#include "parse/parse.h"
#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

fs::path schema() {
  return test::source_dir().parent_path() / "shared" / "schema" / "akn30" / "akomantoso30.xsd";
}

// Validates with xmllint (libxml2-utils); the message of a failure is xmllint's.
::testing::AssertionResult valid_akn(const std::string& xml, const std::string& name) {
  if (!fs::exists(schema()))
    return ::testing::AssertionFailure()
           << "schema not found at " << schema() << " (shared/ must sit beside the repository)";
  const fs::path file =
      fs::temp_directory_path() / ("tolk-akn-" + std::to_string(::getpid()) + "-" + name + ".xml");
  std::ofstream(file, std::ios::binary) << xml;
  const fs::path log = file.string() + ".log";
  const std::string cmd = "xmllint --noout --nonet --schema '" + schema().string() + "' '" +
                          file.string() + "' >'" + log.string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  std::ifstream in(log);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::remove(file);
  fs::remove(log);
  if (rc == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << name << " is not valid Akoma Ntoso:\n"
                                       << out.substr(0, 2000);
}

struct Parsed {
  Decision decision;
  Diagnostics diags;
  pugi::xml_document xml;
  std::string text;
};

std::unique_ptr<Parsed> decision_xml(const std::string& path, const std::string& lang) {
  auto p = std::make_unique<Parsed>();
  Layout l = test::layout_of_file(path);
  p->decision = parse_decision(l, test::repo_rules(), p->diags);
  SourceInfo src{path, lang, sha256_hex(read_file_bytes((test::source_dir() / path).string())),
                 "test"};
  akn_decision(p->decision, src, test::repo_rules(), p->xml);
  p->text = xml_string(p->xml);
  return p;
}

const Parsed& sv() {
  static auto p = decision_xml("corpus/decisions/vnp-272-2025.sv.txt", "sv");
  return *p;
}
const Parsed& fi() {
  static auto p = decision_xml("corpus/decisions/vnp-272-2025.fi.txt", "fi");
  return *p;
}

std::set<std::string> objective_eids(const pugi::xml_document& x) {
  std::set<std::string> out;
  for (auto n : x.select_nodes("//paragraph[@refersTo='#objective']"))
    out.insert(n.node().attribute("eId").value());
  return out;
}

TEST(AknDecision, CorpusDecisionsAreValid) {
  EXPECT_TRUE(valid_akn(sv().text, "sv"));
  EXPECT_TRUE(valid_akn(fi().text, "fi"));
}

TEST(AknDecision, EveryReferenceResolves) {
  EXPECT_TRUE(check_references(sv().xml, "sv").empty());
  EXPECT_TRUE(check_references(fi().xml, "fi").empty());
}

TEST(AknDecision, SwedishIdentityAndPreface) {
  const auto& x = sv().xml;
  EXPECT_STREQ(x.select_node("//FRBRWork/FRBRuri").node().attribute("value").value(),
               "/akn/fi/act/statute/2025/272");
  EXPECT_STREQ(x.select_node("//FRBRExpression/FRBRlanguage").node().attribute("language").value(),
               "swe");
  EXPECT_STREQ(x.select_node("//publication").node().attribute("number").value(), "272/2025");
  EXPECT_STREQ(x.select_node("//preface//docDate").node().attribute("date").value(), "2025-05-30");
  EXPECT_STREQ(x.select_node("//docNumber").node().text().get(), "272/2025");
  EXPECT_STREQ(x.select_node("//docType").node().text().get(), "Statsrådets beslut");
  EXPECT_STREQ(x.select_node("//docTitle").node().text().get(),
               "om riksomfattande mål för välfärdsområdenas uppgifter 2025–2029");
}

TEST(AknDecision, LegalBasisCitesBothLaws) {
  const auto& d = sv().decision;
  ASSERT_EQ(d.law_refs.size(), 2u);
  EXPECT_EQ(d.law_refs[0].number, 611);
  EXPECT_EQ(d.law_refs[0].year, 2021);
  EXPECT_EQ(d.law_refs[0].section, "12 a");
  EXPECT_EQ(d.law_refs[1].number, 468);
  EXPECT_EQ(d.law_refs[1].year, 2024);
  auto refs = sv().xml.select_nodes("//formula[@name='enactingClause']//ref");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_STREQ(refs[0].node().attribute("href").value(), "/akn/fi/act/statute/2021/611");
  const auto& f = fi().decision;
  ASSERT_EQ(f.law_refs.size(), 2u);
  EXPECT_EQ(f.law_refs[0].section, "12 a");  // "(611/2021) 12 a §:n nojalla"
}

TEST(AknDecision, TwelveObjectivesWithTheSameEidsInBothLanguages) {
  const auto sv_ids = objective_eids(sv().xml);
  EXPECT_EQ(sv_ids.size(), 12u);
  EXPECT_EQ(sv_ids, objective_eids(fi().xml));
  auto nums = sv().xml.select_nodes("//paragraph[@refersTo='#objective']/num");
  ASSERT_EQ(nums.size(), 12u);
  for (std::size_t i = 0; i < nums.size(); ++i)
    EXPECT_EQ(std::string(nums[i].node().text().get()), std::to_string(i + 1) + ")");
  EXPECT_STREQ(
      sv().xml.select_node("//paragraph[@eId='para_1']/content/p[1]").node().text().get(),
      "Välfärdsområdet ska främja och säkerställa befolkningens välfärd, hälsa och säkerhet i "
      "alla situationer i sitt område.");
  EXPECT_STREQ(fi().xml.select_node("//paragraph[@eId='para_12']/content/p[1]").node().text().get(),
               "Hyvinvointialueen tehtäviä tulee hoitaa paikallisesti, alueellisesti ja "
               "valtakunnallisesti ihmisten välisellä hyvällä yhteistyöllä.");
}

TEST(AknDecision, GroupsAndSubheadings) {
  auto groups = sv().xml.select_nodes("//hcontainer[@name='objectiveGroup']");
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_STREQ(groups[0].node().child("heading").text().get(), "Mål för verksamheten:");
  EXPECT_EQ(groups[0].node().select_nodes("paragraph").size(), 6u);
  EXPECT_EQ(groups[1].node().select_nodes("paragraph").size(), 6u);
  auto sub = sv().xml.select_nodes("//paragraph[@eId='para_9']//p[@class='subheading']");
  ASSERT_EQ(sub.size(), 2u);
  EXPECT_STREQ(sub[0].node().text().get(), "Forsknings- och utvecklingsverksamhet");
}

TEST(AknDecision, EntryIntoForceAndSignatures) {
  const auto& x = sv().xml;
  EXPECT_STREQ(
      x.select_node("//hcontainer[@name='entryIntoForce']//date").node().attribute("date").value(),
      "2025-06-01");
  EXPECT_STREQ(x.select_node("//hcontainer[@name='signatures']//location").node().text().get(),
               "Helsingfors");
  EXPECT_STREQ(
      x.select_node("//hcontainer[@name='signatures']//date").node().attribute("date").value(),
      "2025-05-28");
  auto people = x.select_nodes("//signature/person");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_STREQ(people[0].node().text().get(), "Anna-Kaisa Ikonen");
  EXPECT_STREQ(x.select_node("//signature/role").node().text().get(), "Kommun- och regionminister");
  EXPECT_EQ(fi().xml.select_nodes("//signature/person").size(), 1u);
  EXPECT_EQ(fi().decision.entry_into_force_date->iso(), "2025-06-01");
  EXPECT_EQ(fi().decision.signing_date->iso(), "2025-05-28");
}

TEST(AknDecision, EveryTextElementCarriesItsLines) {
  for (const Parsed* p : {&sv(), &fi()}) {
    for (auto n :
         p->xml.select_nodes("//body//p | //heading | //paragraph | //formula | //longTitle")) {
      if (n.node().parent().name() == std::string("longTitle")) continue;
      EXPECT_TRUE(n.node().attribute("tolk:lines"))
          << n.node().name() << " " << n.node().text().get();
    }
  }
}

TEST(AknDecision, FinnishFlawsAreReportedNotHidden) {
  std::set<std::string> codes;
  for (const auto& d : fi().diags) codes.insert(d.code);
  EXPECT_TRUE(codes.count("decision.no-masthead"));
  EXPECT_TRUE(codes.count("decision.no-number"));
  for (const auto& d : sv().diags) ADD_FAILURE() << format_diagnostic(d);
  EXPECT_STREQ(fi().xml.select_node("//FRBRWork/FRBRuri").node().attribute("value").value(),
               "/akn/fi/act/decision/2025-05-28/unnumbered");
}

// A document cut short anywhere still gives valid XML, with diagnostics for what is missing.
TEST(AknDecision, TruncatedDecisionsStillGiveValidXml) {
  const std::string full =
      read_file_bytes((test::source_dir() / "corpus/decisions/vnp-272-2025.sv.txt").string());
  for (int pct = 0; pct < 100; pct += 10) {
    Layout l = test::layout_of(full.substr(0, full.size() * static_cast<std::size_t>(pct) / 100));
    Diagnostics diags;
    Decision d = parse_decision(l, test::repo_rules(), diags);
    pugi::xml_document x;
    akn_decision(d, {"t.txt", "sv", "", "test"}, test::repo_rules(), x);
    EXPECT_TRUE(valid_akn(xml_string(x), "cut" + std::to_string(pct))) << pct << "%";
    EXPECT_TRUE(check_references(x, "t").empty());
    if (pct < 90) {
      EXPECT_TRUE(has_errors(diags)) << pct << "%";
    }
  }
}

struct ParsedPublication {
  Publication pub;
  Diagnostics diags;
  pugi::xml_document xml;
  std::string text;
};

const ParsedPublication& publication() {
  static auto p = [] {
    auto r = std::make_unique<ParsedPublication>();
    const std::string path = "corpus/publications/stm-2024-6.sv.txt";
    Layout l = test::layout_of_file(path);
    r->pub = parse_publication(l, test::repo_rules(), r->diags);
    akn_publication(r->pub, {path, "sv", "x", "test"}, test::repo_rules(), r->xml);
    r->text = xml_string(r->xml);
    return r;
  }();
  return *p;
}

TEST(AknPublication, CorpusPublicationIsValidAndResolves) {
  EXPECT_TRUE(valid_akn(publication().text, "publication"));
  EXPECT_TRUE(check_references(publication().xml, "p").empty());
}

TEST(AknPublication, IdentityAndDescriptionSheets) {
  const auto& x = publication().xml;
  EXPECT_STREQ(x.select_node("/akomaNtoso/doc").node().attribute("name").value(),
               "ministryPublication");
  EXPECT_STREQ(x.select_node("//FRBRalias[@name='ISBN']").node().attribute("value").value(),
               "978-952-00-5444-1");
  EXPECT_STREQ(x.select_node("//FRBRalias[@name='ISSN']").node().attribute("value").value(),
               "1797-9854");
  EXPECT_STREQ(x.select_node("//FRBRalias[@name='URN']").node().attribute("value").value(),
               "URN:ISBN:978-952-00-5444-1");
  auto sheets = x.select_nodes("//preface/container[@name='descriptionSheet']");
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_STREQ(sheets[1].node().attribute("xml:lang").value(), "fi");
  EXPECT_STREQ(
      x.select_node("//container[@xml:lang='fi']/p[@class='language']").node().text().get(),
      "ruotsi");
  EXPECT_FALSE(x.select_nodes("//classification/keyword[@value='strateginen ohjaus']").empty());
}

TEST(AknPublication, EightObjectivesWithIndicatorsAndSources) {
  const auto& x = publication().xml;
  auto secs = x.select_nodes("//mainBody/section[@refersTo='#objective']");
  ASSERT_EQ(secs.size(), 8u);
  for (std::size_t i = 0; i < secs.size(); ++i)
    EXPECT_EQ(std::string(secs[i].node().child("num").text().get()), "2." + std::to_string(i + 1));
  // ind. 5028 under objective 2.1 in group Samordning.
  auto e = x.select_node(
      "//section[num='2.1']//hcontainer[heading='Samordning']//point//"
      "entity[@refersTo='#sotkanet-5028']");
  EXPECT_TRUE(e) << "ind. 5028 is not under 2.1 / Samordning";
  EXPECT_TRUE(x.select_node("//section[num='2.3']//entity[@refersTo='#sotkanet-5956']"));
  EXPECT_STREQ(x.select_node("//entity[@refersTo='#sotkanet-5956']").node().text().get(), "5 956");
  EXPECT_TRUE(x.select_node("//section[num='2.1']//span[@class='source']/organization[.='THL']"));
  EXPECT_EQ(x.select_nodes("//point[@refersTo='#indicator']").size(), 31u);
  auto note = x.select_node("//hcontainer[heading='Kontinuitet']//authorialNote[@marker='1']");
  EXPECT_TRUE(note);
}

std::unique_ptr<pugi::xml_document> protocol_xml(const std::string& path) {
  auto x = std::make_unique<pugi::xml_document>();
  Layout l = test::layout_of_file(path);
  Diagnostics d;
  Protocol p = parse_protocol(l, test::repo_rules(), d);
  akn_protocol(p, {path, "sv", "x", "test"}, test::repo_rules(), *x);
  return x;
}

TEST(AknProtocol, CorpusProtocolsAreValidAndResolve) {
  for (const char* path : {"corpus/protocols/kymmenedalen-2024-11-27.sv.txt",
                           "corpus/protocols/helsingfors-stad-2024-12-10.sv.txt"}) {
    auto x = protocol_xml(path);
    EXPECT_TRUE(valid_akn(xml_string(*x), "protocol")) << path;
    EXPECT_TRUE(check_references(*x, path).empty()) << path;
  }
}

TEST(AknProtocol, KymmenedalenContent) {
  auto x = protocol_xml("corpus/protocols/kymmenedalen-2024-11-27.sv.txt");
  EXPECT_STREQ(x->select_node("//FRBRWork/FRBRuri").node().attribute("value").value(),
               "/akn/fi/debate/negotiation/2024-11-27/kymmenedalens-valfardsomrade");
  EXPECT_STREQ(x->select_node("//FRBRalias[@name='caseNumber']").node().attribute("value").value(),
               "VN/29738/2024");
  EXPECT_EQ(x->select_nodes("//rollCall").size(), 5u);
  EXPECT_EQ(x->select_nodes("//rollCall/p/person").size(), 23u);
  EXPECT_EQ(x->select_nodes("//rollCall[contains(@refersTo,'#remote')]/p").size(), 6u);
  auto abs = x->select_node("//rollCall/p[person='Andreas Blanco Sequeiros']");
  ASSERT_TRUE(abs);
  EXPECT_STREQ(
      abs.node().select_node("recordedTime[@type='startEvent']").node().attribute("time").value(),
      "2024-11-27T12:22:00+02:00");
  EXPECT_STREQ(
      abs.node().select_node("recordedTime[@type='endEvent']").node().attribute("time").value(),
      "2024-11-27T14:30:00+02:00");
  EXPECT_STREQ(x->select_node("//person[@as='#chair']").node().text().get(), "Ville-Veikko Ahonen");
  EXPECT_EQ(x->select_nodes("//debateSection[@name='agendaItem']").size(), 13u);
  EXPECT_TRUE(
      x->select_node("//debateSection[@eId='dbsect_3']/debateSection[@eId='dbsect_3__dbsect_1']"));
  EXPECT_TRUE(x->select_node("//adjournment[num='7.']"));
  auto lists = x->select_nodes(
      "//debateSection[@eId='dbsect_6']/container[@name='decision']/"
      "container[@name='recommendationList']");
  ASSERT_EQ(lists.size(), 2u);
  EXPECT_EQ(lists[0].node().select_nodes("tblock[@class='recommendation']").size(), 3u);
  EXPECT_EQ(lists[1].node().select_nodes("tblock[@class='recommendation']").size(), 5u);
  EXPECT_EQ(x->select_nodes("//tblock/p[@class='followUp']").size(), 3u);
  EXPECT_EQ(x->select_nodes("//conclusions//signature").size(), 4u);
  EXPECT_STREQ(x->select_node("//tolk:list[@issuer='IM']").node().attribute("validTo").value(),
               "2026");
}

TEST(AknProtocol, HelsinkiSourcesAndMalformedCaseNumber) {
  auto x = protocol_xml("corpus/protocols/helsingfors-stad-2024-12-10.sv.txt");
  EXPECT_STREQ(x->select_node("//FRBRalias[@name='caseNumber']").node().attribute("value").value(),
               "VN/29738/202");
  auto orgs = x->select_nodes("//tblock//p[@class='followUp']/span[@class='source']/organization");
  ASSERT_EQ(orgs.size(), 3u);  // (Källa: SK), (Källa: SK/THL)
  EXPECT_STREQ(orgs[2].node().text().get(), "THL");
  EXPECT_EQ(x->select_nodes("//rollCall/p/person").size(), 22u);
}

TEST(AknGeneric, UnknownDocumentIsValid) {
  Layout l = test::layout_of("En rubrik\n\nNågot helt annat: <b>fet</b> & ]]> \"citat\".\n");
  pugi::xml_document x;
  akn_generic(l, {"u.txt", "sv", "abc", "test"}, x);
  EXPECT_TRUE(valid_akn(xml_string(x), "generic"));
  EXPECT_TRUE(check_references(x, "u").empty());
}

TEST(AknText, ControlCharactersAndMarkupStayText) {
  EXPECT_EQ(akn::xml_safe("a\x01"
                          "b"),
            "a\uFFFDb");
  // Each character XML cannot carry is one U+FFFD, wherever it is among runs of ASCII, Latin-1
  // and other characters; a byte that is no UTF-8 is one too; the rest stays as it is.
  EXPECT_EQ(akn::xml_safe("Välfärdsområdena ska\x02"
                          "främja hälsa\x1F"),
            "Välfärdsområdena ska\uFFFDfrämja hälsa\uFFFD");
  EXPECT_EQ(akn::xml_safe("0123456789abcdef\x0B"
                          "0123456789\xEF\xBF\xBE"
                          "x\xFF"
                          "y\xC3"),
            "0123456789abcdef\uFFFD0123456789\uFFFDx\uFFFDy\uFFFD");
  EXPECT_EQ(akn::xml_safe("\t\n\r – € \U0001F642 \u00A0 \u0085"),
            "\t\n\r – € \U0001F642 \u00A0 \u0085");
  EXPECT_EQ(akn::xml_safe(""), "");
  pugi::xml_document x;
  auto p = x.append_child("p");
  akn::append_marked(p, "x < y & ]]> z", {});
  EXPECT_EQ(xml_string(x),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>x &lt; y &amp; ]]&gt; z</p>\n");
}

TEST(AknText, SlugsAreStableAcrossSpellings) {
  EXPECT_EQ(akn::slug("Anna-Kaisa Ikonen"), akn::slug("Anna Kaisa Ikonen"));
  EXPECT_EQ(akn::slug("Regeringsråd"), "regeringsrad");
  EXPECT_EQ(akn::slug("12"), "x-12");
}

TEST(AknText, UnresolvedReferenceIsReported) {
  pugi::xml_document x;
  x.load_string("<akomaNtoso><act><p eId=\"a\" refersTo=\"#a #missing\"/></act></akomaNtoso>");
  Diagnostics d = check_references(x, "f.xml");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "akn.unresolved-reference");
  EXPECT_NE(d[0].message.find("#missing"), std::string::npos);
}

}  // namespace
}  // namespace tolk
