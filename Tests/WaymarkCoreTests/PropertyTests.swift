import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// Properties checked on generated inputs: each number a generator draws decodes
/// to one edit, so a failing case shrinks to a short list of small numbers.
@Suite("Properties")
struct PropertyTests {
    /// Ids, notes and times that stress the file: Unicode, quotes, escapes, the
    /// far past and future (whole seconds: the file keeps ISO 8601 seconds).
    static let ids = ["a", "notes-on-each-law", "x-1", "ü-id", "retired"]
    static let notes = ["", "  ", "plain", "Läws ✓ 法", "\"quoted\" \\ back", "line\nbreak", "👩‍👩‍👧", "\u{0}\u{1B}[31m"]
    static let times = [0, 1_795_000_000, -86_400, 4_102_444_800, 1_795_000_000 - 400 * 86_400]

    static func change(from number: Int) -> ProgressChange {
        let n = number.magnitude
        let id = ids[Int(n / 7 % UInt(ids.count))]
        let at = Date(timeIntervalSince1970: TimeInterval(times[Int(n / 41 % UInt(times.count))]))
        let note = notes[Int(n / 211 % UInt(notes.count))]
        switch n % 7 {
        case 0: return .start(pathID: id, on: Day(at, in: .utc), restart: n / 3 % 2 == 0)
        case 1, 2:
            return .setState(deliverableID: id, DeliverableState.allCases[Int(n / 13 % 4)], at: at)
        case 3: return .setNote(deliverableID: id, note, at: at)
        case 4: return .rate(criterionID: id, SelfRating.allCases[Int(n / 13 % 3)], note: note, at: at)
        case 5: return .markRead(lessonID: id, at: at)
        default: return .setNote(deliverableID: id, nil, at: at)
        }
    }

    static let progress = Gen.int().array(of: 0...40).map(progress(from:))

    /// The progress a learner reaches by making one change per number.
    static func progress(from numbers: [Int]) -> LearnerProgress {
        var progress = LearnerProgress()
        progress.revision = numbers.count
        for number in numbers { progress.apply(change(from: number)) }
        return progress
    }

    @Test("progress survives encode then decode unchanged")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.progress) { progress in
            let bytes = try ProgressCodec.encode(progress)
            #expect(try ProgressCodec.decode(bytes, file: "p") == progress)
        }
    }

    @Test("apply says it changed the progress exactly when the progress differs")
    func applyReportsChanges() async {
        // Changes drawn from the same ids, notes and times as the progress, so many repeat.
        await propertyCheck(count: 300, input: zip(Self.progress, Gen.int().array(of: 1...20))) { progress, numbers in
            var progress = progress
            for number in numbers {
                let before = progress
                let changed = progress.apply(Self.change(from: number))
                #expect(changed == (progress != before), "\(Self.change(from: number))")
            }
        }
    }

    @Test("every truncation of a valid file is refused")
    func truncationsRefused() async {
        await propertyCheck(count: 40, input: Self.progress) { progress in
            let bytes = try ProgressCodec.encode(progress)
            // The final newline is optional; anything shorter than the closing brace is not.
            for length in 0..<(bytes.count - 1) {
                #expect(throws: ProgressError.self) { try ProgressCodec.decode(bytes.prefix(length), file: "p") }
            }
        }
    }

    @Test("sanitised text never holds a control, bidi or invisible scalar")
    func sanitisedIsClean() async {
        // Half the draws land below U+3000, where the controls and bidi marks live.
        let anyScalar = Gen<UInt32>.value(in: 0...0x10FFFF).map { value in
            Character(Unicode.Scalar(value % 2 == 0 ? value / 2 % 0x3000 : value) ?? "\u{FFFD}")
        }
        await propertyCheck(count: 500, input: anyScalar.string(of: 0...64)) { text in
            Self.expectClean(text)
        }
    }

    /// Every input the property above has ever failed on, kept as a fixed case.
    /// `"\t\u{0305}"`: a tab then a combining mark, one grapheme cluster to
    /// Foundation, survived `sanitizedLine` (seed Ul0bXM1miWxfsdutrU0SLwfXjchYI8UHfQs3ipaL6Ek=).
    @Test(
        "inputs that once broke sanitising stay clean",
        arguments: [
            "\t\u{0305}", "a\t\u{0305}b", "fine\n\u{0305}## Injected heading", "\r\u{0301}", "\n\u{20DD}\t\u{0300}",
        ])
    func sanitisedRegressions(text: String) {
        Self.expectClean(text)
    }

    static func expectClean(_ text: String) {
        for scalar in text.sanitizedForDisplay.unicodeScalars {
            #expect(UnicodeSafety.classify(scalar) == .keep, "U+\(String(scalar.value, radix: 16)) survived")
        }
        for scalar in text.sanitizedLine.unicodeScalars {
            #expect(scalar != "\n" && scalar != "\t" && UnicodeSafety.classify(scalar) == .keep)
        }
    }
}
