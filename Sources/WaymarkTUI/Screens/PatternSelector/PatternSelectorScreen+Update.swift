import WaymarkCore
import WaymarkCurriculum

extension PatternSelectorScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if cursor.move(command, count: rowCount(app), page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard cursor.index < rowCount(app) else { return [] }
            guard let node = position(app)?.node else {
                concern = cursor.index
                answers = []
                cursor.index = 0
                return []
            }
            guard node.isLeaf else {
                answers.append(cursor.index)
                cursor.index = 0
                return []
            }
            let catalog = PatternCatalogScreen.order(app).map(\.id)
            return PatternCardScreen.open(node.picks[cursor.index].id, in: catalog, app)
        case .stepBack:
            // Back where the learner was: the cursor on the answer they had chosen.
            if let last = answers.popLast() {
                cursor.index = last
            } else if let chosen = concern {
                concern = nil
                cursor.index = chosen
            } else {
                return [.pop]
            }
            return []
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        // A course reloaded under the learner may no longer have this branch.
        if concern != nil && position(app) == nil {
            concern = nil
            answers = []
        }
        cursor.clamp(count: rowCount(app))
    }
}
