import WaymarkCore

/// The quantitative toolkit: every calculator with what it answers. Enter opens
/// one; opened from a phase, its results attach to that phase's deliverable.
public struct CalculatorsScreen: Sendable, Equatable {
    var cursor = ListCursor()
    public let origin: PhaseReference?

    public init(origin: PhaseReference? = nil, cursor: Int = 0) {
        self.origin = origin
        self.cursor = ListCursor(index: cursor)
    }
}

extension CalculatorsScreen: ScreenModel {
    var title: String { "Calculators" }
    var screen: Screen { .calculators(self) }
    var pathID: String? { origin?.pathID }
}
