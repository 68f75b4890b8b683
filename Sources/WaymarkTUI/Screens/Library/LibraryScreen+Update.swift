import WaymarkCore
import WaymarkCurriculum

extension LibraryScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let entries = Self.entries(app)
        if cursor.move(command, count: entries.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, entries.indices.contains(cursor.index) else { return [] }
        return [.push(entries[cursor.index].screen)]
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: Self.entries(app).count)
    }
}
