// A tiny Google Benchmark program whose only purpose is to produce real JSON for Slipway's tests.
#include <benchmark/benchmark.h>
#include <numeric>
#include <string>
#include <vector>

static void BM_Accumulate(benchmark::State& state) {
    std::vector<int> v(size_t(state.range(0)), 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(std::accumulate(v.begin(), v.end(), 0));
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * state.range(0) * int64_t(sizeof(int)));
}
BENCHMARK(BM_Accumulate)->Arg(64)->Arg(4096);

static void BM_StringConcat(benchmark::State& state) {
    for (auto _ : state) {
        std::string s;
        for (int i = 0; i < 16; ++i)
            s += "slipway";
        benchmark::DoNotOptimize(s);
    }
    state.counters["allocs"] = 2;
}
BENCHMARK(BM_StringConcat)->Unit(benchmark::kMicrosecond)->Repetitions(3);

static void BM_Fails(benchmark::State& state) {
    for (auto _ : state)
        state.SkipWithError("no test database");
}
BENCHMARK(BM_Fails);
BENCHMARK_MAIN();
