import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

/// The reference shelf's files: each kind loads, each mistake is reported where it
/// stands, and a course may leave any of them out.
@Suite("Reference shelf loader")
struct ReferenceShelfLoaderTests {
    static let patternBody = """
        ## Problem

        Calls hang.

        ## How it works

        Stop calling.

        ## When to use

        Often.

        ## When not to use

        Rarely.

        ## Costs and trade-offs

        Some.

        ## In the wild

        - A system.
        """

    static func pattern(_ id: String, related: String = "[]", domain: String = "reliability") -> String {
        "---\nid: \(id)\nname: Name \(id)\ndomain: \(domain)\nsummary: Short.\nlaws: [one]\nrelated: \(related)\nlessons: [two]\n---\n\n"
            + patternBody
    }

    /// The mini course with a small shelf: two patterns, a glossary, a sheet, a
    /// recipe and a one-question selector.
    static var shelf: MiniCurriculum {
        var mini = MiniCurriculum()
        mini.files["patterns/breaker.md"] = pattern("breaker", related: "[retry]")
        mini.files["patterns/retry.md"] = pattern("retry", related: "[breaker]")
        mini.files["glossary.yaml"] = """
            terms:
              - term: Breaker
                definition: Stops calls to a sick dependency.
                see: [breaker, one]
              - term: Again
                definition: Trying once more.
                see: [retry]
            """
        mini.files["cheatsheets/laws.md"] =
            "---\nid: laws\ntitle: Laws\nsummary: All of them.\nlessons: [one]\n---\n\nBody.\n"
        mini.files["recipes/add-breaker.md"] =
            "---\nid: add-breaker\ntitle: Add one\nsummary: Steps.\npatterns: [breaker]\nlessons: [two]\n---\n\n## Steps\n\n1. Do.\n"
        mini.files["selector.yaml"] = """
            concerns:
              - id: reliability
                title: Reliability
                prompt: Things fail.
                next:
                  question: Can it be repeated?
                  options:
                    - answer: "Yes"
                      next:
                        patterns:
                          - id: retry
                            why: Transient faults clear.
                    - answer: "No"
                      next:
                        patterns:
                          - id: breaker
                            why: Fail fast instead.
            """
        return mini
    }

    @Test("a course with a shelf loads every part, the glossary sorted")
    func loads() throws {
        let curriculum = try Self.shelf.load()
        let shelf = curriculum.reference
        #expect(shelf.patterns.map(\.id) == ["breaker", "retry"])
        #expect(shelf.glossary.map(\.term) == ["Again", "Breaker"])
        #expect(shelf.cheatSheets.map(\.id) == ["laws"])
        #expect(shelf.recipes.first?.patterns == ["breaker"])
        #expect(shelf.selector.first?.next.leaves.count == 2)
        #expect(try curriculum.body(ofFile: "patterns/breaker.md").hasPrefix("## Problem"))
    }

    @Test("a card whose id does not match its file name is one problem, not one per link to it")
    func noFollowOnErrors() {
        let diagnostics = Self.shelf.replacing("id: breaker", with: "id: braker", in: "patterns/breaker.md").check()
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
    }

    @Test("a course without a shelf loads with an empty one")
    func optional() throws {
        #expect(try MiniCurriculum().load().reference.isEmpty)
    }

    @Test(
        "each mistake is reported where it stands",
        arguments: [
            (
                "patterns/breaker.md", "related: [retry]", "related: [retyr]", "patterns/breaker.md:7:",
                "no pattern 'retyr'"
            ),
            (
                "patterns/breaker.md", "domain: reliability", "domain: reliabilty", "patterns/breaker.md:4:",
                "did you mean 'reliability'"
            ),
            (
                "patterns/breaker.md", "id: breaker", "id: braker", "patterns/breaker.md:2:",
                "does not match its file name"
            ),
            (
                "patterns/breaker.md", "## When not to use", "## Otherwise", "patterns/breaker.md:11:",
                "missing section '## When not to use'"
            ),
            ("patterns/breaker.md", "laws: [one]", "laws: [onne]", "patterns/breaker.md:", "no lesson 'onne'"),
            ("glossary.yaml", "term: Again", "term: breaker", "glossary.yaml:5:", "defined twice"),
            ("glossary.yaml", "see: [retry]", "see: [nowhere]", "glossary.yaml:7:", "no lesson or pattern 'nowhere'"),
            ("selector.yaml", "- id: retry", "- id: retri", "selector.yaml:11:", "no pattern 'retri'"),
            (
                "selector.yaml", "question: Can it be repeated?", "questoin: Can it be repeated?", "selector.yaml:",
                "unknown key 'questoin'"
            ),
            (
                "recipes/add-breaker.md", "patterns: [breaker]", "patterns: [circuit]", "recipes/add-breaker.md:5:",
                "no pattern 'circuit'"
            ),
            ("cheatsheets/laws.md", "title: Laws\n", "", "cheatsheets/laws.md:", "missing 'title'"),
        ])
    func diagnostics(file: String, old: String, new: String, position: String, message: String) {
        let diagnostics = Self.shelf.replacing(old, with: new, in: file).check()
        #expect(
            diagnostics.contains { $0.description.contains(position) && $0.description.contains(message) },
            "\(diagnostics.map(\.description))")
    }

    @Test("the bundled shelf: 50+ patterns in every source domain, 120+ terms, 6 sheets, 12+ recipes, 16+ outcomes")
    func bundled() {
        let shelf = BundledCurriculum.curriculum.reference
        #expect(shelf.patterns.count >= 50)
        #expect(
            Set(shelf.patterns.map(\.domain)).isSuperset(of: [
                "reliability", "scalability", "consistency", "performance",
            ]))
        #expect(shelf.glossary.count >= 120)
        #expect(shelf.cheatSheets.count >= 6)
        #expect(shelf.recipes.count >= 12)
        let outcomes = Set(shelf.selector.flatMap { $0.next.leaves.map { $0.picks.map(\.id) } })
        #expect(outcomes.count >= 16)
        #expect(shelf.selector.allSatisfy { $0.next.leaves.allSatisfy { (1...4).contains($0.picks.count) } })
    }
}
