// tolk_gen_corpus: writes a synthetic corpus for benchmarks (corpus_gen.h).
//
// Exit codes: 0 written, 1 the corpus could not be written, 2 usage error (bad arguments, or an
// output folder that is not empty without --force).
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "corpus_gen.h"

int main(int argc, char** argv) {
  CLI::App app{
      "Write a synthetic corpus of Government decisions, ministry publications and negotiation "
      "protocols shaped like corpus/, for benchmarks. The same --scale and --seed give the same "
      "bytes on every platform.",
      "tolk_gen_corpus"};
  tolk::bench::CorpusSpec spec;
  std::string out;
  bool force = false;
  app.add_option("--scale", spec.scale,
                 "Size: 1 is the size and mix of corpus/ (about 130 KB), n about n times as many "
                 "bytes")
      ->check(CLI::Range(0.01, 1e6))
      ->capture_default_str();
  app.add_option("--seed", spec.seed, "Seed of the random choices")->capture_default_str();
  app.add_option("-o,--output", out, "The folder to write into")->required();
  app.add_flag("--force", force,
               "Write into a folder that is not empty (same names are overwritten)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_empty(out, ec) && !force) {
    std::cerr << "tolk_gen_corpus: " << out
              << " is not empty; choose an empty folder or pass --force\n";
    return 2;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const auto docs = tolk::bench::generate_corpus(spec, out);
    std::size_t bytes = 0;
    for (const auto& d : docs) bytes += d.bytes;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("tolk_gen_corpus: %zu files, %zu bytes written to %s in %.2f s\n", docs.size(),
                bytes, out.c_str(), seconds);
  } catch (const std::exception& e) {
    std::cerr << "tolk_gen_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
