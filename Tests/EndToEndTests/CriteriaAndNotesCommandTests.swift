import Foundation
import Testing

/// What a learner tripped over on the command line (issue 20, 14).
@Suite("commands a learner tripped over", .serialized)
struct CriteriaAndNotesCommandTests {
    @Test("start bootcamp says the Bootcamp is not a path to start, and where to see it")
    func startBootcamp() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["start", "bootcamp"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a path to start"))
        #expect(!result.stderr.contains("Did you mean: bootcamp"))
    }

    @Test("start --on a date weeks ago names the week that date makes it, not week 1")
    func startInThePast() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let day = Calendar(identifier: .gregorian).date(byAdding: .day, value: -30, to: Date())!
        let text = ISO8601DateFormatter.string(from: day, timeZone: .current, formatOptions: [.withFullDate])
        let result = try waymark.run(["start", "foundation-builder", "--on", text])
        #expect(result.stdout.contains("You are in week 5"))
        #expect(result.stdout.contains("--week 5"))
    }

    @Test("note takes the rest of the line, quoted or not")
    func noteRestOfLine() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["note", "notes-on-each-law", "seven", "pages,", "one", "per", "law"])
        let show = try waymark.run(["show", "foundation-builder", "--json"])
        #expect(show.stdout.contains("seven pages, one per law"))
    }

    @Test("check on a criterion id says it is a criterion and how to rate it")
    func checkCriterion() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["check", "explain-all-seven-laws"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a success criterion"))
        #expect(result.stderr.contains("waymark rate explain-all-seven-laws"))
    }

    @Test("rate records a rating with its evidence; unskip takes a skipped deliverable back")
    func rateAndUnskip() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        #expect(try waymark.run(["rate", "explain-all-seven-laws", "2", "--evidence", "taught two"]).status == 0)
        #expect(try waymark.run(["rate", "explain-all-seven-laws", "confident"]).status == 0)
        #expect(try waymark.run(["rate", "explain-all-seven-laws", "4"]).status != 0)
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"note\" : \"taught two\"") && file.contains("\"rating\" : \"confident\""))
        try waymark.run(["skip", "notes-on-each-law"])
        #expect(try waymark.run(["unskip", "notes-on-each-law"]).status == 0)
        #expect(try waymark.run(["unskip", "notes-on-each-law"]).status == 1)
    }

    @Test("percentages round to the nearest: 2 of 3 is 67%")
    func rounding() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        for id in ["framework-extensions-document", "pattern-selection-framework"] {
            try waymark.run(["check", id])
        }
        let paths = try waymark.run(["paths"])
        #expect(paths.stdout.contains("2/3 deliverables done (67%)"))
    }
}
