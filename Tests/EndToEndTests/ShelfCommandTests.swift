import Foundation
import Testing

/// The reference shelf from the command line (issue 14, 7): each command's text,
/// its exact JSON keys, unknown ids with the closest ones, and a course that has
/// no shelf at all.
@Suite("waymark patterns, pattern, select, glossary, cheatsheet and recipe", .serialized)
struct ShelfCommandTests {
    private func run(_ arguments: [String], expecting status: Int32 = 0) throws -> WaymarkBinary.Result {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    private func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    private func objects(_ arguments: [String]) throws -> [[String: Any]] {
        try #require(try json(arguments) as? [[String: Any]], "\(arguments) is not a list of objects")
    }

    private static let patternKeys: Set<String> = ["id", "name", "domain", "summary", "laws", "related", "lessons"]

    // MARK: - patterns

    @Test("patterns lists at least 50 cards under their domain headings")
    func patternsText() throws {
        let result = try run(["patterns"])
        for expected in [
            "Patterns", "Reliability", "Scalability", "Consistency", "Performance",
            "• Circuit breaker  (circuit-breaker)",
            "Stop calling a dependency that keeps failing", "Open a card with: waymark pattern ID",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
        let reliability = try #require(result.stdout.range(of: "\nReliability\n"))
        let scalability = try #require(result.stdout.range(of: "\nScalability\n"))
        let breaker = try #require(result.stdout.range(of: "(circuit-breaker)"))
        #expect(reliability.upperBound < breaker.lowerBound && breaker.upperBound < scalability.lowerBound)
    }

    @Test("patterns --json has exactly the documented keys, ids and lists of ids")
    func patternsJSON() throws {
        let patterns = try objects(["patterns"])
        #expect(patterns.count >= 50)
        for pattern in patterns {
            #expect(Set(pattern.keys) == Self.patternKeys, "\(pattern["id"] ?? "?")")
            for key in ["id", "name", "domain", "summary"] { #expect(pattern[key] is String) }
            for key in ["laws", "related", "lessons"] { #expect(pattern[key] is [String]) }
        }
        let breaker = try #require(patterns.first { $0["id"] as? String == "circuit-breaker" })
        #expect(breaker["domain"] as? String == "reliability")
        #expect((breaker["laws"] as? [String])?.contains("law-correlated-failure") == true)
    }

    @Test("patterns --domain reliability lists circuit-breaker and nothing from other domains")
    func patternsByDomain() throws {
        let text = try run(["patterns", "--domain", "reliability"]).stdout
        #expect(text.contains("Patterns in reliability"))
        #expect(text.contains("(circuit-breaker)"))
        #expect(!text.contains("(consistent-hashing)"))
        let patterns = try objects(["patterns", "--domain", "reliability"])
        #expect(patterns.contains { $0["id"] as? String == "circuit-breaker" })
        #expect(patterns.allSatisfy { $0["domain"] as? String == "reliability" })
    }

    @Test("patterns --law keeps the cards that name the law, with the law's title in the heading")
    func patternsByLaw() throws {
        let text = try run(["patterns", "--law", "law-correlated-failure"]).stdout
        #expect(text.contains("Patterns behind Law 1: Correlated failure"))
        let patterns = try objects(["patterns", "--law", "law-correlated-failure"])
        #expect(!patterns.isEmpty)
        #expect(patterns.allSatisfy { ($0["laws"] as? [String])?.contains("law-correlated-failure") == true })
        let both = try objects(["patterns", "--law", "law-correlated-failure", "--domain", "reliability"])
        #expect(both.allSatisfy { $0["domain"] as? String == "reliability" })
        #expect(both.count < patterns.count)
    }

    @Test("an unknown domain or law exits 1 and names the valid ones")
    func patternsUnknownFilter() throws {
        let domain = try run(["patterns", "--domain", "reliabilty"], expecting: 1)
        #expect(domain.stderr.contains("There are no patterns in the domain 'reliabilty'."))
        #expect(domain.stderr.contains("The domains are: reliability, scalability, consistency, performance"))
        let law = try run(["patterns", "--law", "law-corelated-failure"], expecting: 1)
        #expect(law.stderr.contains("No pattern names the law 'law-corelated-failure'."))
        #expect(law.stderr.contains("Did you mean: law-correlated-failure"))
        #expect(law.stderr.contains("The laws are: law-correlated-failure"))
    }

    // MARK: - pattern

    @Test("pattern circuit-breaker prints the links, then the card's sections as text")
    func patternText() throws {
        let text = try run(["pattern", "circuit-breaker"]).stdout
        for expected in [
            "Circuit breaker  (circuit-breaker)", "Reliability pattern", "Laws behind it",
            "• Law 1: Correlated failure  (law-correlated-failure)", "Related patterns",
            "• Timeouts and deadline", "Lessons  ✓ read", "(case-netflix-resilience)", "\nProblem\n",
            "A downstream service starts failing", "How it works", "Half-open", "Costs and trade-offs",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        // Rendered, not raw: no Markdown heading marks, and bullets as bullets.
        #expect(!text.contains("## "))
        #expect(text.contains("  • Closed: calls pass through"))
        #expect(!text.contains("✓ Circuit breakers"))
    }

    @Test("pattern marks a lesson the learner has read with ✓")
    func patternReadMark() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        let progress =
            #"{"schemaVersion": 2, "revision": 1, "lessonsRead": {"circuit-breaker": "2026-11-03T10:00:00Z"}}"#
        try Data(progress.utf8).write(to: waymark.progressFile)
        let result = try waymark.run(["pattern", "circuit-breaker"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("  ✓ Circuit breakers: failing fast when a dependency is sick  (circuit-breaker)"))
        #expect(result.stdout.contains("  • ") && !result.stdout.contains("✓ Netflix"))
    }

    @Test("pattern --json gives the catalog's fields plus the Markdown body")
    func patternJSON() throws {
        let card = try #require(try json(["pattern", "circuit-breaker"]) as? [String: Any])
        #expect(Set(card.keys) == Self.patternKeys.union(["body"]))
        #expect(card["name"] as? String == "Circuit breaker")
        let body = try #require(card["body"] as? String)
        #expect(body.contains("## Problem"))
        #expect(!body.contains("id: circuit-breaker"))
    }

    @Test("an unknown pattern id exits 1 with the closest ids")
    func patternUnknown() throws {
        let result = try run(["pattern", "circuit-braker"], expecting: 1)
        #expect(result.stderr.contains("There is no pattern 'circuit-braker'. Closest: circuit-breaker"))
        let far = try run(["pattern", "zzzz"], expecting: 1)
        #expect(far.stderr.contains("There is no pattern 'zzzz'. List them with: waymark patterns"))
    }

    // MARK: - select

    @Test("select prints each concern's questions, answers and ranked patterns as an outline")
    func selectText() throws {
        let text = try run(["select"]).stdout
        for expected in [
            "Pattern selector", "Reliability  (reliability)", "  ? Where does the trouble start?",
            "    → In a dependency we call: it is slow or failing", "1. Retry with backoff", "(retry-with-backoff)",
            "Brief faults clear by themselves",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    /// Checks one NODE's shape and collects its leaves.
    private func leaves(of node: Any, path: String, into leaves: inout [[String]]) {
        guard let node = node as? [String: Any] else {
            Issue.record("\(path) is not an object")
            return
        }
        if let picks = node["patterns"] as? [[String: Any]] {
            #expect(Set(node.keys) == ["patterns"], "\(path)")
            #expect(!picks.isEmpty && picks.allSatisfy { Set($0.keys) == ["id", "why"] }, "\(path)")
            leaves.append(picks.compactMap { $0["id"] as? String })
            return
        }
        #expect(Set(node.keys) == ["question", "options"], "\(path)")
        #expect(node["question"] is String, "\(path)")
        let options = node["options"] as? [[String: Any]] ?? []
        #expect(!options.isEmpty, "\(path)")
        for (index, option) in options.enumerated() {
            #expect(Set(option.keys) == ["answer", "next"], "\(path)/\(index)")
            self.leaves(of: option["next"] as Any, path: "\(path)/\(index)", into: &leaves)
        }
    }

    @Test("select --json nests questions and leaves exactly as documented, with at least 16 distinct outcomes")
    func selectJSON() throws {
        let root = try #require(try json(["select"]) as? [String: Any])
        #expect(Set(root.keys) == ["concerns"])
        let concerns = try #require(root["concerns"] as? [[String: Any]])
        #expect(concerns.count >= 4)
        var found: [[String]] = []
        for concern in concerns {
            #expect(Set(concern.keys) == ["id", "title", "next"])
            leaves(of: concern["next"] as Any, path: concern["id"] as? String ?? "?", into: &found)
        }
        #expect(Set(found).count >= 16)
        #expect(concerns.map { $0["id"] as? String }.contains("reliability"))
    }

    // MARK: - glossary

    @Test("glossary lists every term with its definition and where it is taught")
    func glossaryText() throws {
        let text = try run(["glossary"]).stdout
        #expect(text.contains("ACID\n  The four guarantees of a database transaction"))
        #expect(text.contains("  see: distributed-transactions, cap-theorem"))
        let terms = try objects(["glossary"])
        #expect(terms.count >= 120)
        for term in terms {
            #expect(Set(term.keys) == ["term", "definition", "see"])
            #expect(term["see"] is [String])
            #expect((term["definition"] as? String)?.hasSuffix("\n") == false)
        }
    }

    @Test("glossary finds a term whatever its case")
    func glossaryTerm() throws {
        let text = try run(["glossary", "little's law"]).stdout
        #expect(text.hasPrefix("Little's Law\n  "))
        #expect(text.contains("see: littles-law"))
        let terms = try objects(["glossary", "LITTLE'S LAW"])
        #expect(terms.count == 1)
        #expect(terms.first?["term"] as? String == "Little's Law")
    }

    @Test("glossary shows the terms containing a word that is not itself a term")
    func glossaryContaining() throws {
        let text = try run(["glossary", "clock"]).stdout
        #expect(text.contains("No term is named 'clock'."))
        #expect(text.contains("Vector clock") && text.contains("Hybrid logical clock"))
        let terms = try objects(["glossary", "clock"])
        #expect(terms.count >= 3)
        #expect(terms.allSatisfy { ($0["term"] as? String)?.lowercased().contains("clock") == true })
    }

    @Test("an unknown term exits 1 with the closest terms")
    func glossaryUnknown() throws {
        let result = try run(["glossary", "quorom"], expecting: 1)
        #expect(result.stderr.contains("There is no term 'quorom' in the glossary. Closest: Quorum"))
    }

    // MARK: - cheatsheet and recipe

    @Test("cheatsheet lists the sheets; --json gives id and title only")
    func cheatsheetList() throws {
        let text = try run(["cheatsheet"]).stdout
        #expect(text.contains("Cheat sheets"))
        #expect(text.contains("(latency-numbers)") && text.contains("(availability-nines)"))
        let sheets = try objects(["cheatsheet"])
        #expect(sheets.count >= 6)
        #expect(sheets.allSatisfy { Set($0.keys) == ["id", "title"] })
    }

    @Test("cheatsheet ID prints the sheet's title, summary, links and body")
    func cheatsheetCard() throws {
        let text = try run(["cheatsheet", "seven-laws"]).stdout
        for expected in [
            "The seven laws of distributed systems  (seven-laws)", "Lessons  ✓ read",
            "• Law 1: Correlated failure  (law-correlated-failure)", "\nThe laws\n",
            "1. Correlated failure (law-correlated-failure)",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let card = try #require(try json(["cheatsheet", "seven-laws"]) as? [String: Any])
        #expect(Set(card.keys) == ["id", "title", "summary", "patterns", "lessons", "body"])
        #expect((card["body"] as? String)?.contains("## The laws") == true)
    }

    @Test("recipe lists the recipes and prints one with its patterns and steps")
    func recipe() throws {
        let recipes = try objects(["recipe"])
        #expect(recipes.count >= 12)
        #expect(recipes.allSatisfy { Set($0.keys) == ["id", "title"] })
        #expect(try run(["recipe"]).stdout.contains("Open one with: waymark recipe ID"))
        let text = try run(["recipe", "add-a-circuit-breaker"]).stdout
        for expected in [
            "Add a circuit breaker to a client  (add-a-circuit-breaker)", "Patterns",
            "• Circuit breaker  (circuit-breaker)", "\nSteps\n", "  1. Pick one dependency", "\nPitfalls\n",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test("an unknown cheat sheet or recipe exits 1 with the closest ids")
    func cardUnknown() throws {
        let sheet = try run(["cheatsheet", "latency-number"], expecting: 1)
        #expect(sheet.stderr.contains("There is no cheat sheet 'latency-number'. Closest: latency-numbers"))
        let recipe = try run(["recipe", "zzzz"], expecting: 1)
        #expect(recipe.stderr.contains("There is no recipe 'zzzz'. List them with: waymark recipe"))
    }

    @Test("every shelf command's help has an example")
    func help() throws {
        for command in ["patterns", "pattern", "select", "glossary", "cheatsheet", "recipe"] {
            let result = try run([command, "--help"])
            #expect(result.stdout.contains("waymark \(command)"), "\(command)")
            #expect(result.stdout.contains("--json"), "\(command)")
            #expect(result.stdout.contains("Example"), "\(command)")
        }
    }

    // MARK: - a course without a shelf

    /// A small valid course with lessons and a path but no reference shelf.
    private static let bareCourse: [String: String] = [
        "curriculum.yaml": """
        format: 1
        title: Mini
        paths: [alpha]
        bootcamp:
          id: bootcamp
          title: Bootcamp
          summary: Before anything else.
          steps:
            - id: step-one
              title: First step
              text: Read the first lesson.
              lessons: [one]
          next-steps: [Keep going.]
        path-selector:
          - profile: Newcomer
            path: alpha
        """,
        "paths/alpha.yaml": """
        id: alpha
        title: Alpha
        audience: Newcomers
        summary: A short path.
        duration-weeks: 2-3
        hours-per-week: 5
        focus-order: [Laws, Tools]
        phases:
          - id: first
            weeks: 1-3
            focus: Basics
            activities:
              - text: Read
                lessons: [one]
            deliverables:
              - id: notes
                title: Notes
                lessons: [one]
        success-criteria:
          - id: can-explain
            text: Can explain it
        """,
        "lessons/one.md": """
        ---
        id: one
        title: One
        minutes: 5
        summary: About one.
        tags: [test]
        ---

        ## Why it matters

        Because.

        """,
    ]

    @Test("a course with no shelf: each command says so plainly and exits 0, JSON stays JSON")
    func courseWithoutShelf() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let course = waymark.dataDirectory.appendingPathComponent("course")
        for (path, text) in Self.bareCourse {
            let url = course.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let cases: [(arguments: [String], says: String, json: String)] = [
            (["patterns"], "This course (Mini) has no pattern cards.", "[]"),
            (["patterns", "--domain", "reliability"], "has no pattern cards.", "[]"),
            (["pattern", "circuit-breaker"], "has no pattern cards.", "null"),
            (["select"], "This course (Mini) has no pattern selector.", #"{"concerns":[]}"#),
            (["glossary"], "This course (Mini) has no glossary.", "[]"),
            (["glossary", "quorum"], "has no glossary.", "[]"),
            (["cheatsheet"], "This course (Mini) has no cheat sheets.", "[]"),
            (["cheatsheet", "seven-laws"], "has no cheat sheets.", "null"),
            (["recipe"], "This course (Mini) has no recipes.", "[]"),
            (["recipe", "add-a-circuit-breaker"], "has no recipes.", "null"),
        ]
        for (arguments, says, expected) in cases {
            let text = try waymark.run(["--curriculum", course.path] + arguments)
            #expect(text.status == 0, "\(arguments): \(text.stderr)")
            #expect(text.stdout.contains(says), "\(arguments): \(text.stdout)")
            let json = try waymark.run(["--curriculum", course.path] + arguments + ["--json"])
            #expect(json.status == 0, "\(arguments): \(json.stderr)")
            let compact = json.stdout.filter { !$0.isWhitespace }
            #expect(compact == expected, "\(arguments): \(json.stdout)")
            #expect(json.stderr.contains(says), "\(arguments)")
        }
    }

    // MARK: - hostile text

    @Test("a card with escape sequences in its front matter and body prints them as harmless text")
    func hostileCard() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let pack = try waymark.copyOfBundledCurriculum()
        let file = pack.appendingPathComponent("patterns/circuit-breaker.md")
        var card = try String(contentsOf: file, encoding: .utf8)
        card = card.replacingOccurrences(of: "name: Circuit breaker", with: #"name: "Circuit\e]2;PWNED\a breaker""#)
        card = card.replacingOccurrences(of: "A downstream service", with: "A \u{1B}[2J\u{202E}downstream service")
        try card.write(to: file, atomically: true, encoding: .utf8)
        for command in [
            ["patterns"], ["pattern", "circuit-breaker"], ["select"], ["pattern", "circuit-breaker", "--json"],
        ] {
            let result = try waymark.run(["--curriculum", pack.path] + command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(HostileOutputTests.forbidden(in: result.stdout + result.stderr).isEmpty, "\(command)")
        }
    }
}
