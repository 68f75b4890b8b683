import Foundation
import Testing

/// The lesson library from the command line (issue 20, 6): `waymark lessons` as
/// text and JSON, by path and by tag, and `waymark read` plain when piped, paged in
/// a terminal, with the closest ids for an unknown one.
@Suite("waymark lessons and waymark read", .serialized)
struct LessonCommandTests {
    private static let lessonKeys: Set<String> = [
        "id", "title", "minutes", "summary", "tags", "prerequisites", "read", "paths",
    ]

    /// Runs waymark on a fresh data directory, with `lessonsRead` marked read.
    private func run(
        _ arguments: [String], read lessonsRead: [String] = [], environment: [String: String] = [:],
        expecting status: Int32 = 0
    ) throws -> WaymarkBinary.Result {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        if !lessonsRead.isEmpty {
            try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
            let marks = lessonsRead.map { "\"\($0)\": \"2026-11-03T10:00:00Z\"" }.joined(separator: ", ")
            let progress = #"{"schemaVersion": 2, "revision": 1, "lessonsRead": {"# + marks + "}}"
            try Data(progress.utf8).write(to: waymark.progressFile)
        }
        let result = try waymark.run(arguments, environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    private func lessons(_ arguments: [String], read: [String] = []) throws -> [[String: Any]] {
        let result = try run(["lessons"] + arguments + ["--json"], read: read)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [[String: Any]], "\(arguments) is not a list of objects")
    }

    private func ids(_ lessons: [[String: Any]]) -> [String] { lessons.compactMap { $0["id"] as? String } }

    // MARK: - lessons

    @Test("lessons lists every path's lessons under its title, ✓ on read ones and the prerequisites unread")
    func lessonsText() throws {
        let text = try run(["lessons"], read: ["law-correlated-failure"]).stdout
        for expected in [
            "Lessons by path  47 lessons · 1 read", "\nBootcamp  5 lessons", "\nFoundation Builder  ",
            "\nProblem Solver  ", "\nSystem Designer  ", "\nTechnical Leader  ",
            "  ✓ Law 1: Correlated failure  7 min  (law-correlated-failure)",
            "    Law 2: Asynchronous reality  7 min  (law-asynchronous-reality)",
            "      needs: The eight fallacies of distributed computing, The FLP impossibility result",
            "Read one with: waymark read ID",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        // Law 1 is read, so a lesson that needs only Law 1 and the fallacies names the fallacies alone.
        #expect(text.contains("(circuit-breaker)\n      needs: The eight fallacies of distributed computing\n"))
        let bootcamp = try #require(text.range(of: "\nBootcamp"))
        let foundation = try #require(text.range(of: "\nFoundation Builder"))
        let leader = try #require(text.range(of: "\nTechnical Leader"))
        #expect(bootcamp.upperBound < foundation.lowerBound && foundation.upperBound < leader.lowerBound)
        // In the path's plan order: law 1 before law 2 before law 7.
        let law1 = try #require(
            text.range(of: "(law-correlated-failure)", range: foundation.upperBound..<leader.lowerBound))
        let law7 = try #require(
            text.range(of: "(law-economic-reality)", range: foundation.upperBound..<leader.lowerBound))
        #expect(law1.upperBound < law7.lowerBound)
    }

    @Test("lessons --json gives each lesson once with exactly the documented keys")
    func lessonsJSON() throws {
        let lessons = try lessons([], read: ["law-correlated-failure"])
        #expect(lessons.count == 47)
        #expect(Set(ids(lessons)).count == 47)
        for lesson in lessons {
            #expect(Set(lesson.keys) == Self.lessonKeys, "\(lesson["id"] ?? "?")")
            for key in ["id", "title", "summary"] { #expect(lesson[key] is String) }
            for key in ["tags", "prerequisites", "paths"] { #expect(lesson[key] is [String]) }
            #expect(lesson["minutes"] is Int)
            #expect(lesson["read"] is Bool)
        }
        let law = try #require(lessons.first { $0["id"] as? String == "law-correlated-failure" })
        #expect(law["read"] as? Bool == true)
        #expect(law["prerequisites"] as? [String] == ["fallacies-of-distributed-computing"])
        #expect((law["paths"] as? [String])?.contains("foundation-builder") == true)
        let cap = try #require(lessons.first { $0["id"] as? String == "cap-theorem" })
        #expect(cap["read"] as? Bool == false)
        #expect((cap["paths"] as? [String])?.first == "bootcamp")
        #expect(lessons.filter { !(($0["prerequisites"] as? [String]) ?? []).isEmpty }.count == 45)
    }

    @Test("lessons --tag keeps the lessons with that tag, under the tag's heading")
    func lessonsByTag() throws {
        let text = try run(["lessons", "--tag", "reliability"]).stdout
        #expect(text.contains("Lessons tagged reliability  9 lessons"))
        #expect(text.contains("(circuit-breaker)"))
        #expect(!text.contains("(cap-theorem)"))
        #expect(!text.contains("\nFoundation Builder"))
        let tagged = try lessons(["--tag", "reliability"])
        #expect(tagged.count == 9)
        #expect(tagged.allSatisfy { ($0["tags"] as? [String])?.contains("reliability") == true })
        // Within a tag, by title.
        let titles = tagged.compactMap { ($0["title"] as? String)?.lowercased() }
        #expect(titles == titles.sorted())
    }

    @Test("lessons --by-tag lists every tag in alphabetical order")
    func lessonsGroupedByTag() throws {
        let text = try run(["lessons", "--by-tag"]).stdout
        #expect(text.hasPrefix("Lessons by tag  47 lessons"))
        let analysis = try #require(text.range(of: "\nanalysis  "))
        let reliability = try #require(text.range(of: "\nreliability  9 lessons"))
        let testing = try #require(text.range(of: "\ntesting  "))
        #expect(analysis.upperBound < reliability.lowerBound && reliability.upperBound < testing.lowerBound)
    }

    @Test("lessons --path keeps one path's lessons in its plan order; with --tag, those with the tag")
    func lessonsOfPath() throws {
        let path = try lessons(["--path", "foundation-builder"])
        #expect(ids(path).prefix(2) == ["law-correlated-failure", "law-asynchronous-reality"])
        #expect(path.allSatisfy { ($0["paths"] as? [String])?.contains("foundation-builder") == true })
        let laws = try lessons(["--path", "foundation-builder", "--tag", "laws"])
        #expect(!laws.isEmpty && laws.count < path.count)
        #expect(laws.allSatisfy { ($0["tags"] as? [String])?.contains("laws") == true })
        #expect(try lessons(["--path", "bootcamp"]).count == 5)
    }

    @Test("an unknown tag or path exits 1 with the closest names")
    func lessonsUnknown() throws {
        let tag = try run(["lessons", "--tag", "relability"], expecting: 1)
        #expect(tag.stderr.contains("No lesson is tagged 'relability'. Closest: reliability"))
        let path = try run(["lessons", "--path", "foundation-bilder"], expecting: 1)
        #expect(
            path.stderr.contains("There is no path 'foundation-bilder' with lessons. Did you mean: foundation-builder?")
        )
    }

    // MARK: - read

    @Test("read piped is plain text with the lesson's headings, prerequisites and answers, no escape codes")
    func readPiped() throws {
        // Piped, PAGER is never started, however it is set.
        let result = try run(["read", "law-correlated-failure"], environment: ["PAGER": "false", "TERM": "xterm"])
        let text = result.stdout
        #expect(!text.contains("\u{1B}"))
        for expected in [
            "Law 1: Correlated failure\n7 min · laws, reliability, failure-domains\n",
            "Before this: The eight fallacies of distributed computing\n",
            "Not read yet: waymark read fallacies-of-distributed-computing\n",
            "\nWhy it matters\n──────────────\n", "\nThe core idea\n",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("## "))
        #expect(text.contains("\nA  With rho = 0.2"))
        #expect(!text.contains("press r"))
        let widest = text.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 80)
    }

    @Test("read marks read prerequisites with ✓ and then no longer warns")
    func readWithPrerequisitesRead() throws {
        let text = try run(["read", "law-correlated-failure"], read: ["fallacies-of-distributed-computing"]).stdout
        #expect(text.contains("Before this: ✓ The eight fallacies of distributed computing\n\n"))
        #expect(!text.contains("Not read yet"))
        let plain = try run(["read", "littles-law"]).stdout
        #expect(!plain.contains("Before this:"))
    }

    @Test("read --hide-answers leaves the self-check answers out")
    func readHidingAnswers() throws {
        let text = try run(["read", "law-correlated-failure", "--hide-answers"]).stdout
        #expect(text.contains("\nA  (answer hidden)\n"))
        #expect(!text.contains("With rho = 0.2"))
        #expect(text.contains("\nQ  "))
    }

    @Test("read follows COLUMNS when piped, up to 100 columns")
    func readWidth() throws {
        let narrow = try run(["read", "law-correlated-failure"], environment: ["COLUMNS": "60"]).stdout
        #expect((narrow.split(separator: "\n").map(\.count).max() ?? 0) <= 60)
        let wide = try run(["read", "law-correlated-failure"], environment: ["COLUMNS": "300"]).stdout
        let widest = wide.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest > 80 && widest <= 100)
    }

    @Test("read of an unknown lesson exits 1 with the closest ids")
    func readUnknown() throws {
        let result = try run(["read", "law-corelated-failure"], expecting: 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("There is no lesson 'law-corelated-failure'. Closest: law-correlated-failure"))
    }

    @Test("read in a terminal opens the lesson in the pager; q leaves it and exits 0")
    func readPaged() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(
            arguments: ["read", "law-correlated-failure"],
            environment: ["PAGER": "less -R", "PATH": "/usr/bin:/bin", "LESS": ""])
        // less's prompt, a lone ":", on the last line.
        let paged = try tmux.waitFor { screen in
            screen.contains("Law 1: Correlated failure")
                && screen.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) == ":"
        }
        #expect(paged.found, "\(paged.screen)")
        // less holds the rest back: the last answer is not on the first screen.
        #expect(!paged.screen.contains("The push is itself a shared dependency"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("read in a terminal with no such pager prints the lesson straight out")
    func readMissingPager() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(arguments: ["read", "littles-law"], environment: ["PAGER": "no-such-pager-here"])
        #expect(try tmux.waitForExit() == 0)
        // Printed to the end: the last source is on screen, and nothing waits for a key.
        // Waited for, not read at once: tmux may still be drawing the last output.
        let last = try tmux.waitFor("Harchol-Balter")
        #expect(last.found, "\(last.screen)")
    }

    @Test("a hostile lesson title or body prints as harmless text in lessons and read")
    func hostileLesson() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let pack = try waymark.copyOfBundledCurriculum()
        let fallacies = pack.appendingPathComponent("lessons/fallacies-of-distributed-computing.md")
        var text = try String(contentsOf: fallacies, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "title: \"The eight fallacies of distributed computing\"",
            with: #"title: "The eight \e]2;PWNED\afallacies \u009b31m\u202eof distributed computing""#)
        try text.write(to: fallacies, atomically: true, encoding: .utf8)
        let law = pack.appendingPathComponent("lessons/law-correlated-failure.md")
        text = try String(contentsOf: law, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Why it matters", with: "## Why it \u{1B}[2Jmatters\u{9B}31m")
        try text.write(to: law, atomically: true, encoding: .utf8)
        for command in [["lessons"], ["lessons", "--json"], ["read", "law-correlated-failure"]] {
            let result = try waymark.run(["--curriculum", pack.path] + command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(HostileOutputTests.forbidden(in: result.stdout + result.stderr).isEmpty, "\(command)")
            #expect(result.stdout.contains("PWNED"), "\(command): the title is still shown")
        }
    }
}
