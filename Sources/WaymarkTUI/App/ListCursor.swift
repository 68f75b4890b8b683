/// The selected row of a list screen, moved by the shared movement commands.
struct ListCursor: Sendable, Equatable {
    var index = 0

    /// Moves for `command` over `count` rows, a page being `page` rows. Returns
    /// false for a command that is not movement.
    mutating func move(_ command: Command, count: Int, page: Int) -> Bool {
        switch command {
        case .up: index -= 1
        case .down: index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .first: index = 0
        case .last: index = count - 1
        default: return false
        }
        clamp(count: count)
        return true
    }

    mutating func clamp(count: Int) {
        index = min(max(0, index), max(0, count - 1))
    }

    /// Rows a page of a list moves on a screen of this context.
    static func page(_ app: AppContext) -> Int { max(1, app.bodyHeight - 4) }
}
