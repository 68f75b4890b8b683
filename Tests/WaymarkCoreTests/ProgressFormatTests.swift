import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore

/// The bytes of `progress.json`, pinned: files written by earlier releases, and
/// the tests and tools that read them, depend on this exact layout.
@Suite("Progress file format")
struct ProgressFormatTests {
    @Test("a file with every kind of entry is written byte for byte as before")
    func golden() throws {
        let bytes = try ProgressCodec.encode(ProgressFormatSample.progress)
        let text = String(decoding: bytes, as: UTF8.self)
        if let dump = ProcessInfo.processInfo.environment["WAYMARK_DUMP_GOLDEN"] {
            try bytes.write(to: URL(fileURLWithPath: dump))
        }
        #expect(text == ProgressFormatSample.golden + "\n")
        #expect(try ProgressCodec.decode(bytes, file: "p") == ProgressFormatSample.progress)
    }

    @Test("progress with unknown fields at every level survives encode then decode unchanged")
    func roundTripWithUnknownFields() async {
        await propertyCheck(count: 300, input: ProgressFormatSample.generated) { progress in
            let bytes = try ProgressCodec.encode(progress)
            #expect(try ProgressCodec.decode(bytes, file: "p") == progress)
        }
    }

    @Test("the file is the JSON value tree of the progress, written with sorted keys")
    func sameAsValueTree() async {
        // Unknown fields here may share a name with a known one: the known one wins
        // when it is set, the unknown one is written when it is not.
        await propertyCheck(count: 300, input: ProgressFormatSample.generatedWithCollisions) { progress in
            let bytes = try ProgressCodec.encode(progress)
            let expected = JSONWriter.write(ProgressFormatSample.valueTree(of: progress))
            #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }
}

/// Inputs for the format tests.
enum ProgressFormatSample {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)

    /// Every kind of entry and of JSON value; unknown fields at every level, with
    /// keys that sort before, between and after the known ones; ids whose UTF-8
    /// order differs from `String`'s `<` and from UTF-16's, ids that need escapes,
    /// ids around 32 bytes long; notes with quotes, backslashes, control characters
    /// and characters outside the BMP. The expected text was written by the value
    /// tree writer, then extended with Python's json module, which lays JSON out the
    /// same way with `indent=2, separators=(",", " : "), sort_keys=True`.
    static var progress: LearnerProgress {
        var progress = LearnerProgress(activePath: "foundation-builder")
        progress.revision = 41
        progress.unknownFields = UnknownFields([
            "syncedTo": .object(["host": .string("laptop"), "ports": .array([.integer(1), .number(2.5), .null])]),
            "Zone": .string("Europe/Zürich"),
            "cursor": .object([:]),
            "history": .array([]),
            "pinned": .bool(true),
            "weight": .integer(-9_007_199_254_740_993),
            "ratio": .number(0.1),
            "": .string("empty key"),
        ])
        var path = PathProgress(startedOn: Day("2026-11-02")!)
        path.unknownFields = UnknownFields(["pace": .string("relaxed"), "Abandoned": .bool(false)])
        progress.paths = ["foundation-builder": path, "e\u{301}tudes": PathProgress(startedOn: Day("0001-01-01")!)]

        var done = DeliverableProgress(
            state: .done, changedAt: noon,
            note: "quote \" backslash \\ slash / tab \t nul \u{0} esc \u{1B}[31m del \u{7F}")
        done.unknownFields = UnknownFields([
            "evidence": .string("https://example.com/a?b=c&d"), "at": .integer(3), "zzz": .null,
            "nested": .object(["b": .array([.object(["y": .integer(2), "x": .integer(1)])]), "a": .bool(false)]),
        ])
        progress.deliverables = [
            "notes-on-each-law": done,
            "\u{E9}-precomposed": DeliverableProgress(
                state: .inProgress, changedAt: noon, note: "Läws ✓ 法 👩\u{200D}👩\u{200D}👧"),
            "e\u{301}-decomposed": DeliverableProgress(
                state: .skipped, changedAt: noon.addingTimeInterval(-86_400 * 20_000)),
            "f": DeliverableProgress(state: .todo, changedAt: noon, note: "line\nbreak\r\nand\u{2028}separator"),
            "Z": DeliverableProgress(state: .done, changedAt: Date(timeIntervalSince1970: 0)),
            "\u{FFFD}": DeliverableProgress(state: .done, changedAt: noon),
            "😀": DeliverableProgress(state: .done, changedAt: noon),
            "quote\"back\\slash\ttab\u{1}": DeliverableProgress(state: .done, changedAt: noon),
        ]

        var first = Rating(rating: .notYet, at: noon, note: "first try")
        first.unknownFields = UnknownFields(["mood": .integer(3), "a": .string("before at")])
        var criterion = CriterionProgress(ratings: [
            first, Rating(rating: .partly, at: noon.addingTimeInterval(60)),
            Rating(rating: .confident, at: noon.addingTimeInterval(120), note: "\u{1}\u{1F}"),
        ])
        criterion.unknownFields = UnknownFields(["pinned": .bool(true), "Aside": .string("x")])
        progress.criteria = ["explain-all-seven-laws": criterion, "empty": CriterionProgress()]

        progress.lessonsRead = [
            "cap-theorem": noon, "ancient": Date(timeIntervalSince1970: -2_000_000_000),
            "future": Date(timeIntervalSince1970: 8_000_000_000),
            // Longer than, as long as, and one byte shorter than the 32 bytes a sort key holds.
            "a-lesson-id-longer-than-the-thirty-two-bytes-of-a-sort-key": noon,
            "exactly-thirty-two-bytes-long-id": noon, "exactly-thirty-two-bytes-long-i": noon,
        ]
        // Schema 3: the daily loop.
        let memory = CardMemory(
            stability: 3.17301, difficulty: 5.5, due: noon.addingTimeInterval(3 * 86_400), lastReview: noon, reps: 1,
            lapses: 0)
        progress.reviews = [ReviewRecord(card: "littles-law#0a1b2c3d", at: noon, rating: .good, memory: memory)]
        progress.studyLog = [StudyEntry(on: Day("2026-11-18")!, minutes: 45, source: .manual, at: noon, note: "paper")]
        progress.steps = ["capacity-plan-pick-service": StepProgress(done: true, changedAt: noon)]
        progress.onboarding = Onboarding(
            prerequisites: ["Networking": .notYet, "Programming": .have], weeklyGoalMinutes: 420, completedAt: noon)
        progress.lessonPositions = ["cap-theorem": 42]
        progress.journal = [JournalEntry(lessonID: "cap-theorem", at: noon, text: "PACELC matters more")]
        progress.paths["foundation-builder"]?.replans = [Replan(at: noon, fromPhase: "first-patterns", weeks: 2)]
        return progress
    }

    static let golden = #"""
        {
          "" : "empty key",
          "Zone" : "Europe/Zürich",
          "activePath" : "foundation-builder",
          "criteria" : {
            "empty" : {
              "ratings" : []
            },
            "explain-all-seven-laws" : {
              "Aside" : "x",
              "pinned" : true,
              "ratings" : [
                {
                  "a" : "before at",
                  "at" : "2026-11-18T11:06:40Z",
                  "mood" : 3,
                  "note" : "first try",
                  "rating" : "not-yet"
                },
                {
                  "at" : "2026-11-18T11:07:40Z",
                  "rating" : "partly"
                },
                {
                  "at" : "2026-11-18T11:08:40Z",
                  "note" : "\u0001\u001f",
                  "rating" : "confident"
                }
              ]
            }
          },
          "cursor" : {},
          "deliverables" : {
            "Z" : {
              "changedAt" : "1970-01-01T00:00:00Z",
              "state" : "done"
            },
            "e\#u{301}-decomposed" : {
              "changedAt" : "1972-02-15T11:06:40Z",
              "state" : "skipped"
            },
            "f" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "note" : "line\nbreak\r\nand\#u{2028}separator",
              "state" : "todo"
            },
            "notes-on-each-law" : {
              "at" : 3,
              "changedAt" : "2026-11-18T11:06:40Z",
              "evidence" : "https://example.com/a?b=c&d",
              "nested" : {
                "a" : false,
                "b" : [
                  {
                    "x" : 1,
                    "y" : 2
                  }
                ]
              },
              "note" : "quote \" backslash \\ slash / tab \t nul \u0000 esc \u001b[31m del \#u{7F}",
              "state" : "done",
              "zzz" : null
            },
            "quote\"back\\slash\ttab\u0001" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "state" : "done"
            },
            "\#u{E9}-precomposed" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "note" : "Läws ✓ 法 👩\#u{200D}👩\#u{200D}👧",
              "state" : "in-progress"
            },
            "\#u{FFFD}" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "state" : "done"
            },
            "😀" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "state" : "done"
            }
          },
          "history" : [],
          "journal" : [
            {
              "at" : "2026-11-18T11:06:40Z",
              "lessonID" : "cap-theorem",
              "text" : "PACELC matters more"
            }
          ],
          "lessonPositions" : {
            "cap-theorem" : 42
          },
          "lessonsRead" : {
            "a-lesson-id-longer-than-the-thirty-two-bytes-of-a-sort-key" : "2026-11-18T11:06:40Z",
            "ancient" : "1906-08-16T20:26:40Z",
            "cap-theorem" : "2026-11-18T11:06:40Z",
            "exactly-thirty-two-bytes-long-i" : "2026-11-18T11:06:40Z",
            "exactly-thirty-two-bytes-long-id" : "2026-11-18T11:06:40Z",
            "future" : "2223-07-06T14:13:20Z"
          },
          "onboarding" : {
            "completedAt" : "2026-11-18T11:06:40Z",
            "prerequisites" : {
              "Networking" : "notYet",
              "Programming" : "have"
            },
            "weeklyGoalMinutes" : 420
          },
          "paths" : {
            "e\#u{301}tudes" : {
              "replans" : [],
              "startedOn" : "0001-01-01"
            },
            "foundation-builder" : {
              "Abandoned" : false,
              "pace" : "relaxed",
              "replans" : [
                {
                  "at" : "2026-11-18T11:06:40Z",
                  "fromPhase" : "first-patterns",
                  "weeks" : 2
                }
              ],
              "startedOn" : "2026-11-02"
            }
          },
          "pinned" : true,
          "ratio" : 0.1,
          "reviews" : [
            {
              "at" : "2026-11-18T11:06:40Z",
              "card" : "littles-law#0a1b2c3d",
              "difficulty" : 5.5,
              "due" : "2026-11-21T11:06:40Z",
              "rating" : "good",
              "stability" : 3.17301
            }
          ],
          "revision" : 41,
          "schemaVersion" : 3,
          "steps" : {
            "capacity-plan-pick-service" : {
              "changedAt" : "2026-11-18T11:06:40Z",
              "done" : true
            }
          },
          "studyLog" : [
            {
              "at" : "2026-11-18T11:06:40Z",
              "minutes" : 45,
              "note" : "paper",
              "on" : "2026-11-18",
              "source" : "manual"
            }
          ],
          "syncedTo" : {
            "host" : "laptop",
            "ports" : [
              1,
              2.5,
              null
            ]
          },
          "weight" : -9007199254740993
        }
        """#

    // MARK: - Generated progress

    /// Keys for unknown fields: before, between and after the known ones at every
    /// level, some the same as a known one.
    static let unknownKeys = [
        "", "A", "activePath", "at", "atlas", "changedAt", "changedAtX", "criteria", "deliverables", "lessonsRead",
        "note", "notes", "paths", "rating", "ratings", "ratingsX", "revision", "schemaVersion", "startedOn", "state",
        "statex", "z", "\u{E9}", "e\u{301}x", "😀", "\u{FFFD}",
    ]

    static let unknownValues: [JSONValue] = [
        .null, .bool(true), .bool(false), .integer(-7), .integer(.max), .number(2.5), .number(-0.125),
        .string("x \"q\" \u{1} ü"), .array([]), .object([:]),
        .array([.integer(1), .object(["b": .null, "a": .string("ü"), "B": .array([.number(1e-7)])])]),
    ]

    /// Progress built from generated numbers as `PropertyTests` builds it, then given
    /// unknown fields at every level, none named as a known field at its level
    /// (decoding could not give it back).
    static let generated = Gen.int().array(of: 0...40).map { build(from: $0, collidingKeys: false) }

    /// The same, with some unknown fields named as known ones.
    static let generatedWithCollisions = Gen.int().array(of: 0...40).map { build(from: $0, collidingKeys: true) }

    private static func build(from numbers: [Int], collidingKeys: Bool) -> LearnerProgress {
        var progress = PropertyTests.progress(from: numbers)
        for number in numbers { addUnknownField(from: number.magnitude, to: &progress, colliding: collidingKeys) }
        return progress
    }

    private static func addUnknownField(from n: UInt, to progress: inout LearnerProgress, colliding: Bool) {
        let key = unknownKeys[Int(n / 5 % UInt(unknownKeys.count))]
        let value = unknownValues[Int(n / 131 % UInt(unknownValues.count))]
        func add(_ fields: inout UnknownFields, known: [String]) {
            if colliding || !known.contains(key) { fields.values[key] = value }
        }
        // Which entry: `n` picks one of the ids in UTF-8 order.
        func pick(_ keys: some Collection<String>) -> String? {
            guard !keys.isEmpty else { return nil }
            let sorted = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return sorted[Int(n / 11 % UInt(sorted.count))]
        }
        switch n % 5 {
        case 0:
            add(
                &progress.unknownFields,
                known: ["schemaVersion", "revision", "activePath", "paths", "deliverables", "criteria", "lessonsRead"])
        case 1:
            guard let id = pick(progress.paths.keys) else { return }
            add(&progress.paths[id]!.unknownFields, known: ["startedOn"])
        case 2:
            guard let id = pick(progress.deliverables.keys) else { return }
            add(&progress.deliverables[id]!.unknownFields, known: ["state", "changedAt", "note"])
        case 3:
            guard let id = pick(progress.criteria.keys) else { return }
            add(&progress.criteria[id]!.unknownFields, known: ["ratings"])
        default:
            guard let id = pick(progress.criteria.keys), !progress.criteria[id]!.ratings.isEmpty else { return }
            let index = Int(n / 7 % UInt(progress.criteria[id]!.ratings.count))
            add(&progress.criteria[id]!.ratings[index].unknownFields, known: ["rating", "at", "note"])
        }
    }

    // MARK: - The value tree

    /// The progress as one `JSONValue`: the way the file was written before it was
    /// written straight from the structs, kept as the reference the writer must match.
    static func valueTree(of progress: LearnerProgress) -> JSONValue {
        var object = progress.unknownFields.values
        object["schemaVersion"] = .integer(Int64(progress.schemaVersion))
        object["revision"] = .integer(Int64(progress.revision))
        if let activePath = progress.activePath { object["activePath"] = .string(activePath) }
        object["paths"] = .object(
            progress.paths.mapValues { path in
                var object = path.unknownFields.values
                object["startedOn"] = .string(path.startedOn.description)
                object["replans"] = .array(
                    path.replans.map { replan in
                        var object = replan.unknownFields.values
                        object["at"] = .string(Timestamp.format(replan.at))
                        object["fromPhase"] = .string(replan.fromPhase)
                        object["weeks"] = .integer(Int64(replan.weeks))
                        return .object(object)
                    })
                return .object(object)
            })
        object["deliverables"] = .object(
            progress.deliverables.mapValues { deliverable in
                var object = deliverable.unknownFields.values
                object["state"] = .string(deliverable.state.rawValue)
                object["changedAt"] = .string(Timestamp.format(deliverable.changedAt))
                if let note = deliverable.note { object["note"] = .string(note) }
                return .object(object)
            })
        object["criteria"] = .object(
            progress.criteria.mapValues { criterion in
                var object = criterion.unknownFields.values
                object["ratings"] = .array(
                    criterion.ratings.map { rating in
                        var object = rating.unknownFields.values
                        object["rating"] = .string(rating.rating.rawValue)
                        object["at"] = .string(Timestamp.format(rating.at))
                        if let note = rating.note { object["note"] = .string(note) }
                        return .object(object)
                    })
                return .object(object)
            })
        object["lessonsRead"] = .object(progress.lessonsRead.mapValues { .string(Timestamp.format($0)) })
        object["reviews"] = .array(
            progress.reviews.map { review in
                var object = review.unknownFields.values
                object["card"] = .string(review.card)
                object["at"] = .string(Timestamp.format(review.at))
                object["rating"] = .string(review.rating.rawValue)
                object["stability"] = decimal(review.stability)
                object["difficulty"] = decimal(review.difficulty)
                object["due"] = .string(Timestamp.format(review.due))
                return .object(object)
            })
        object["studyLog"] = .array(
            progress.studyLog.map { entry in
                var object = entry.unknownFields.values
                object["on"] = .string(entry.on.description)
                object["minutes"] = .integer(Int64(entry.minutes))
                object["source"] = .string(entry.source.rawValue)
                object["at"] = .string(Timestamp.format(entry.at))
                if let note = entry.note { object["note"] = .string(note) }
                return .object(object)
            })
        object["steps"] = .object(
            progress.steps.mapValues { step in
                var object = step.unknownFields.values
                object["done"] = .bool(step.done)
                object["changedAt"] = .string(Timestamp.format(step.changedAt))
                return .object(object)
            })
        if let onboarding = progress.onboarding {
            var record = onboarding.unknownFields.values
            record["prerequisites"] = .object(onboarding.prerequisites.mapValues { .string($0.rawValue) })
            if let goal = onboarding.weeklyGoalMinutes { record["weeklyGoalMinutes"] = .integer(Int64(goal)) }
            if let at = onboarding.completedAt { record["completedAt"] = .string(Timestamp.format(at)) }
            if let on = onboarding.predictPrompts { record["predictPrompts"] = .bool(on) }
            object["onboarding"] = .object(record)
        }
        object["lessonPositions"] = .object(progress.lessonPositions.mapValues { .integer(Int64($0)) })
        object["journal"] = .array(
            progress.journal.map { entry in
                var object = entry.unknownFields.values
                object["lessonID"] = .string(entry.lessonID)
                object["at"] = .string(Timestamp.format(entry.at))
                object["text"] = .string(entry.text)
                return .object(object)
            })
        return .object(object)
    }

    /// How the writer puts a measure: six decimals, a whole one as an integer.
    static func decimal(_ value: Double) -> JSONValue {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() ? .integer(Int64(rounded)) : .number(rounded)
    }
}
