// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for the two parsers that read files a learner can edit by hand.
// Build and run them with scripts/fuzz: the flags there instrument every module
// (WaymarkCurriculum, WaymarkCore, Yams) for coverage and AddressSanitizer, and only the two targets
// below link libFuzzer itself.
let package = Package(
    name: "WaymarkFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Waymark", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "FuzzCurriculumLoader",
            dependencies: ["FuzzHarness", "LibFuzzerDriver"],
            linkerSettings: linkLibFuzzer
        ),
        .executableTarget(
            name: "FuzzProgressDecoder",
            dependencies: ["FuzzHarness", "LibFuzzerDriver"],
            linkerSettings: linkLibFuzzer
        ),
        // What each target does with an input; the test suite replays the corpus through it.
        .target(
            name: "FuzzHarness",
            dependencies: [
                .product(name: "WaymarkCurriculum", package: "Waymark"),
                .product(name: "WaymarkCore", package: "Waymark"),
            ]),
        .target(name: "LibFuzzerDriver"),
    ],
    swiftLanguageModes: [.v6]
)

/// Links libFuzzer and its AddressSanitizer runtime into a fuzz target. Kept off the
/// command line (`--sanitize=fuzzer`) on purpose: that would also link libFuzzer into
/// the root package's CurriculumEmbedder build tool, whose own `main` then clashes.
var linkLibFuzzer: [LinkerSetting] { [.unsafeFlags(["-sanitize=fuzzer,address"])] }
