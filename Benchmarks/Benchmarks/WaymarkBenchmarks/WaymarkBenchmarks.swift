import Benchmark
import Foundation
import LargeCurriculum
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

/// Waymark's in-process benchmarks: loading curricula, rendering every screen,
/// one keystroke through `update`, saving a 20,000-entry progress file, search
/// (SearchBenchmarks.swift) and the daily loop's review log (DailyLoopBenchmarks.swift).
/// Run with `swift package --scratch-path ../.build-bench benchmark` from Benchmarks/.
let benchmarks: @Sendable () -> Void = {
    // CPU time is sampled in 10 ms ticks, so it only means something for the
    // benchmarks that take milliseconds; the sub-millisecond ones leave it out.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 3,
        maxDuration: .milliseconds(500),
        maxIterations: 2_000)

    loadingBenchmarks()
    renderingBenchmarks()
    updateBenchmarks()
    progressBenchmarks()
    searchBenchmarks()
    dailyLoopBenchmarks()
}

// MARK: - Loading

/// Wall clock, CPU, allocations and peak memory, for benchmarks of a millisecond or more.
let slowMetrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]

private func loadingBenchmarks() {
    // What start-up does: the curriculum was checked and parsed at build time.
    Benchmark("Load bundled curriculum", configuration: .init(metrics: slowMetrics)) { _ in
        blackHole(BundledCurriculum.curriculum)
    }

    // What `waymark validate` and a curriculum directory of the same size cost.
    Benchmark("Parse bundled curriculum files", configuration: .init(metrics: slowMetrics)) { _ in
        blackHole(try CurriculumLoader(source: BundledCurriculum.source).load())
    }

    Benchmark(
        "Load large curriculum (100 paths, 5,000 lessons, 20,000 deliverables)",
        configuration: .init(metrics: slowMetrics, warmupIterations: 1, maxDuration: .seconds(6), maxIterations: 10)
    ) { _, root in
        blackHole(try CurriculumLoader(source: DirectoryCurriculumSource(root: root)).load())
    } setup: {
        try Scratch.largeCurriculum()
    } teardown: {
        Scratch.remove("large-curriculum")
    }

    // What every start after the first does: fingerprint the directory, read the snapshot.
    Benchmark(
        "Load large curriculum from its snapshot",
        configuration: .init(metrics: slowMetrics, warmupIterations: 1, maxDuration: .seconds(6), maxIterations: 30)
    ) { (_: Benchmark, state: (source: DirectoryCurriculumSource, cache: CurriculumCache)) in
        let (source, cache) = state
        blackHole(try cache.curriculum(in: source) { throw CurriculumError.invalid([]) })
    } setup: {
        let source = try DirectoryCurriculumSource(root: Scratch.largeCurriculum())
        // Files changed in the last two seconds are not snapshotted.
        try await Task.sleep(for: .seconds(2.5))
        let cache = CurriculumCache(directory: Scratch.directory("curriculum-cache"))
        _ = try cache.curriculum(in: source) { try CurriculumLoader(source: source).load() }
        return (source, cache)
    } teardown: {
        Scratch.remove("large-curriculum")
        Scratch.remove("curriculum-cache")
    }
}

// MARK: - Rendering

private func renderingBenchmarks() {
    // The bundled curriculum, as the snapshot tests see it.
    for screen in Scene.screens {
        for size in Scene.sizes {
            Benchmark("Render \(screen.name) \(size.width)x\(size.height)") { _, state in
                blackHole(ScreenRenderer.render(state))
            } setup: {
                let curriculum = BundledCurriculum.curriculum
                var state = Scene.learner(
                    curriculum, pathID: "foundation-builder", width: size.width, height: size.height)
                try Scene.press(screen.keys, on: &state)
                return state
            }
        }
    }

    // The screens whose content grows with the curriculum, on the large one with
    // half of its 20,000 deliverables done.
    for screen in Scene.screens where ["path picker", "path plan", "phase"].contains(screen.name) {
        Benchmark("Render \(screen.name) 200x60, large curriculum") { _, state in
            blackHole(ScreenRenderer.render(state))
        } setup: {
            let curriculum = try Scratch.loadedLargeCurriculum()
            var state = Scene.learner(
                curriculum, pathID: "path-050", width: 200, height: 60, extra: Scene.halfDone(curriculum))
            try Scene.press(screen.keys, on: &state)
            return state
        }
    }
}

// MARK: - Update

private func updateBenchmarks() {
    // One cursor-down keystroke, each on a copy of the same state so every key does
    // the same work (the copy's first change copies the screen stack, a few screens).
    // Scaled by 1,000: the table shows the time of one key.
    Benchmark("update: cursor down on the phase screen", configuration: .init(scalingFactor: .kilo)) {
        (benchmark: Benchmark, state: AppState) in
        for _ in benchmark.scaledIterations {
            var copy = state
            blackHole(update(&copy, .key(.down), now: Scene.now))
        }
    } setup: {
        let curriculum = BundledCurriculum.curriculum
        var state = Scene.learner(curriculum, pathID: "foundation-builder", width: 80, height: 24)
        try Scene.press([.enter], on: &state)
        return state
    }

    Benchmark(
        "update: cursor down on the path picker, large curriculum", configuration: .init(scalingFactor: .kilo)
    ) { (benchmark: Benchmark, state: AppState) in
        for _ in benchmark.scaledIterations {
            var copy = state
            blackHole(update(&copy, .key(.down), now: Scene.now))
        }
    } setup: {
        let curriculum = try Scratch.loadedLargeCurriculum()
        var state = Scene.learner(
            curriculum, pathID: "path-050", width: 200, height: 60, extra: Scene.halfDone(curriculum))
        try Scene.press([.character("p")], on: &state)
        return state
    }
}

// MARK: - Progress

private func progressBenchmarks() {
    let ids = LargeCurriculum.standard.deliverableIDs
    let full = ids.enumerated().map { offset, id in
        ProgressChange.setState(
            deliverableID: id, offset.isMultiple(of: 3) ? .inProgress : .done,
            at: Scene.now.addingTimeInterval(Double(offset)))
    }

    // What every keystroke that changes progress costs: under the lock, check the
    // file is the one this store last wrote (so it is not decoded again), apply one
    // change, encode, keep the backup and write the new file (fsync of the file and
    // of its directory).
    Benchmark(
        "Save progress with 20,000 deliverables (one change, fsync)",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 200)
    ) { (benchmark: Benchmark, store: ProgressStore) in
        // A different deliverable and time on each iteration, so every save writes.
        let iteration = benchmark.currentIteration
        let id = ids[iteration % ids.count]
        try store.apply([
            .setNote(deliverableID: id, "note \(iteration)", at: Scene.now.addingTimeInterval(Double(iteration)))
        ])
    } setup: {
        Scratch.remove("progress")
        let store = ProgressStore(directory: Scratch.directory("progress"))
        try store.apply(full)
        return store
    } teardown: {
        Scratch.remove("progress")
    }

    // The two halves of a save without the disk, to tell where its time goes. Encode
    // returns Data, one copy of the bytes more than a save makes.
    Benchmark(
        "Encode progress with 20,000 deliverables",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(2))
    ) { _, progress in
        blackHole(try ProgressCodec.encode(progress))
    } setup: {
        var progress = LearnerProgress()
        for change in full { progress.apply(change) }
        return progress
    }

    Benchmark(
        "Decode progress with 20,000 deliverables",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(2))
    ) { _, bytes in
        blackHole(try ProgressCodec.decode(bytes, file: "progress.json"))
    } setup: {
        var progress = LearnerProgress()
        for change in full { progress.apply(change) }
        return try ProgressCodec.encode(progress)
    }
}
