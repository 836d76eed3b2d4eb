#include "emit/text_report.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

TEST(TextReport, JsonCarriesIdsKindsSpansAndDebris) {
  Text t = test::text_of("Protokoll\nÄrendenummer: VN/1/2024\nMål:\n\n[☒](#) A [☒](#) B\n", "p.sv.txt");
  Layout l = layout(t, test::repo_rules());
  nlohmann::json j = to_json(t, l, nullptr, {});
  EXPECT_EQ(j["file"], "p.sv.txt");
  ASSERT_EQ(j["blocks"].size(), 3u);
  EXPECT_EQ(j["blocks"][0]["id"], "b3");
  EXPECT_EQ(j["blocks"][1]["id"], "b5");
  EXPECT_EQ(j["blocks"][2]["id"], "b5.2");
  EXPECT_EQ(j["blocks"][2]["kind"], "list-item");
  EXPECT_EQ(j["blocks"][2]["lines"], nlohmann::json::array({5, 5}));
  EXPECT_EQ(j["blocks"][2]["label"], "☒");
  ASSERT_EQ(j["debris"].size(), 2u);
  EXPECT_EQ(j["debris"][0]["rule"], "debris.page-header");
  EXPECT_EQ(j["page_header_fields"][0]["value"], "VN/1/2024");
  EXPECT_FALSE(j.contains("explain"));
  TextReportOptions opts;
  opts.explain = true;
  EXPECT_TRUE(to_json(t, l, nullptr, opts)["explain"].size() > 0);
}

TEST(TextReport, TextShowsSpansKindsAndExplanations) {
  Text t = test::text_of("för välfärds-\nområdenas skull.\n", "d.sv.txt");
  Layout l = layout(t, test::repo_rules());
  TextReportOptions opts;
  opts.explain = true;
  std::string out = render_text(t, l, nullptr, opts);
  EXPECT_NE(out.find("== d.sv.txt (UTF-8, single-spaced"), std::string::npos);
  EXPECT_NE(out.find("1-2       paragraph   -- för välfärdsområdenas skull."), std::string::npos);
  EXPECT_NE(out.find("~ 2 dehyphen.join.default: välfärds- + områdenas -> välfärdsområdenas"),
            std::string::npos);
}

TEST(TextReport, KindAndLanguagesAreShown) {
  Text t = test::text_of("Statsrådets beslut om mål\n\nMed stöd av 12 a § i lagen om välfärdsområden (611/2021) fastställer statsrådet följande.\n", "d.sv.txt");
  Layout l = layout(t, test::repo_rules());
  Classification c;
  c.kind = DocKind::decision;
  c.lang = "sv";
  c.block_langs = {"sv", ""};
  std::string out = render_text(t, l, &c, {});
  EXPECT_NE(out.find("== d.sv.txt (decision, sv, UTF-8"), std::string::npos) << out;
  EXPECT_NE(out.find("heading     sv Statsrådets beslut om mål"), std::string::npos) << out;
  nlohmann::json j = to_json(t, l, &c, {});
  EXPECT_EQ(j["kind"], "decision");
  EXPECT_EQ(j["language"], "sv");
  EXPECT_EQ(j["blocks"][0]["language"], "sv");
  EXPECT_FALSE(j["blocks"][1].contains("language"));
}

TEST(TextReport, DiagnosticJson) {
  Diagnostic d{"x.txt", 0, 0, 5, Severity::error, "decode.binary", "NUL byte"};
  nlohmann::json j = to_json(d);
  EXPECT_EQ(j["byte_offset"], 5);
  EXPECT_EQ(j["severity"], "error");
  EXPECT_FALSE(j.contains("line"));
}

}  // namespace
}  // namespace tolk
