// End-to-end `tolk batch` on synthetic corpora of 1x, 10x, 100x and 1000x the size of corpus/
// (tests/bench/corpus_gen.h, seed 1), with one worker thread and with two: wall time, throughput
// in MB/s of input, peak resident memory of the tolk process (from wait4), and the speed-up of two
// threads over one. Each of those runs starts from an empty output folder, so nothing is reused;
// then the two-thread run is repeated over its own output, nothing having changed (a check that
// does nothing: the last column). With --repeat N the one- and two-thread runs alternate N times
// and each figure is the fastest of its N (the run least disturbed by the machine's other load;
// the peak memory is that run's), so that the speed-up compares like with like.
//
//   batch_bench [--scales 1,10,100,1000] [--repeat N] [--work DIR] [--tolk PATH]
//
// The corpora are generated into DIR (default: build directory/bench-corpus) once and kept.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "corpus_gen.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  double seconds = 0;
  long peak_rss_kb = 0;
  int exit_code = -1;
};

// Runs `argv` with its output to /dev/null; wall time and the child's peak resident set.
Run run(const std::vector<std::string>& args) {
  const auto t0 = std::chrono::steady_clock::now();
  std::fflush(stdout);  // else the child would write what is buffered a second time
  const pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    std::perror(argv[0]);
    _exit(127);
  }
  Run r;
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.peak_rss_kb = usage.ru_maxrss;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

std::uintmax_t folder_bytes(const fs::path& dir, std::size_t& files) {
  std::uintmax_t total = 0;
  files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") {
      total += e.file_size();
      ++files;
    }
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tolk batch end to end on synthetic corpora"};
  std::vector<int> scales = {1, 10, 100, 1000};
  std::string work = TOLK_BENCH_WORK_DIR, tolk = TOLK_BINARY;
  unsigned repeat = 1;
  app.add_option("--scales", scales, "corpus sizes, as multiples of corpus/")->delimiter(',');
  app.add_option("--repeat", repeat, "runs of each kind per scale; the fastest is shown")
      ->check(CLI::Range(1u, 100u));
  app.add_option("--work", work, "where the corpora are generated and kept");
  app.add_option("--tolk", tolk, "the tolk executable");
  CLI11_PARSE(app, argc, argv);

  std::printf("tolk batch end to end, synthetic corpora (seed 1), %u cores\n",
              static_cast<unsigned>(sysconf(_SC_NPROCESSORS_ONLN)));
  std::printf("%6s %6s %9s | %8s %8s %9s | %8s %8s %9s | %8s | %9s\n", "scale", "docs", "MB",
              "1 thr s", "MB/s", "peak MB", "2 thr s", "MB/s", "peak MB", "speed-up", "same s");
  int failures = 0;
  for (int scale : scales) {
    const fs::path in = fs::path(work) / ("scale-" + std::to_string(scale));
    if (!fs::exists(in / ".complete")) {
      fs::remove_all(in);
      tolk::bench::CorpusSpec spec;
      spec.scale = scale;
      spec.seed = 1;
      tolk::bench::generate_corpus(spec, in);
      std::FILE* done = std::fopen((in / ".complete").c_str(), "w");
      if (done) std::fclose(done);
    }
    std::size_t files = 0;
    const double mb = static_cast<double>(folder_bytes(in, files)) / 1e6;
    Run runs[2], same;
    for (unsigned round = 0; round < repeat; ++round) {
      for (int jobs = 1; jobs <= 2; ++jobs) {
        const fs::path out =
            fs::path(work) / ("out-" + std::to_string(scale) + "-j" + std::to_string(jobs));
        fs::remove_all(out);
        const Run r = run({tolk, "batch", in.string(), "-o", out.string(), "-j",
                           std::to_string(jobs), "--quiet"});
        // Exit 1: a document or a pair has error findings, which a synthetic corpus may have
        // (the generator copies some real flaws); anything else is a failure.
        if (r.exit_code != 0 && r.exit_code != 1) {
          std::fprintf(stderr, "batch_bench: tolk batch exited %d on %s (-j %d)\n", r.exit_code,
                       in.c_str(), jobs);
          ++failures;
        }
        // A run that left out a whole-batch output did not do the work being timed.
        for (const char* whole : {"tracker.xlsx", "index.html", "manifest.json"}) {
          if (fs::exists(out / whole)) continue;
          std::fprintf(stderr, "batch_bench: tolk batch wrote no %s for %s (-j %d)\n", whole,
                       in.c_str(), jobs);
          ++failures;
        }
        Run& best = runs[jobs - 1];
        if (round == 0 || r.seconds < best.seconds) best = r;
        if (jobs == 2) {
          const Run again =
              run({tolk, "batch", in.string(), "-o", out.string(), "-j", "2", "--quiet"});
          if (again.exit_code != r.exit_code) {
            std::fprintf(stderr, "batch_bench: the rerun over %s exited %d, the run %d\n",
                         in.c_str(), again.exit_code, r.exit_code);
            ++failures;
          }
          if (round == 0 || again.seconds < same.seconds) same = again;
        }
        fs::remove_all(out);
      }
    }
    std::printf("%5dx %6zu %9.1f | %8.2f %8.1f %9.0f | %8.2f %8.1f %9.0f | %7.2fx | %9.2f\n", scale,
                files, mb, runs[0].seconds, mb / runs[0].seconds, runs[0].peak_rss_kb / 1024.0,
                runs[1].seconds, mb / runs[1].seconds, runs[1].peak_rss_kb / 1024.0,
                runs[0].seconds / runs[1].seconds, same.seconds);
    std::fflush(stdout);
  }
  return failures ? 1 : 0;
}
