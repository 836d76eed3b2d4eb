// Throughput of every stage, in MB/s of input text, on the five real documents of corpus/ (one
// iteration takes all five, 130 KB): decode, layout, classify, parse, Akoma Ntoso writing, the
// whole way from bytes to XML text (what `tolk parse` does per document), the alignment and check
// of the decision pair, and the workbook. Each stage gets the output of the stages before it,
// made once outside the timing. Single-threaded: the figures are per core.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "../test_support.h"
#include "align/check.h"
#include "batch/document.h"
#include "batch/track.h"
#include "core/io.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "emit/tracker.h"
#include "parse/parse.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kFiles = {
    "corpus/decisions/vnp-272-2025.sv.txt", "corpus/decisions/vnp-272-2025.fi.txt",
    "corpus/publications/stm-2024-6.sv.txt", "corpus/protocols/kymmenedalen-2024-11-27.sv.txt",
    "corpus/protocols/helsingfors-stad-2024-12-10.sv.txt"};

struct Corpus {
  std::vector<std::string> bytes;
  std::vector<Document> docs;  // every stage done
  std::size_t total = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    for (const std::string& f : kFiles) {
      c.bytes.push_back(read_file_bytes((test::source_dir() / f).string()));
      c.total += c.bytes.back().size();
      Document d;
      d.path = d.display = f;
      c.docs.push_back(load_document_bytes(c.bytes.back(), std::move(d), test::repo_rules()));
    }
    return c;
  }();
  return c;
}

void bytes_processed(benchmark::State& state, std::size_t per_iteration) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * per_iteration));
}

void BM_Decode(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const std::string& b : c.bytes) benchmark::DoNotOptimize(decode(b, "x.txt"));
  bytes_processed(state, c.total);
}

void BM_Layout(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Document& d : c.docs) benchmark::DoNotOptimize(layout(*d.text, test::repo_rules()));
  bytes_processed(state, c.total);
}

void BM_Classify(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Document& d : c.docs)
      benchmark::DoNotOptimize(classify(*d.layout, test::repo_rules()));
  bytes_processed(state, c.total);
}

void BM_Parse(benchmark::State& state) {
  const Corpus& c = corpus();
  const Rules& r = test::repo_rules();
  for (auto _ : state) {
    for (const Document& d : c.docs) {
      Diagnostics diags;
      switch (d.kind()) {
        case DocKind::decision:
          benchmark::DoNotOptimize(parse_decision(*d.layout, r, diags));
          break;
        case DocKind::publication:
          benchmark::DoNotOptimize(parse_publication(*d.layout, r, diags));
          break;
        case DocKind::protocol:
          benchmark::DoNotOptimize(parse_protocol(*d.layout, r, diags));
          break;
        case DocKind::unknown:
          break;
      }
    }
  }
  bytes_processed(state, c.total);
}

void BM_WriteXml(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const Document& d : c.docs) {
      pugi::xml_document xml;
      Diagnostics diags;
      document_akn(d, test::repo_rules(), xml, diags);
      benchmark::DoNotOptimize(xml_string(xml));
    }
  }
  bytes_processed(state, c.total);
}

// The target: bytes in, Akoma Ntoso XML text out, every stage and check included.
void BM_TextToAkn(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.bytes.size(); ++i) {
      Document d;
      d.path = d.display = kFiles[i];
      d = load_document_bytes(c.bytes[i], std::move(d), test::repo_rules());
      pugi::xml_document xml;
      document_akn(d, test::repo_rules(), xml, d.diagnostics);
      benchmark::DoNotOptimize(xml_string(xml));
    }
  }
  bytes_processed(state, c.total);
}

// The decision pair: alignment, then the consistency check; MB/s of both texts.
void BM_AlignAndCheckPair(benchmark::State& state) {
  const Corpus& c = corpus();
  const Document& sv = c.docs[0];
  const Document& fi = c.docs[1];
  for (auto _ : state) {
    Diagnostics diags;
    Alignment al = align_pair(sv, fi, test::repo_rules(), diags);
    benchmark::DoNotOptimize(check_pair(pair_side(sv), pair_side(fi), al, test::repo_rules()));
  }
  bytes_processed(state, c.bytes[0].size() + c.bytes[1].size());
}

// The follow-up workbook of the five documents, built and written to a file.
void BM_Workbook(benchmark::State& state) {
  const Corpus& c = corpus();
  const fs::path out = fs::temp_directory_path() / "tolk-stage-bench.xlsx";
  Diagnostics diags;
  const CountyCodes counties = load_county_codes(test::repo_rules().dir / "counties.tsv", diags);
  const TrackerLabels labels = load_tracker_labels(test::repo_rules().dir, "sv", diags);
  for (auto _ : state) {
    TrackerData data = build_tracker(c.docs, test::repo_rules(), counties, {}, diags);
    benchmark::DoNotOptimize(write_tracker(out.string(), data, {}, labels, {}, diags));
  }
  fs::remove(out);
  bytes_processed(state, c.total);
}

BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Layout)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Classify)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextToAkn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignAndCheckPair)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Workbook)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tolk

int main(int argc, char** argv) {
  std::printf("stages on corpus/ (%zu bytes in 5 documents), one thread; MB/s of input text\n",
              tolk::corpus().total);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
