import Benchmark
import Foundation
import LargeCurriculum
import WaymarkCore
import WaymarkCurriculum

/// Issue 13: a search keystroke on the large curriculum within one frame at 60 Hz
/// (p95 under 16 ms), and the first search on the bundled curriculum, index built
/// on the way, under 30 ms.
func searchBenchmarks() {
    // What the first `/` costs on the bundled curriculum: every lesson and card
    // read and indexed, then the first letter typed.
    Benchmark(
        "Search: build the index and run the first query, bundled curriculum",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(3), maxIterations: 100)
    ) { _ in
        let index = SearchIndex(curriculum: BundledCurriculum.curriculum)
        blackHole(index.search("q"))
    }

    // Every keystroke of a learner typing two queries, one after the other: each
    // iteration is the search for the query as it stands after the next key, so the
    // p95 of the iterations is the p95 of a keystroke.
    let typed = SearchTyping.keystrokes(of: ["consistent hashing", "backpresure"])
    Benchmark(
        "Search: one keystroke, large curriculum (5,000 lessons)",
        configuration: .init(
            metrics: slowMetrics, warmupIterations: 0, maxDuration: .seconds(20), maxIterations: typed.count * 4)
    ) { (benchmark: Benchmark, index: SearchIndex) in
        blackHole(index.search(typed[benchmark.currentIteration % typed.count]))
    } setup: {
        // Lesson bodies are read while the index is built, so the files stay until then.
        defer { Scratch.remove("large-curriculum") }
        let curriculum = try CurriculumLoader(source: DirectoryCurriculumSource(root: Scratch.largeCurriculum()))
            .load()
        return SearchIndex(curriculum: curriculum)
    }

    Benchmark(
        "Search: one keystroke, bundled curriculum",
        configuration: .init(maxIterations: typed.count * 20)
    ) { (benchmark: Benchmark, index: SearchIndex) in
        blackHole(index.search(typed[benchmark.currentIteration % typed.count]))
    } setup: {
        SearchIndex(curriculum: BundledCurriculum.curriculum)
    }
}

/// The queries a learner's keys make.
enum SearchTyping {
    /// Each query as it stands after every key, from the first letter to the whole;
    /// "backpresure" keeps its typo, as typed.
    static func keystrokes(of queries: [String]) -> [String] {
        queries.flatMap { query in (1...query.count).map { String(query.prefix($0)) } }
    }
}
