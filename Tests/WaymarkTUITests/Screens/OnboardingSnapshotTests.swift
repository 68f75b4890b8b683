import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// Each step of the onboarding as a fresh learner meets it, at both sizes.
@Suite("Whole-frame snapshots: the onboarding")
struct OnboardingSnapshotTests {
    /// Keys from a fresh start: the second skill answered not yet, the second profile chosen.
    static let scenes: [(name: String, keys: [Key])] = [
        ("onboarding-welcome", []),
        ("onboarding-prerequisites", [.enter, .character("y"), .down, .character("n")]),
        ("onboarding-path", [.enter, .character("y"), .down, .character("n"), .enter, .down, .enter]),
        ("onboarding-schedule", [.enter, .enter, .down, .enter, .enter, .left]),
        ("onboarding-begin", [.enter, .down, .character("n"), .enter, .down, .enter, .enter, .enter]),
    ]

    @Test("every step matches its snapshot at 80x24 and 120x40", arguments: scenes.map(\.name))
    func step(_ name: String) throws {
        let keys = Self.scenes.first { $0.name == name }?.keys ?? []
        for (width, height) in FrameSnapshotTests.sizes {
            var state = makeState(width: width, height: height, onboarding: true)
            press(keys, on: &state)
            let frame = ScreenRenderer.render(state)
            #expect(frame.lines.count == height)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= width })
            try assertSnapshot(frame, named: "\(name)-\(width)x\(height)")
        }
    }
}
