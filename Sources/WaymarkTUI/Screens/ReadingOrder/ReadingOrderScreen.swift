import WaymarkCurriculum

/// One reading order: its steps with ✓ when all their lessons are read. Enter on
/// a step opens its first lesson inside the order's whole lesson sequence, so
/// `]` and `[` walk the order.
public struct ReadingOrderScreen: Sendable, Equatable {
    public let orderID: String
    var cursor = ListCursor()

    public init(orderID: String, cursor: Int = 0) {
        self.orderID = orderID
        self.cursor = ListCursor(index: cursor)
    }

    func order(_ app: AppContext) -> ReadingOrder? {
        app.curriculum.guidance.readingOrders.first { $0.id == orderID }
    }
}

extension ReadingOrderScreen: ScreenModel {
    var title: String { "Reading order" }
    var screen: Screen { .readingOrder(self) }
}
