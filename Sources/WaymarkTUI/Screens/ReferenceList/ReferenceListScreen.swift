import WaymarkCore
import WaymarkCurriculum

/// The cheat sheets or the recipe cards: each with its summary; Enter opens one.
public struct ReferenceListScreen: Sendable, Equatable {
    public let kind: ReferenceCardKind
    var cursor = ListCursor()

    public init(kind: ReferenceCardKind, cursor: Int = 0) {
        self.kind = kind
        self.cursor = ListCursor(index: cursor)
    }
}

extension ReferenceListScreen: ScreenModel {
    var title: String { kind.listTitle }
    var screen: Screen { .referenceList(self) }

    func subtitle(_ app: AppContext) -> String? {
        let count = kind.cards(app).count
        return "\(count) \(kind.singular)\(count == 1 ? "" : "s")"
    }
}
