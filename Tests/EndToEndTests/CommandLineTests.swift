import Foundation
import Testing

@Suite("waymark command line", .serialized)
struct CommandLineTests {
    @Test("paths lists the four paths with audience, duration, hours and focus")
    func paths() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["paths"])
        #expect(result.status == 0)
        for expected in [
            "Foundation Builder", "For new graduates · 6-8 weeks · 5-10 hours a week · Laws → Patterns → Tools",
            "Problem Solver", "4-6 weeks", "System Designer", "10-15 hours a week", "Technical Leader",
            "5 hours a week · Economics → Teams → Culture", "0/4 deliverables done (0%)",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test("show prints every phase of Foundation Builder with deliverables and criteria")
    func showFoundation() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["show", "foundation-builder"])
        #expect(result.status == 0)
        for expected in [
            "Weeks 1-2 · Core Laws", "Weeks 3-4 · First Patterns", "Weeks 5-6 · Quantitative Tools",
            "Weeks 7-8 · Real Systems", "[ ] Notes on each law  (notes-on-each-law)", "Implement 1 pattern",
            "Capacity plan for toy system", "System design document", "Can explain all 7 laws in your own words",
            "Have implemented at least 3 patterns", "Can analyze a system using the framework",
            "lessons: Law 1: Correlated failure",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test("show --week narrows to the phase covering that week")
    func showWeek() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["show", "problem-solver", "--week", "3"])
        #expect(result.stdout.contains("Weeks 2-3 · Pattern Deep Dives"))
        #expect(!result.stdout.contains("Laws Speed Run"))
    }

    @Test("show --json has the documented shape for every path")
    func showJSON() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        for (path, phases) in [
            ("foundation-builder", 4), ("problem-solver", 4), ("system-designer", 3), ("technical-leader", 3),
        ] {
            let result = try waymark.run(["show", path, "--json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(json["id"] as? String == path)
            #expect((json["phases"] as? [[String: Any]])?.count == phases)
            let first = try #require((json["phases"] as? [[String: Any]])?.first)
            #expect((first["weeks"] as? [Int])?.first == 1)
            #expect(((first["activities"] as? [[String: Any]])?.first?["lessons"] as? [String])?.isEmpty == false)
            #expect((first["deliverables"] as? [[String: Any]])?.first?["state"] as? String == "todo")
            #expect((json["successCriteria"] as? [[String: Any]])?.count == 3)
        }
    }

    @Test("show bootcamp lists its five steps")
    func showBootcamp() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["show", "bootcamp"])
        #expect(result.stdout.contains("1. Understand the CAP theorem"))
        #expect(result.stdout.contains("5. Take an introduction course"))
    }

    @Test("an unknown path names the closest one and exits 1")
    func unknownPath() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["show", "foundation-bilder"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no path 'foundation-bilder'. Did you mean: foundation-builder?"))
    }

    @Test("check, uncheck, skip and note change status and the file")
    func deliverableCommands() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder", "--on", "2026-11-02"])
        #expect(
            try waymark.run(["check", "notes-on-each-law"]).stdout.contains(
                "[x] Notes on each law — done. Foundation Builder: 1/4 done."))
        try waymark.run(["skip", "implement-one-pattern"])
        try waymark.run(["note", "notes-on-each-law", "Seven pages, one per law"])
        var status = try waymark.run(["status", "--json"])
        var json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(json["activePath"] as? String == "foundation-builder")
        let foundation = try #require((json["paths"] as? [[String: Any]])?.first)
        #expect(foundation["done"] as? Int == 1)
        #expect(foundation["skipped"] as? Int == 1)
        #expect(foundation["percent"] as? Int == 25)
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"notes-on-each-law\""))
        #expect(file.contains("\"note\" : \"Seven pages, one per law\""))
        #expect(file.contains("\"state\" : \"skipped\""))
        #expect(file.contains("\"startedOn\" : \"2026-11-02\""))

        try waymark.run(["uncheck", "notes-on-each-law"])
        status = try waymark.run(["status", "--json"])
        json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect((json["paths"] as? [[String: Any]])?.first?["done"] as? Int == 0)
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("Seven pages"))
    }

    @Test("an unknown deliverable id lists the closest ids and changes nothing")
    func unknownDeliverable() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["check", "notes-on-each-lw"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no deliverable 'notes-on-each-lw'. Closest: notes-on-each-law"))
        #expect(!FileManager.default.fileExists(atPath: waymark.progressFile.path))
    }

    @Test("a truncated progress file makes check fail and stays byte-identical")
    func truncatedFile() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["check", "notes-on-each-law"])
        try waymark.run(["check", "capacity-plan-for-toy-system"])
        let good = try Data(contentsOf: waymark.progressFile)
        let truncated = good.prefix(good.count - 10)
        try truncated.write(to: waymark.progressFile)
        let result = try waymark.run(["check", "implement-one-pattern"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is damaged"))
        #expect(result.stderr.contains("progress.json.bak"))
        #expect(try Data(contentsOf: waymark.progressFile) == truncated)
    }

    @Test("a bare waymark, which skips the argument parser, fails exactly as `waymark status` does")
    func bareCommandFailsLikeParsedOne() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        let damaged = Data("{\"schemaVersion\": 2, \"paths\"".utf8)
        try damaged.write(to: waymark.progressFile)
        let bare = try waymark.run([])
        let parsed = try waymark.run(["status"])
        #expect(bare.status == 1)
        #expect(bare.status == parsed.status)
        #expect(bare.stderr.hasPrefix("Error: "))
        #expect(bare.stderr.contains("is damaged"))
        #expect(bare.stderr == parsed.stderr)
        #expect(bare.stdout == parsed.stdout)
        #expect(try Data(contentsOf: waymark.progressFile) == damaged)
    }

    @Test("a progress file from schemaVersion 999 makes check fail and stays byte-identical")
    func newerFile() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        let newer = Data("{\"schemaVersion\": 999}\n".utf8)
        try newer.write(to: waymark.progressFile)
        let result = try waymark.run(["check", "notes-on-each-law"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("written by a newer Waymark (progress schema 999"))
        #expect(try Data(contentsOf: waymark.progressFile) == newer)
    }

    @Test("status reports progress kept for ids the curriculum no longer has")
    func orphansReported() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        try Data(
            "{\"schemaVersion\": 1, \"deliverables\": {\"old-deliverable\": {\"state\": \"done\", \"changedAt\": \"2026-01-01T00:00:00Z\"}}}"
                .utf8
        ).write(to: waymark.progressFile)
        let result = try waymark.run(["status"])
        #expect(result.stdout.contains("Progress for ids this course no longer has:"))
        #expect(result.stdout.contains("deliverable old-deliverable"))
    }

    @Test("validate passes on the bundled curriculum with a one-line summary")
    func validateBundled() throws {
        let result = try WaymarkBinary().run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OK: 4 paths, 14 phases, 14 deliverables, 12 success criteria"))
    }

    @Test("validate reports three planted errors as file:line:column and exits 1")
    func validatePlanted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("curriculum")
        try FileManager.default.copyItem(at: source, to: root)
        func plant(_ file: String, _ old: String, _ new: String) throws {
            let url = root.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try plant("paths/problem-solver.yaml", "audience:", "audiance:")
        try plant("paths/system-designer.yaml", "    weeks: 2\n", "    weeks: 1\n")
        try plant("paths/technical-leader.yaml", "lessons: [sre-practices]", "lessons: [sre-practice]")
        let result = try WaymarkBinary().run(["validate", root.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(root.path)/paths/problem-solver.yaml:3:1: unknown key 'audiance'"))
        #expect(lines[1].contains("/paths/system-designer.yaml:") && lines[1].contains("overlap"))
        #expect(
            lines[2].contains("/paths/technical-leader.yaml:")
                && lines[2].hasSuffix("no lesson 'sre-practice' in lessons/ (did you mean 'sre-practices'?)"))
        #expect(result.stderr.contains("3 problems found."))
    }

    @Test("export writes a Markdown checklist with states and notes")
    func exportMarkdown() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["check", "notes-on-each-law"])
        try waymark.run(["note", "notes-on-each-law", "see notes/"])
        let result = try waymark.run(["export"])
        #expect(result.stdout.contains("- [x] Notes on each law\n  - Note: see notes/"))
        #expect(result.stdout.contains("## Technical Leader"))
        let json = try waymark.run(["export", "--format", "json"])
        #expect(json.stdout.contains("\"paths\""))
    }

    @Test("start rejects a malformed date before touching anything")
    func startBadDate() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["start", "foundation-builder", "--on", "21/11/2026"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--on takes a date like 2026-11-21"))
        #expect(!FileManager.default.fileExists(atPath: waymark.progressFile.path))
    }

    @Test("plain output has no colour codes when not on a terminal")
    func noColourInPipes() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        #expect(!(try waymark.run(["paths"]).stdout.contains("\u{1B}[")))
    }

    @Test("--data-dir overrides the environment")
    func dataDirOption() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let other = waymark.dataDirectory.appendingPathComponent("other")
        try waymark.run(["check", "notes-on-each-law", "--data-dir", other.path])
        #expect(
            FileManager.default.fileExists(
                atPath: other.appendingPathComponent("courses/distributed-systems/progress.json").path))
        #expect(!FileManager.default.fileExists(atPath: waymark.progressFile.path))
    }

    @Test("--version and --help answer")
    func versionAndHelp() throws {
        let waymark = WaymarkBinary()
        #expect(try waymark.run(["--version"]).stdout.hasPrefix("0."))
        let help = try waymark.run(["check", "--help"])
        #expect(help.stdout.contains("Example:") && help.stdout.contains("waymark check notes-on-each-law"))
    }
}
