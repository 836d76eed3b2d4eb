#include "emit/check_report.h"
#include "emit/html.h"

#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <set>

#include <pugixml.hpp>

#include "parse/parse.h"
#include "test_support.h"

namespace tolk {
namespace {

struct Checked {
  Layout sv_layout, fi_layout;
  Decision sv_model, fi_model;
  PairSide sv, fi;
  Alignment al;
  std::vector<Finding> findings;
};

const Checked& corpus() {
  static const auto c = [] {
    auto r = std::make_unique<Checked>();
    Diagnostics d;
    r->sv_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
    r->fi_layout = test::layout_of_file("corpus/decisions/vnp-272-2025.fi.txt");
    r->sv_model = parse_decision(r->sv_layout, test::repo_rules(), d);
    r->fi_model = parse_decision(r->fi_layout, test::repo_rules(), d);
    r->sv = {"corpus/decisions/vnp-272-2025.sv.txt",
             "sv",
             DocKind::decision,
             &r->sv_model,
             nullptr,
             nullptr,
             &r->sv_layout,
             align_units(r->sv_model)};
    r->fi = {"corpus/decisions/vnp-272-2025.fi.txt",
             "fi",
             DocKind::decision,
             &r->fi_model,
             nullptr,
             nullptr,
             &r->fi_layout,
             align_units(r->fi_model)};
    r->al = align(r->sv.units, r->fi.units, test::repo_rules());
    r->findings = check_pair(r->sv, r->fi, r->al, test::repo_rules());
    return r;
  }();
  return *c;
}

PairSide units_side(const std::string& lang, std::vector<AlignUnit> units) {
  PairSide s;
  s.file = "hand." + lang + ".txt";
  s.lang = lang;
  s.units = std::move(units);
  return s;
}

// ---- HTML ---------------------------------------------------------------------------------------

TEST(Html, EscapeTakesEveryCharacterThatMeansSomethingInHtml) {
  EXPECT_EQ(html_escape("<a href=\"x\">Tom's & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(html_escape("välfärdsområde"), "välfärdsområde");
  EXPECT_EQ(html_escape("a\tb\nc"), "a\tb\nc");
}

TEST(Html, XmlAttributeEscapeKeepsLineFeedsAndTabs) {
  std::string out = "x=\"";
  append_xml_attribute_escaped(out, "<a b=\"x\">Tom's &\n\tJerry</a>");
  EXPECT_EQ(out, "x=\"&lt;a b=&quot;x&quot;&gt;Tom's &amp;&#10;&#9;Jerry&lt;/a&gt;");
  append_xml_attribute_escaped(out, "");
  append_xml_attribute_escaped(out, "välfärd");
  EXPECT_EQ(out.substr(out.size() - 9), "välfärd");
}

TEST(CheckHtml, IsOneWellFormedPageWithTheSummaryFirst) {
  const Checked& c = corpus();
  const std::string html = check_html(c.sv, c.fi, c.al, c.findings);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  pugi::xml_document doc;
  const auto ok = doc.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype);
  ASSERT_TRUE(ok) << ok.description() << " at byte " << ok.offset;
  const std::size_t summary = html.find("<h2>Summary</h2>");
  const std::size_t table = html.find("<table class=\"aligned\">");
  ASSERT_NE(summary, std::string::npos);
  ASSERT_NE(table, std::string::npos);
  EXPECT_LT(summary, table);
  EXPECT_NE(html.find("4 errors"), std::string::npos);
  EXPECT_NE(html.find("1 warning"), std::string::npos);
  EXPECT_NE(html.find("0 notes"), std::string::npos);
  // The counts per language, the signatories differing.
  EXPECT_NE(html.find("<tr class=\"differs\"><th>signatories</th><td>2</td><td>1</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><th>objectives</th><td>12</td><td>12</td></tr>"), std::string::npos);
}

TEST(CheckHtml, NamesEveryFindingAndLinksItToItsRow) {
  const Checked& c = corpus();
  const std::string html = check_html(c.sv, c.fi, c.al, c.findings);
  ASSERT_FALSE(c.findings.empty());
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    const Finding& f = c.findings[i];
    EXPECT_NE(html.find(html_escape(f.message)), std::string::npos) << f.message;
    EXPECT_NE(html.find("<li id=\"f" + std::to_string(i + 1) + "\""), std::string::npos);
  }
  // Every in-page link has its target.
  const std::regex href("href=\"#([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator();
       ++it)
    EXPECT_NE(html.find("id=\"" + (*it)[1].str() + "\""), std::string::npos) << (*it)[1].str();
}

TEST(CheckHtml, ShowsBothVersionsSideBySideWithTheirLinesAndLanguages) {
  const Checked& c = corpus();
  const std::string html = check_html(c.sv, c.fi, c.al, c.findings);
  EXPECT_NE(html.find("Regeringsråd Kirsi Ruuhonen"), std::string::npos);
  EXPECT_NE(html.find("Kunta- ja alueministeri"), std::string::npos);
  EXPECT_NE(html.find("Valtioneuvosto vahvistaa hyvinvointialueesta"), std::string::npos);
  EXPECT_NE(html.find("<td lang=\"sv\""), std::string::npos);
  EXPECT_NE(html.find("<td lang=\"fi\""), std::string::npos);
  EXPECT_NE(html.find("line 493 · hcontainer_signatures__p_3"), std::string::npos);
  EXPECT_NE(html.find("lines 8-10 · preamble__formula_1"), std::string::npos);
  // One row a link.
  std::size_t rows = 0;
  for (std::size_t at = html.find("<tr id=\"l"); at != std::string::npos;
       at = html.find("<tr id=\"l", at + 1))
    ++rows;
  EXPECT_EQ(rows, c.al.links.size());
}

TEST(CheckHtml, HighlightsEachFindingWhereItIs) {
  const Checked& c = corpus();
  const std::string html = check_html(c.sv, c.fi, c.al, c.findings);
  EXPECT_NE(html.find("<a href=\"#f5\">Anna-Kaisa Ikonen</a></mark>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#f5\">Anna Kaisa Ikonen</a></mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"warning\""), std::string::npos);
  // A unit in one language only: its cell is marked, the other side says nothing is there.
  EXPECT_NE(
      html.find(
          "<td lang=\"sv\" class=\"only error\"><div class=\"unit\"><div class=\"where\">line 1 ·"),
      std::string::npos);
  EXPECT_NE(html.find("<td lang=\"fi\" class=\"missing\">nothing in the Finnish</td>"),
            std::string::npos);
}

TEST(CheckHtml, MarksAChangedValueInBothCells) {
  const PairSide sv = units_side("sv", {{"p_1", true, "Träder i kraft den 28 maj 2025.", {4, 4}}});
  const PairSide fi = units_side("fi", {{"p_1", true, "Tulee voimaan 29.5.2025.", {3, 3}}});
  const Alignment al = align(sv.units, fi.units, test::repo_rules());
  const auto fs = check_pair(sv, fi, al, test::repo_rules());
  ASSERT_EQ(fs.size(), 1u);
  const std::string html = check_html(sv, fi, al, fs);
  EXPECT_NE(html.find("den <mark class=\"error\""), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#f1\">28 maj 2025</a></mark>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#f1\">29.5.2025</a></mark>"), std::string::npos);
}

TEST(CheckHtml, EscapesAllText) {
  const std::string evil = "<script>alert('x')</script> & \"quoted\" 5 %";
  const PairSide sv = units_side("sv", {{"p_1", true, evil, {1, 1}}});
  const PairSide fi = units_side("fi", {{"p_1", true, "Ei mitään <b>tässä</b> & 6 %", {1, 1}}});
  PairSide sv_named = sv;
  sv_named.file = "a<b>&'.txt";
  const Alignment al = align(sv.units, fi.units, test::repo_rules());
  const auto fs = check_pair(sv_named, fi, al, test::repo_rules());
  ASSERT_FALSE(fs.empty());
  const std::string html = check_html(sv_named, fi, al, fs);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"),
            std::string::npos);
  EXPECT_NE(html.find("a&lt;b&gt;&amp;&#39;.txt"), std::string::npos);
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype));
}

TEST(CheckHtml, IsSelfContained) {
  const Checked& c = corpus();
  const std::string html = check_html(c.sv, c.fi, c.al, c.findings);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  const std::regex attr("(?:src|href)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), attr); it != std::sregex_iterator();
       ++it)
    EXPECT_EQ((*it)[1].str().rfind("#", 0), 0u) << (*it)[1].str();
}

TEST(CheckHtml, APairWithoutFindingsSaysSo) {
  const Checked& c = corpus();
  const Alignment al = align(c.fi.units, c.fi.units, test::repo_rules());
  const std::string html = check_html(c.fi, c.fi, al, {});
  EXPECT_NE(html.find("no findings"), std::string::npos);
  EXPECT_EQ(html.find("<mark"), std::string::npos);
}

// ---- XML ----------------------------------------------------------------------------------------

TEST(CheckXml, OneElementPerFindingInTolksNamespace) {
  const Checked& c = corpus();
  const std::string xml = check_xml(c.sv, c.fi, c.al, c.findings);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  const pugi::xml_node root = doc.child("check");
  ASSERT_TRUE(root);
  EXPECT_STREQ(root.attribute("xmlns").value(), "urn:x-tolk:check:1");
  EXPECT_EQ(root.attribute("errors").as_uint(), 4u);
  EXPECT_EQ(root.attribute("warnings").as_uint(), 1u);
  EXPECT_EQ(root.attribute("notes").as_uint(), 0u);
  std::size_t n = 0;
  for (pugi::xml_node f = root.child("finding"); f; f = f.next_sibling("finding")) {
    ASSERT_LT(n, c.findings.size());
    const Finding& want = c.findings[n++];
    EXPECT_STREQ(f.attribute("severity").value(), severity_name(want.severity));
    EXPECT_EQ(f.attribute("code").value(), want.code);
    EXPECT_EQ(f.child_value("message"), want.message);
    EXPECT_EQ(f.child("sv").attribute("line").as_ullong(), want.sv_line);
    EXPECT_EQ(f.child("fi").attribute("line").as_ullong(), want.fi_line);
    EXPECT_EQ(f.child("sv").attribute("eId").value(), want.sv_eid);
    EXPECT_EQ(f.child("fi").attribute("eId").value(), want.fi_eid);
    EXPECT_EQ(f.child("sv").child_value("value"), want.sv_value);
    EXPECT_EQ(f.child("fi").child_value("value"), want.fi_value);
    EXPECT_EQ(std::string(f.attribute("link").value()), "l" + std::to_string(want.link + 1));
  }
  EXPECT_EQ(n, c.findings.size());
  const pugi::xml_node spelling =
      root.find_child_by_attribute("finding", "code", "check.name-spelling");
  EXPECT_STREQ(spelling.child("sv").child_value("value"), "Anna-Kaisa Ikonen");
  EXPECT_STREQ(spelling.child("fi").child_value("value"), "Anna Kaisa Ikonen");
  const pugi::xml_node counts = root.child("counts");
  const pugi::xml_node sig = counts.find_child_by_attribute("count", "name", "signatories");
  EXPECT_EQ(sig.attribute("sv").as_uint(), 2u);
  EXPECT_EQ(sig.attribute("fi").as_uint(), 1u);
  const pugi::xml_node sv_doc = root.find_child_by_attribute("document", "lang", "sv");
  EXPECT_STREQ(sv_doc.attribute("kind").value(), "decision");
}

TEST(CheckXml, TextComesBackUnchanged) {
  const std::string evil = "<script>alert('x')</script> & \"q\" 5 %";
  const PairSide sv = units_side("sv", {{"p_1", true, evil, {1, 1}}});
  const PairSide fi = units_side("fi", {{"p_1", true, "Ei mitään 6 %", {1, 1}}});
  const Alignment al = align(sv.units, fi.units, test::repo_rules());
  const auto fs = check_pair(sv, fi, al, test::repo_rules());
  ASSERT_EQ(fs.size(), 1u);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(check_xml(sv, fi, al, fs).c_str()));
  const pugi::xml_node f = doc.child("check").child("finding");
  EXPECT_EQ(f.child_value("message"), fs[0].message);
  EXPECT_STREQ(f.child("sv").child_value("value"), "5 %");
}

TEST(CheckXml, AnEmptyCheckIsStillADocument) {
  const PairSide sv = units_side("sv", {}), fi = units_side("fi", {});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(check_xml(sv, fi, Alignment{}, {}).c_str()));
  EXPECT_EQ(doc.child("check").attribute("errors").as_uint(), 0u);
  EXPECT_FALSE(doc.child("check").child("finding"));
  EXPECT_EQ(std::string(check_html(sv, fi, Alignment{}, {})).rfind("<!DOCTYPE html>", 0), 0u);
}

}  // namespace
}  // namespace tolk
