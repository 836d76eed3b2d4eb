// Alignment accuracy and speed.
//
// Accuracy (printed before the timings): precision, recall and F1 of links on the corpus decision
// pair against the hand-made gold (tests/align/gold/vnp-272-2025.tsv), and the average over 30
// seeded trials of the damaged condition (three Finnish paragraphs deleted, two adjacent Swedish
// ones merged).
// Speed (Google Benchmark): synthetic pairs of 1,000, 3,000 and 10,000 paragraphs a side, made by
// repeating the corpus pair without its structural anchors, so the banded search does all the work.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "../align/align_eval.h"
#include "../test_support.h"
#include "parse/parse.h"

namespace tolk {
namespace {

struct Corpus {
  std::vector<AlignUnit> sv, fi;
  std::set<test::LinkKey> gold;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    Diagnostics d;
    Layout sl = test::layout_of_file("corpus/decisions/vnp-272-2025.sv.txt");
    Layout fl = test::layout_of_file("corpus/decisions/vnp-272-2025.fi.txt");
    c.sv = align_units(parse_decision(sl, test::repo_rules(), d));
    c.fi = align_units(parse_decision(fl, test::repo_rules(), d));
    c.gold = test::read_gold((test::source_dir() / "tests/align/gold/vnp-272-2025.tsv").string(), c.sv, c.fi);
    return c;
  }();
  return c;
}

void print_accuracy() {
  const Corpus& c = corpus();
  const Rules& r = test::repo_rules();
  test::Accuracy clean = test::accuracy(c.gold, test::keys(align(c.sv, c.fi, r)));
  std::printf("alignment accuracy, corpus decision pair (%zu sv / %zu fi units, %zu gold links)\n",
              c.sv.size(), c.fi.size(), c.gold.size());
  std::printf("  clean pair:            precision %.4f  recall %.4f  F1 %.4f\n", clean.precision,
              clean.recall, clean.f1);
  double p = 0, rc = 0, f = 0, worst = 1;
  const int trials = 30;
  for (int t = 0; t < trials; ++t) {
    test::DamagedPair d = test::damage(c.sv, c.fi, c.gold, 3, 1000 + static_cast<unsigned>(t));
    test::Accuracy a = test::accuracy(d.gold, test::keys(align(d.sv, d.fi, r)));
    p += a.precision;
    rc += a.recall;
    f += a.f1;
    worst = std::min(worst, a.f1);
  }
  std::printf("  damaged (30 trials):   precision %.4f  recall %.4f  F1 %.4f  (worst trial %.4f)\n\n",
              p / trials, rc / trials, f / trials, worst);
}

// Whole copies of the pair, about n paragraphs a side, so that copy k aligns with copy k.
std::pair<std::vector<AlignUnit>, std::vector<AlignUnit>> synthetic(std::size_t n) {
  std::vector<AlignUnit> sv, fi;
  const Corpus& c = corpus();
  while (sv.size() < n) {
    for (AlignUnit u : c.sv) {
      u.anchor = false;
      sv.push_back(u);
    }
    for (AlignUnit u : c.fi) {
      u.anchor = false;
      fi.push_back(u);
    }
  }
  return {sv, fi};
}

void BM_AlignSynthetic(benchmark::State& state) {
  auto [sv, fi] = synthetic(static_cast<std::size_t>(state.range(0)));
  std::size_t links = 0;
  for (auto _ : state) {
    Alignment a = align(sv, fi, test::repo_rules());
    links = a.links.size();
    benchmark::DoNotOptimize(a);
  }
  state.counters["paragraphs"] = static_cast<double>(sv.size());
  state.counters["links"] = static_cast<double>(links);
}
BENCHMARK(BM_AlignSynthetic)->Arg(1000)->Arg(3000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tolk

int main(int argc, char** argv) {
  tolk::print_accuracy();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
