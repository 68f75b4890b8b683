// swift-tools-version:6.1
import PackageDescription

// Performance benchmarks, kept out of the main package so `swift test` never builds
// package-benchmark. Run from this directory:
//   swift package --scratch-path ../.build-bench benchmark
let package = Package(
    name: "WaymarkBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Waymark", path: ".."),
        // Only the malloc interposer: the default RuntimeInterposer trait needs a
        // package this machine does not have.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Writes the scale-case curriculum (100 paths, 5,000 lessons, 20,000
        // deliverables), byte for byte the same on every run.
        .target(name: "LargeCurriculum"),
        .executableTarget(name: "generate-large-curriculum", dependencies: ["LargeCurriculum"]),

        // package-benchmark runs every executable target under Benchmarks/.
        .executableTarget(
            name: "WaymarkBenchmarks",
            dependencies: [
                "LargeCurriculum",
                .product(name: "WaymarkCurriculum", package: "Waymark"),
                .product(name: "WaymarkCore", package: "Waymark"),
                .product(name: "WaymarkTUI", package: "Waymark"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/WaymarkBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
