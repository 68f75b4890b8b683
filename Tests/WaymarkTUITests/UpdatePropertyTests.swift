import Foundation
import PropertyBased
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// `update` and the renderer must survive anything a learner, a terminal or the
/// store can send, in any order.
@Suite("Update properties")
struct UpdatePropertyTests {
    /// Every key the app binds, plus ones it does not.
    static let keys: [Key] =
        [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab]
        + "jkgGqpbw?123 nrRsi[]xXLftlKé法\u{1B}".map { .character($0) }
        + [.control("u"), .control("c"), .control("l"), .control("w"), .control("k"), .delete]
        + [.control("t"), .control("o")]
        + [
            .alt("b"), .alt("f"), .alt("\n"), .paste("pasted\nq text\u{1B}[2J"),
            .paste(String(repeating: "p", count: 900)),
        ]

    static func action(from number: Int, lessonIDs: [String]) -> Action {
        let n = Int(number.magnitude % 1_000_000)
        switch n % 20 {
        case 0: return .resize(width: n / 20 % 260, height: n / 7 % 90)
        case 1:
            var progress = LearnerProgress()
            progress.revision = n % 5
            return .saved(progress)
        case 2: return .saveFailed("Read-only file system.")
        case 3:
            let id = lessonIDs[n / 20 % lessonIDs.count]
            return .lessonLoaded(
                id: id, markdown: "# Odd\n\nQ: ?\n\n| a |\n|---\n> \u{1B}[2J" + String(repeating: "x ", count: n % 500))
        case 4: return .lessonFailed(id: lessonIDs[n / 20 % lessonIDs.count], message: "gone")
        case 5: return n % 3 == 0 ? .sideFileWritten("/tmp/progress.unsaved.json") : .sideFileFailed("read-only")
        default: return .key(keys[n / 20 % keys.count])
        }
    }

    @Test("no sequence of actions traps, and every state renders to a frame of its size")
    func anySequence() async {
        let lessonIDs = bundled.lessons.keys.sorted()
        await propertyCheck(count: 200, input: Gen.int().array(of: 0...60)) { numbers in
            var state = makeState(started: numbers.first.map { $0 % 2 == 0 } ?? false)
            for number in numbers {
                let action = Self.action(from: number, lessonIDs: lessonIDs)
                for effect in update(&state, action, now: fixedNow) {
                    if case .loadLesson(let id) = effect {
                        _ = update(
                            &state, .lessonLoaded(id: id, markdown: try bundled.lessonBody(id: id)), now: fixedNow)
                    } else if case .loadDocument(let file) = effect {
                        _ = update(
                            &state, .documentLoaded(file: file, markdown: try bundled.body(ofFile: file)), now: fixedNow
                        )
                    }
                }
                #expect(!state.stack.isEmpty)
                let frame = ScreenRenderer.render(state)
                #expect(frame.width == state.width && frame.height == state.height)
            }
        }
    }
}
