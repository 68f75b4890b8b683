// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "waymark", targets: ["waymark"]),
        .library(name: "WaymarkCurriculum", targets: ["WaymarkCurriculum"]),
        .library(name: "WaymarkCore", targets: ["WaymarkCore"]),
        .library(name: "WaymarkTUI", targets: ["WaymarkTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `waymark sync` runs git as a subprocess.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        // Tests only: generated inputs for the properties the model must keep.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The only C in the project: libncursesw through a tiny shim.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),

        // The curriculum model and the loader that reads and checks a curriculum
        // directory. Its own module so the build-time embedder can use it too.
        .target(
            name: "WaymarkCurriculum",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),

        // The rest of the model: progress, reports and the bundled curriculum. No terminal code.
        .target(
            name: "WaymarkCore",
            dependencies: ["WaymarkCurriculum"],
            plugins: ["EmbedCurriculum"]
        ),

        // Sync between machines through any git remote: git run as a subprocess, kept
        // out of WaymarkCore so the model and the view build without it.
        .target(
            name: "WaymarkSync",
            dependencies: ["WaymarkCore", .product(name: "Subprocess", package: "swift-subprocess")]
        ),

        // The command line: wiring only.
        .executableTarget(
            name: "waymark",
            dependencies: [
                "WaymarkCurriculum", "WaymarkCore", "WaymarkTUI", "WaymarkSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The interactive front end: pure update/render plus one ncurses adapter.
        .target(
            name: "WaymarkTUI",
            dependencies: ["WaymarkCurriculum", "WaymarkCore", "CNCursesW"]
        ),

        // Build-time tool and plugin that check curriculum/ and compile it into the
        // binary, already parsed, so a copied release binary carries its curriculum
        // and starts without parsing YAML.
        .executableTarget(name: "CurriculumEmbedder", dependencies: ["WaymarkCurriculum"]),
        .plugin(
            name: "EmbedCurriculum",
            capability: .buildTool(),
            dependencies: ["CurriculumEmbedder"]
        ),

        .testTarget(
            name: "WaymarkCoreTests",
            dependencies: [
                "WaymarkCurriculum", "WaymarkCore", .product(name: "PropertyBased", package: "swift-property-based"),
                // The schema tests read course files as an editor does, typed by YAML 1.2.
                .product(name: "Yams", package: "Yams"),
            ],
            // Read from the source tree by #filePath, like the TUI's snapshots.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "WaymarkTUITests",
            dependencies: [
                "WaymarkTUI", "WaymarkCurriculum", "WaymarkCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "WaymarkSyncTests", dependencies: ["WaymarkSync", "WaymarkCore"]),
        // Drives the built binary as a learner would: from a shell, and in tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["waymark"]),
    ],
    swiftLanguageModes: [.v6]
)
